package org.communityprevention.risk.election;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** Reason code: a planned election day falls in a suspension. */
  public static final String DAY_SUSPENDED = "risk.election.day_suspended";
  /** Reason code: no voter list was published before the planned day. */
  public static final String LIST_NOT_PUBLISHED = "risk.election.voter_list_not_published";
  /** Reason code: the voter list was published (or the election resumed) fewer days before the day than required. */
  public static final String LIST_LEAD_SHORT = "risk.election.voter_list_lead_short";
  /** Reason code: the planned day is lawful. */
  public static final String DAY_LAWFUL = "risk.election.day_lawful";

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
    ElectionCalendar.Builder out = new ElectionCalendar.Builder().village(village).policy(policy.ref())
        .window(levels.window()).addAllSuspensions(periods);
    for (DateWindow p : periods) {
      if (p.endExclusive().isBefore(levels.window().endExclusive())) {
        out.addEarliestElectionDays(p.endExclusive().plusDays(policy.activities().voterListPublicationDays()));
      }
    }
    return out.build();
  }

  /**
   * Whether a planned election day is lawful: not suspended (§4.2), and the voter list published at least
   * {@code activities.voterListPublicationDays} days before it (村民委员会组织法 Art. 14). After a resumption the lead
   * counts from the later of the publication and the resumption: a list published before or during the suspension
   * does not shorten the lead a resumed election needs. So no lawful day is less than that many days after the list's
   * publication or after the last resumption before it.
   *
   * @param calendar the village's calendar under the same policy
   * @param voterListPublishedOn the day the voter list was published, if it was
   * @throws ValidationException if the day lies outside the calendar's window
   */
  public static Decision<ElectionDayStatus> electionDay(Policy policy, ElectionCalendar calendar,
      LocalDate electionDay, Optional<LocalDate> voterListPublishedOn) {
    int lead = policy.activities().voterListPublicationDays();
    if (!calendar.mayProceedOn(electionDay)) {
      return Decision.of(ElectionDayStatus.SUSPENDED, policy.ref(), Reason.of(DAY_SUSPENDED, Clause.S4_2)
          .fact("electionDay", electionDay)
          .policy("activities.electionsSuspendedFrom", policy.activities().electionsSuspendedFrom()).build());
    }
    Optional<LocalDate> resumed = calendar.lastResumptionOnOrBefore(electionDay);
    String resumedText = resumed.map(String::valueOf).orElse("—");
    if (voterListPublishedOn.isEmpty() || voterListPublishedOn.get().isAfter(electionDay)) {
      return Decision.of(ElectionDayStatus.VOTER_LIST_TOO_LATE, policy.ref(),
          Reason.of(LIST_NOT_PUBLISHED, Clause.S4_2).fact("electionDay", electionDay)
              .fact("publishedOn", voterListPublishedOn.map(String::valueOf).orElse("—"))
              .fact("resumedOn", resumedText).policy("activities.voterListPublicationDays", lead).build());
    }
    LocalDate published = voterListPublishedOn.get();
    LocalDate counted = resumed.filter(r -> r.isAfter(published)).orElse(published);
    LocalDate earliest = counted.plusDays(lead);
    if (electionDay.isBefore(earliest)) {
      return Decision.of(ElectionDayStatus.VOTER_LIST_TOO_LATE, policy.ref(),
          Reason.of(LIST_LEAD_SHORT, Clause.S4_2).fact("electionDay", electionDay).fact("publishedOn", published)
              .fact("resumedOn", resumedText).fact("countedFrom", counted).fact("earliest", earliest)
              .fact("days", ChronoUnit.DAYS.between(counted, electionDay))
              .policy("activities.voterListPublicationDays", lead).build());
    }
    return Decision.of(ElectionDayStatus.LAWFUL, policy.ref(), Reason.of(DAY_LAWFUL, Clause.S4_2)
        .fact("electionDay", electionDay).fact("publishedOn", published).fact("resumedOn", resumedText)
        .fact("days", ChronoUnit.DAYS.between(counted, electionDay))
        .policy("activities.voterListPublicationDays", lead).build());
  }
}
