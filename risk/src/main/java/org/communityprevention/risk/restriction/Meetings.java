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
 * §3.5: villagers'/residents' meetings, representatives' meetings and deliberation meetings keep their size and
 * duration reasonable, with protective measures; medium- and high-risk areas postpone them. At
 * {@code activities.meetingsPostponedFrom} and above a meeting is postponed; below, one larger than
 * {@code activities.meetingMaxParticipants} or longer than {@code activities.meetingMaxMinutes} must shrink, and any
 * other may go ahead.
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

  private Meetings() {}

  /** The outcome, without reasons (the hot path). */
  public static MeetingOutcome outcome(ActivityPolicy policy, RiskLevel level, MeetingPlan plan) {
    return rule(policy, level, plan, null);
  }

  /** The ruling with its reasons. */
  public static Decision<MeetingRuling> decide(Policy policy, RiskLevel level, MeetingPlan plan) {
    List<Reason> why = new ArrayList<>(2);
    MeetingOutcome outcome = rule(policy.activities(), level, plan, why);
    ActivityPolicy a = policy.activities();
    return Decision.of(MeetingRuling.of(outcome, a.meetingMaxParticipants(), a.meetingMaxMinutes()), policy.ref(),
        why);
  }

  private static MeetingOutcome rule(ActivityPolicy a, RiskLevel level, MeetingPlan plan, List<Reason> why) {
    if (level.atLeast(a.meetingsPostponedFrom())) {
      if (why != null) {
        why.add(kind(Reason.of(POSTPONED, Clause.S3_5), plan).fact("level", level).fact("levelZh", level.chinese())
            .policy("activities.meetingsPostponedFrom", a.meetingsPostponedFrom()).build());
      }
      return MeetingOutcome.POSTPONED;
    }
    boolean large = plan.participants() > a.meetingMaxParticipants();
    boolean longer = plan.minutes() > a.meetingMaxMinutes();
    if (why != null) {
      if (large) {
        why.add(kind(Reason.of(TOO_LARGE, Clause.S3_5), plan).fact("participants", plan.participants())
            .policy("activities.meetingMaxParticipants", a.meetingMaxParticipants()).build());
      }
      if (longer) {
        why.add(kind(Reason.of(TOO_LONG, Clause.S3_5), plan).fact("minutes", plan.minutes())
            .policy("activities.meetingMaxMinutes", a.meetingMaxMinutes()).build());
      }
      if (!large && !longer) {
        why.add(kind(Reason.of(ALLOWED, Clause.S3_5), plan).fact("level", level).fact("levelZh", level.chinese())
            .fact("participants", plan.participants()).fact("minutes", plan.minutes())
            .policy("activities.meetingMaxParticipants", a.meetingMaxParticipants())
            .policy("activities.meetingMaxMinutes", a.meetingMaxMinutes()).build());
      }
    }
    return large || longer ? MeetingOutcome.REDUCE : MeetingOutcome.ALLOWED;
  }

  private static Reason.Builder kind(Reason.Builder b, MeetingPlan plan) {
    return b.fact("kind", plan.kind()).fact("kindZh", plan.kind().chinese());
  }
}
