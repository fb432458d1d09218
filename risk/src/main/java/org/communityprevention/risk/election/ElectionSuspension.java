package org.communityprevention.risk.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.timeline.LevelSeries;

/**
 * §4.2: villages and communities in medium- or high-risk areas suspend their committee elections and resume them
 * only after the area is lowered to low risk. An election is suspended at {@code activities.electionsSuspendedFrom}
 * and above. A policy may suspend from LOW (stricter) but never only from HIGH: that would let an election go on in
 * a medium-risk area, which §4.2 forbids, so such a policy is refused.
 */
public final class ElectionSuspension {
  /** Violation code: a policy that would let elections go on in medium-risk areas. */
  public static final String TOO_LATE = "risk.election.policy_suspends_too_late";
  /** Reason code: suspended. */
  public static final String SUSPENDED = "risk.election.suspended";
  /** Reason code: may proceed. */
  public static final String MAY_PROCEED = "risk.election.may_proceed";

  private ElectionSuspension() {}

  /**
   * Checks that a policy suspends elections at medium already.
   *
   * @throws ValidationException with {@value #TOO_LATE} naming {@code activities.electionsSuspendedFrom}
   */
  public static void requireNoticeFloor(ActivityPolicy policy) {
    if (policy.electionsSuspendedFrom().compareTo(RiskLevel.MEDIUM) > 0) {
      throw ValidationException.of("activities.electionsSuspendedFrom", TOO_LATE,
          "value", policy.electionsSuspendedFrom());
    }
  }

  /** The status at a level, without reasons (the hot path). */
  public static ElectionStatus status(ActivityPolicy policy, RiskLevel level) {
    requireNoticeFloor(policy);
    return level.atLeast(policy.electionsSuspendedFrom()) ? ElectionStatus.SUSPENDED : ElectionStatus.MAY_PROCEED;
  }

  /** The status at a level, with its reason. */
  public static Decision<ElectionStatus> decide(Policy policy, RiskLevel level) {
    ElectionStatus s = status(policy.activities(), level);
    return Decision.of(s, policy.ref(), Reason.of(s == ElectionStatus.SUSPENDED ? SUSPENDED : MAY_PROCEED,
        Clause.S4_2).fact("level", level).fact("levelZh", level.chinese())
        .policy("activities.electionsSuspendedFrom", policy.activities().electionsSuspendedFrom()).build());
  }

  /** The suspended periods of a village over the days of its governing levels. */
  public static ElectionCalendar calendar(Policy policy, DivisionCode village, LevelSeries levels) {
    requireNoticeFloor(policy.activities());
    List<DateWindow> periods = new ArrayList<>();
    LocalDate from = null;
    for (int i = 0; i < levels.length(); i++) {
      LocalDate day = levels.start().plusDays(i);
      boolean suspended = status(policy.activities(), levels.levelAt(i)) == ElectionStatus.SUSPENDED;
      if (suspended && from == null) {
        from = day;
      } else if (!suspended && from != null) {
        periods.add(DateWindow.of(from, day));
        from = null;
      }
    }
    if (from != null) {
      periods.add(DateWindow.of(from, levels.window().endExclusive()));
    }
    return new ElectionCalendar.Builder().village(village).policy(policy.ref()).window(levels.window())
        .addAllSuspensions(periods).build();
  }
}
