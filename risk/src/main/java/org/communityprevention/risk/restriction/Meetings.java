package org.communityprevention.risk.restriction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * §3.5: villagers'/residents' meetings, representatives' meetings and deliberation meetings keep their size and
 * duration reasonable, with protective measures; medium- and high-risk areas postpone them. At
 * {@code activities.meetingsPostponedFrom} and above a meeting is postponed; below, one longer than
 * {@code activities.meetingMaxMinutes} must shorten. One larger than the limit of its kind in
 * {@code activities.meetingMaxParticipants} (a general limit, or the kind's own) must shrink if it is a deliberation meeting; a villagers' or representatives' meeting instead meets in groups
 * within the limit, or through representatives (分组召开), because no size limit may take a statutory meeting below
 * its legal quorum ({@link MeetingKind#quorum}, 村民委员会组织法 Art. 22, 26). Any other meeting may go ahead.
 */
public final class Meetings {
  /** Reason code: postponed at this level. */
  public static final String POSTPONED = "risk.restriction.meeting_postponed";
  /** Reason code: more participants than allowed. */
  public static final String TOO_LARGE = "risk.restriction.meeting_too_large";
  /** Reason code: longer than allowed. */
  public static final String TOO_LONG = "risk.restriction.meeting_too_long";
  /** Reason code: may go ahead. */
  public static final String ALLOWED = "risk.restriction.meeting_allowed";
  /** Reason code: a statutory meeting above the size limit meets in groups, its quorum kept. */
  public static final String IN_GROUPS = "risk.restriction.meeting_in_groups";
  /** Violation code: a size limit for a kind of meeting that does not exist. */
  public static final String UNKNOWN_KIND = "risk.restriction.unknown_meeting_kind";

  private Meetings() {}

  /** The outcome, without reasons (the hot path). */
  public static MeetingOutcome outcome(ActivityPolicy policy, RiskLevel level, MeetingPlan plan) {
    requireKnownKinds(policy);
    return rule(policy, level, plan, null);
  }

  /**
   * The size limit of a kind of meeting: its own in {@code activities.meetingMaxParticipants}, or the general one.
   */
  public static int limit(ActivityPolicy policy, MeetingKind kind) {
    return policy.meetingMaxParticipants().limitFor(kind.name());
  }

  /**
   * Checks that every kind with a size limit of its own is a {@link MeetingKind}.
   *
   * @throws ValidationException with {@value #UNKNOWN_KIND} naming {@code activities.meetingMaxParticipants.<kind>}
   */
  public static void requireKnownKinds(ActivityPolicy policy) {
    List<Violation> unknown = new ArrayList<>();
    for (String k : policy.meetingMaxParticipants().byKind().keySet()) {
      if (Arrays.stream(MeetingKind.values()).noneMatch(m -> m.name().equals(k))) {
        unknown.add(Violation.of("activities.meetingMaxParticipants." + k, UNKNOWN_KIND, "kind", k));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ValidationException(unknown);
    }
  }

  /** The ruling with its reasons. */
  public static Decision<MeetingRuling> decide(Policy policy, RiskLevel level, MeetingPlan plan) {
    List<Reason> why = new ArrayList<>(2);
    requireKnownKinds(policy.activities());
    MeetingOutcome outcome = rule(policy.activities(), level, plan, why);
    ActivityPolicy a = policy.activities();
    int max = limit(a, plan.kind());
    int groups = outcome == MeetingOutcome.MEET_IN_GROUPS ? groups(plan, max) : 1;
    return Decision.of(MeetingRuling.of(outcome, max, a.meetingMaxMinutes(), plan.quorum(), groups), policy.ref(),
        why);
  }

  /** Whether the law sets a quorum for the kind, so the meeting may not be shrunk below it. */
  static boolean statutory(MeetingKind kind) {
    return kind.quorum(1).isPresent();
  }

  /** Groups within the limit for everyone planned, and at least the quorum. */
  private static int groups(MeetingPlan plan, int limit) {
    int attendees = Math.max(plan.participants(), plan.quorum().orElse(0));
    return (int) ((attendees + (long) limit - 1) / limit);
  }

  private static MeetingOutcome rule(ActivityPolicy a, RiskLevel level, MeetingPlan plan, List<Reason> why) {
    if (level.atLeast(a.meetingsPostponedFrom())) {
      if (why != null) {
        why.add(kind(Reason.of(POSTPONED, Clause.S3_5), plan).fact("level", level).fact("levelZh", level.chinese())
            .policy("activities.meetingsPostponedFrom", a.meetingsPostponedFrom()).build());
      }
      return MeetingOutcome.POSTPONED;
    }
    int max = limit(a, plan.kind());
    boolean large = plan.participants() > max;
    boolean longer = plan.minutes() > a.meetingMaxMinutes();
    boolean inGroups = large && statutory(plan.kind());
    if (why != null) {
      if (inGroups) {
        Reason.Builder r = kind(Reason.of(IN_GROUPS, Clause.S3_5), plan).fact("participants", plan.participants())
            .fact("groups", groups(plan, max))
            .policy("activities.meetingMaxParticipants", max);
        if (plan.quorum().isPresent()) {
          r.fact("members", plan.members().getAsInt()).fact("quorum", plan.quorum().getAsInt());
        } else {
          r.fact("members", "-").fact("quorum", "-");
        }
        why.add(r.build());
      } else if (large) {
        why.add(kind(Reason.of(TOO_LARGE, Clause.S3_5), plan).fact("participants", plan.participants())
            .policy("activities.meetingMaxParticipants", max).build());
      }
      if (longer) {
        why.add(kind(Reason.of(TOO_LONG, Clause.S3_5), plan).fact("minutes", plan.minutes())
            .policy("activities.meetingMaxMinutes", a.meetingMaxMinutes()).build());
      }
      if (!large && !longer) {
        why.add(kind(Reason.of(ALLOWED, Clause.S3_5), plan).fact("level", level).fact("levelZh", level.chinese())
            .fact("participants", plan.participants()).fact("minutes", plan.minutes())
            .policy("activities.meetingMaxParticipants", max)
            .policy("activities.meetingMaxMinutes", a.meetingMaxMinutes()).build());
      }
    }
    return inGroups ? MeetingOutcome.MEET_IN_GROUPS
        : large || longer ? MeetingOutcome.REDUCE : MeetingOutcome.ALLOWED;
  }

  private static Reason.Builder kind(Reason.Builder b, MeetingPlan plan) {
    return b.fact("kind", plan.kind()).fact("kindZh", plan.kind().chinese());
  }
}
