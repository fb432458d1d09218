package org.communityprevention.reporting.readiness;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;

/**
 * Checks holiday duty (节假日值守, §1.5 值班值守, §1.7 全天候有人值守、值班人员信息向群众公开) for one village or
 * community over a period of Beijing days: by default each statutory holiday of the policy
 * ({@code reporting.dutyHolidays}, such as the Spring Festival holiday 2021-02-11 to 2021-02-17). The longer
 * returnee travel window of §2.3 ({@code population.holidayWindow}) never decides duty: a gap on a working day of
 * the travel period is not a §1.7 finding.
 */
public final class DutyCheck {
  /** Reason code: an uncovered interval. */
  public static final String GAP = "reporting.readiness.duty_gap";
  /** Reason code: no notice published by the start of the period. */
  public static final String NOT_PUBLISHED = "reporting.readiness.duty_not_published";
  /** Reason code: people on duty missing from the notice. */
  public static final String PERSONS_NOT_PUBLISHED = "reporting.readiness.duty_persons_not_published";
  /** Reason code: duty covered and published. */
  public static final String READY = "reporting.readiness.duty_ready";

  private DutyCheck() {}

  /** Violation code: the day falls in none of the policy's duty holidays. */
  public static final String NOT_A_DUTY_HOLIDAY = "reporting.readiness.not_a_duty_holiday";

  /**
   * Checks a unit over each statutory holiday of the policy ({@code reporting.dutyHolidays}), in order: one
   * readiness per holiday, none for a policy whose period holds no holiday.
   */
  public static ImmutableList<DutyReadiness> holidays(DivisionCode unit, Collection<DutyShift> shifts,
      Collection<DutyNotice> notices, Policy policy) {
    ImmutableList.Builder<DutyReadiness> out = ImmutableList.builder();
    for (DateWindow h : policy.reporting().dutyHolidays()) {
      out.add(check(unit, shifts, notices, h));
    }
    return out.build();
  }

  /**
   * Checks a unit over the statutory holiday of the policy that holds {@code day}.
   *
   * @throws ValidationException naming {@code day} if the day falls in none of {@code reporting.dutyHolidays}
   */
  public static DutyReadiness holiday(DivisionCode unit, Collection<DutyShift> shifts,
      Collection<DutyNotice> notices, Policy policy, LocalDate day) {
    for (DateWindow h : policy.reporting().dutyHolidays()) {
      if (h.contains(day)) {
        return check(unit, shifts, notices, h);
      }
    }
    throw ValidationException.of("day", NOT_A_DUTY_HOLIDAY, "day", day, "policy", policy.ref());
  }

  /** Checks a unit over the Beijing days {@code [start, endExclusive)} of a window. */
  public static DutyReadiness check(DivisionCode unit, Collection<DutyShift> shifts, Collection<DutyNotice> notices,
      DateWindow days) {
    Instant from = BeijingTime.startOf(days.start());
    Instant to = BeijingTime.startOf(days.endExclusive());
    List<DutyShift> own = new ArrayList<>();
    Set<String> onDuty = new TreeSet<>();
    for (DutyShift s : shifts) {
      if (s.unit().equals(unit)) {
        own.add(s);
        if (s.start().isBefore(to) && s.end().isAfter(from)) {
          onDuty.add(s.personId());
        }
      }
    }
    ImmutableList<Interval> gaps = RosterCoverage.uncovered(own, from, to);
    boolean published = false;
    Set<String> listed = new TreeSet<>();
    for (DutyNotice n : notices) {
      if (n.unit().equals(unit) && !n.publishedAt().isAfter(from)) {
        published = true;
        listed.addAll(n.personIds());
      }
    }
    Set<String> missing = new TreeSet<>(onDuty);
    missing.removeAll(listed);
    List<Reason> reasons = new ArrayList<>();
    for (Interval g : gaps) {
      reasons.add(Reason.of(GAP, Clause.S1_7, Clause.S1_5).fact("unit", unit)
          .fact("from", BeijingTime.localDateTimeOf(g.start())).fact("to", BeijingTime.localDateTimeOf(g.end()))
          .fact("minutes", g.minutes()).build());
    }
    if (!published) {
      reasons.add(Reason.of(NOT_PUBLISHED, Clause.S1_7).fact("unit", unit)
          .fact("periodStart", BeijingTime.localDateTimeOf(from)).build());
    } else if (!missing.isEmpty()) {
      reasons.add(Reason.of(PERSONS_NOT_PUBLISHED, Clause.S1_7).fact("unit", unit).fact("persons", missing.size())
          .build());
    }
    if (reasons.isEmpty()) {
      reasons.add(Reason.of(READY, Clause.S1_7, Clause.S1_5).fact("unit", unit).fact("from", days.start())
          .fact("until", days.endExclusive()).fact("persons", onDuty.size()).build());
    }
    return new DutyReadiness.Builder().unit(unit).period(Interval.of(from, to)).uncovered(gaps)
        .publishedInTime(published).personsNotPublished(published ? missing.size() : onDuty.size())
        .reasons(reasons).build();
  }
}
