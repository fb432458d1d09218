package org.communityprevention.reporting.report;

import com.google.common.base.Preconditions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.ReportingPolicy;
import org.communityprevention.core.time.BeijingTime;

/**
 * The deadline rules of the daily report (报送时限, §1.6), read from a policy: the Beijing deadline on the reporting
 * day (16:00 in the national baselines), the grace minutes after it, and the days after the reporting day during
 * which a late report is still accepted.
 *
 * <ul>
 *   <li>On time: filed no later than deadline + grace on the reporting day (the boundary instant itself is on
 *       time).
 *   <li>Late: after that, but before the end of the Beijing day {@code day + lateAcceptanceDays}.
 *   <li>Too late: from then on; the report is refused and the day stays missing.
 * </ul>
 *
 * <p>Urgent reports (紧急报告) are filed any time and are never late. {@link #timeliness} decides without allocating;
 * {@link #explain} gives the same answer with its reason.
 */
public final class ReportingRules {
  /** Reason code: filed on time. */
  public static final String ON_TIME = "reporting.report.on_time";
  /** Reason code: filed late. */
  public static final String LATE = "reporting.report.late";
  /** Reason code: filed too late to be accepted. */
  public static final String TOO_LATE = "reporting.report.too_late";
  /** Reason code: an urgent report, filed any time. */
  public static final String URGENT = "reporting.report.urgent_any_time";

  private final PolicyRef policy;
  private final LocalTime deadline;
  private final int graceMinutes;
  private final int lateAcceptanceDays;

  private ReportingRules(PolicyRef policy, LocalTime deadline, int graceMinutes, int lateAcceptanceDays) {
    Preconditions.checkArgument(graceMinutes >= 0, "graceMinutes < 0");
    Preconditions.checkArgument(lateAcceptanceDays >= 0, "lateAcceptanceDays < 0");
    this.policy = policy;
    this.deadline = deadline;
    this.graceMinutes = graceMinutes;
    this.lateAcceptanceDays = lateAcceptanceDays;
  }

  /**
   * Rules with explicit values (for a caller that keeps its deadline outside a {@link Policy}).
   *
   * @throws IllegalArgumentException if grace or late-acceptance days are negative
   */
  public static ReportingRules of(PolicyRef policy, LocalTime deadline, int graceMinutes, int lateAcceptanceDays) {
    return new ReportingRules(policy, deadline, graceMinutes, lateAcceptanceDays);
  }

  /** The rules of a policy's {@code reporting} section. */
  public static ReportingRules of(Policy policy) {
    ReportingPolicy r = policy.reporting();
    return new ReportingRules(policy.ref(), r.dailyDeadline(), r.graceMinutes(), r.lateAcceptanceDays());
  }

  /** The policy these rules come from. */
  public PolicyRef policy() {
    return policy;
  }

  /** The Beijing deadline time (每日报送截止时间). */
  public LocalTime deadline() {
    return deadline;
  }

  /** Grace minutes after the deadline. */
  public int graceMinutes() {
    return graceMinutes;
  }

  /** Days after the reporting day during which a late report is accepted. */
  public int lateAcceptanceDays() {
    return lateAcceptanceDays;
  }

  /** The last on-time instant for a day: its Beijing deadline plus grace. */
  public Instant onTimeUntil(LocalDate day) {
    return Instant.ofEpochSecond(onTimeLimit(day));
  }

  /** The epoch second of {@link #onTimeUntil}: the one reading of the deadline, for the hot path and the reasons. */
  private long onTimeLimit(LocalDate day) {
    return BeijingTime.epochSecondOf(day, deadline) + 60L * graceMinutes;
  }

  /** The first instant at which a routine report for a day is refused as too late. */
  public Instant acceptedUntilExclusive(LocalDate day) {
    return Instant.ofEpochSecond(refusedFrom(day));
  }

  /** The epoch second of {@link #acceptedUntilExclusive}. */
  private long refusedFrom(LocalDate day) {
    return BeijingTime.epochSecondOf(day.plusDays(lateAcceptanceDays + 1L), LocalTime.MIDNIGHT);
  }

  /**
   * The timeliness of a routine report for {@code day} filed at {@code filedAt} (hot path: no allocation).
   * Beijing time has been UTC+08:00 since 1992; for earlier days the zone rules decide.
   */
  public Timeliness timeliness(LocalDate day, Instant filedAt) {
    long s = filedAt.getEpochSecond();
    long limit = onTimeLimit(day);
    if (s < limit || (s == limit && filedAt.getNano() == 0)) {
      return Timeliness.ON_TIME;
    }
    return s < refusedFrom(day) ? Timeliness.LATE : Timeliness.TOO_LATE;
  }

  /** The timeliness of a report: urgent reports are always on time. */
  public Timeliness timeliness(DailyReport report) {
    return report.urgent() ? Timeliness.ON_TIME : timeliness(report.day(), report.filedAt());
  }

  /** The same answer as {@link #timeliness(DailyReport)}, with its reason (clause §1.6 and the policy values). */
  public Decision<Timeliness> explain(DailyReport report) {
    Timeliness t = timeliness(report);
    String code = report.urgent() ? URGENT : t == Timeliness.ON_TIME ? ON_TIME : t == Timeliness.LATE ? LATE
        : TOO_LATE;
    Reason reason = Reason.of(code, Clause.S1_6)
        .fact("day", report.day())
        .fact("filedAt", BeijingTime.localDateTimeOf(report.filedAt()))
        .fact("onTimeUntil", BeijingTime.localDateTimeOf(onTimeUntil(report.day())))
        .fact("acceptedUntil", BeijingTime.localDateTimeOf(acceptedUntilExclusive(report.day())))
        .policy("reporting.dailyDeadline", deadline)
        .policy("reporting.graceMinutes", graceMinutes)
        .policy("reporting.lateAcceptanceDays", lateAcceptanceDays)
        .build();
    return Decision.of(t, policy, reason);
  }

  /**
   * The last reporting day whose on-time limit has passed at {@code asOf}: a day up to it with no report is
   * missing; a later day is still pending. Query completeness windows that end by this day.
   */
  public LocalDate lastClosedDay(Instant asOf) {
    LocalDate today = BeijingTime.dateOf(asOf);
    return asOf.isAfter(onTimeUntil(today)) ? today : today.minusDays(1);
  }

  @Override
  public String toString() {
    return "ReportingRules{deadline " + deadline + " + " + graceMinutes + " min, late accepted "
        + lateAcceptanceDays + " days, " + policy + "}";
  }
}
