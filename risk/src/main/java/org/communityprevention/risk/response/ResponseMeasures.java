package org.communityprevention.risk.response;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.communityprevention.core.area.AreaFeature;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.message.Wording;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.RiskPolicy;

/**
 * The measures a village or community applies at a level (§2.1), with the §1.8 strengthened measures of its profile:
 * <ul>
 *   <li>every measure {@code risk.responseMeasures} lists for the level or for a lower level, so a higher level never
 *       drops a measure;
 *   <li>from {@code risk.strengthenedMeasuresFrom} on, every measure {@code risk.strengthenedMeasures} lists for a
 *       feature of the profile (near an airport, urban-rural fringe, many outbound migrant workers, border village);
 *   <li>closed management (封闭管理) only while a local order directs it, as §2.1 says, and only where the lists
 *       above hold it.
 * </ul>
 * So the measures are monotone in the level for every profile, and a feature only adds measures.
 */
public final class ResponseMeasures {
  /** Reason code: measures the policy lists for a level. */
  public static final String LEVEL = "risk.response.level_measures";
  /** Reason code: §1.8 strengthened measures of a feature. */
  public static final String STRENGTHENED = "risk.response.strengthened";
  /** Reason code: §1.8 features whose strengthened measures start at a higher level. */
  public static final String STRENGTHENED_LATER = "risk.response.strengthened_later";
  /** Reason code: closed management applies, by order. */
  public static final String CLOSED = "risk.response.closed_by_order";
  /** Reason code: closed management is listed but no order is in force. */
  public static final String CLOSED_NEEDS_ORDER = "risk.response.closed_needs_order";
  /** Reason code: an order is in force but the lists do not hold closed management at the level. */
  public static final String ORDER_NOT_FOR_LEVEL = "risk.response.order_not_for_level";
  /** Reason code: no measure at the level. */
  public static final String ROUTINE = "risk.response.routine";

  private static final int CLOSED_BIT = 1 << ResponseMeasure.CLOSED_MANAGEMENT.ordinal();
  private static final ResponseMeasure[] MEASURES = ResponseMeasure.values();

  private ResponseMeasures() {}

  /** The measures at a level, without reasons (the hot path). */
  public static ImmutableSortedSet<ResponseMeasure> at(RiskPolicy risk, RiskLevel level, AreaProfile profile,
      boolean closedManagementOrdered) {
    return toSet(mask(risk, level, profile, closedManagementOrdered, null));
  }

  /** The measures at a level, with the reason for each source of measures. */
  public static Decision<SortedSet<ResponseMeasure>> explain(Policy policy, RiskLevel level, AreaProfile profile,
      boolean closedManagementOrdered) {
    List<Reason> why = new ArrayList<>();
    SortedSet<ResponseMeasure> measures = toSet(mask(policy.risk(), level, profile, closedManagementOrdered, why));
    return Decision.of(measures, policy.ref(), why);
  }

  /** The one rule: a bitmask of measures by ordinal; reasons added to {@code why} when it is not null. */
  static int mask(RiskPolicy risk, RiskLevel level, AreaProfile profile, boolean ordered, List<Reason> why) {
    int listed = 0;
    for (RiskLevel l : RiskLevel.values()) {
      if (l.compareTo(level) > 0) {
        break;
      }
      Collection<ResponseMeasure> atLevel = risk.responseMeasures().get(l);
      if (atLevel != null && !atLevel.isEmpty()) {
        listed |= bits(atLevel);
        if (why != null) {
          why.add(measures(Reason.of(LEVEL, Clause.S2_1, Clause.S1_4), atLevel).fact("level", l)
              .fact("levelZh", l.chinese()).policy("risk.responseMeasures." + l, atLevel).build());
        }
      }
    }
    boolean strengthened = level.atLeast(risk.strengthenedMeasuresFrom());
    for (AreaFeature f : profile.features()) {
      Collection<ResponseMeasure> extra = risk.strengthenedMeasures().get(f);
      if (extra == null || extra.isEmpty()) {
        continue;
      }
      if (strengthened) {
        listed |= bits(extra);
      }
      if (why != null) {
        Reason.Builder r = strengthened ? measures(Reason.of(STRENGTHENED, Clause.S1_8), extra)
            : Reason.of(STRENGTHENED_LATER, Clause.S1_8).fact("level", level).fact("levelZh", level.chinese());
        why.add(r.fact("feature", f).fact("featureZh", f.chinese())
            .policy("risk.strengthenedMeasures." + f, extra)
            .policy("risk.strengthenedMeasuresFrom", risk.strengthenedMeasuresFrom()).build());
      }
    }
    int measures = listed;
    if ((listed & CLOSED_BIT) != 0 && !ordered) {
      measures &= ~CLOSED_BIT;
    }
    if (why != null) {
      if ((listed & CLOSED_BIT) != 0) {
        why.add(Reason.of(ordered ? CLOSED : CLOSED_NEEDS_ORDER, Clause.S2_1).fact("level", level)
            .fact("levelZh", level.chinese()).build());
      } else if (ordered) {
        why.add(Reason.of(ORDER_NOT_FOR_LEVEL, Clause.S2_1).fact("level", level).fact("levelZh", level.chinese())
            .build());
      }
      if (measures == 0 && why.isEmpty()) {
        why.add(Reason.of(ROUTINE, Clause.S1_4).fact("level", level).fact("levelZh", level.chinese()).build());
      }
    }
    return measures;
  }

  static ImmutableSortedSet<ResponseMeasure> toSet(int mask) {
    ImmutableSortedSet.Builder<ResponseMeasure> out = ImmutableSortedSet.naturalOrder();
    for (ResponseMeasure m : MEASURES) {
      if ((mask & (1 << m.ordinal())) != 0) {
        out.add(m);
      }
    }
    return out.build();
  }

  static int bits(Collection<ResponseMeasure> measures) {
    int b = 0;
    for (ResponseMeasure m : measures) {
      b |= 1 << m.ordinal();
    }
    return b;
  }

  /** Adds a list of measures as two facts: their names and their Chinese terms. */
  static Reason.Builder measures(Reason.Builder b, Collection<ResponseMeasure> measures) {
    return b.fact("measures", names(measures), Wording.ofAll(measures)).fact("measuresZh", chinese(measures));
  }

  static String names(Collection<ResponseMeasure> measures) {
    return measures.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
  }

  static String chinese(Collection<ResponseMeasure> measures) {
    return measures.stream().sorted().map(ResponseMeasure::chinese).collect(Collectors.joining("、"));
  }
}
