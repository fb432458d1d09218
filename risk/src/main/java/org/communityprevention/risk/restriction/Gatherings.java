package org.communityprevention.risk.restriction;

import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.Policy;

/**
 * §3.3: 喜事缓办、丧事简办、宴会不办. At {@code activities.gatheringsRestrictedFrom} and above, celebrations are
 * postponed, funerals kept simple and banquets not held; below it, gatherings are reduced and protected.
 */
public final class Gatherings {
  /** Reason code: the §3.3 guidance applies at this level. */
  public static final String RESTRICTED = "risk.restriction.gathering_restricted";
  /** Reason code: below the restriction level. */
  public static final String REDUCED = "risk.restriction.gathering_reduced";

  private Gatherings() {}

  /** The guidance, without reasons (the hot path). */
  public static GatheringGuidance guidance(ActivityPolicy policy, RiskLevel level, GatheringKind kind) {
    return rule(policy, level, kind, null);
  }

  /** The guidance with its reason. */
  public static Decision<GatheringGuidance> decide(Policy policy, RiskLevel level, GatheringKind kind) {
    List<Reason> why = new ArrayList<>(1);
    return Decision.of(rule(policy.activities(), level, kind, why), policy.ref(), why);
  }

  private static GatheringGuidance rule(ActivityPolicy a, RiskLevel level, GatheringKind kind, List<Reason> why) {
    boolean restricted = level.atLeast(a.gatheringsRestrictedFrom());
    GatheringGuidance g = !restricted ? GatheringGuidance.REDUCE_AND_PROTECT
        : kind == GatheringKind.CELEBRATION ? GatheringGuidance.POSTPONE
        : kind == GatheringKind.FUNERAL ? GatheringGuidance.SIMPLIFY : GatheringGuidance.DO_NOT_HOLD;
    if (why != null) {
      why.add(Reason.of(restricted ? RESTRICTED : REDUCED, Clause.S3_3).fact("kind", kind)
          .fact("kindZh", kind.chinese()).fact("level", level).fact("levelZh", level.chinese())
          .fact("guidance", g).fact("guidanceZh", g.chinese())
          .policy("activities.gatheringsRestrictedFrom", a.gatheringsRestrictedFrom()).build());
    }
    return g;
  }
}
