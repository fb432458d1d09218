package org.communityprevention.reporting.completeness;

import org.communityprevention.core.message.Term;

/**
 * The state of one unit on one reporting day (单位单日报告状态). Exactly one holds for every unit-day:
 * a unit that does not owe a report is {@link #NOT_EXPECTED}; one that owes it is missing, pending, or received
 * (on time or late) with a zero report or with figures. {@code expected = onTime + late + missing} follows.
 */
public enum UnitDayState implements Term {
  /** The unit does not owe a report that day: not yet opened, or closed, merged or recoded (不应报). */
  NOT_EXPECTED("不应报", "not expected", false, false),
  /** Owed, not received, and the deadline has not passed yet (待报); only when asked before the deadline. */
  PENDING("待报", "pending", true, false),
  /** Owed and not received after the deadline (缺报). A late report may still turn it into {@link #LATE_ZERO}
   * or {@link #LATE_FIGURES} within the late-acceptance days. */
  MISSING("缺报", "missing", true, false),
  /** A zero report filed by the deadline (按时零报告). */
  ON_TIME_ZERO("按时零报告", "zero report on time", true, true),
  /** A figures report filed by the deadline (按时数据报告). */
  ON_TIME_FIGURES("按时数据报告", "figures on time", true, true),
  /** A zero report filed after the deadline (迟报零报告). */
  LATE_ZERO("迟报零报告", "zero report late", true, true),
  /** A figures report filed after the deadline (迟报数据报告). */
  LATE_FIGURES("迟报数据报告", "figures late", true, true);

  private final String chinese;
  private final String english;
  private final boolean expected;
  private final boolean received;

  UnitDayState(String chinese, String english, boolean expected, boolean received) {
    this.chinese = chinese;
    this.english = english;
    this.expected = expected;
    this.received = received;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** Whether the unit owed a report. */
  public boolean isExpected() {
    return expected;
  }

  /** Whether a report was received. */
  public boolean isReceived() {
    return received;
  }

  /** Whether the first report came late. */
  public boolean isLate() {
    return this == LATE_ZERO || this == LATE_FIGURES;
  }

  /** Whether the counting report is a zero report. */
  public boolean isZeroReport() {
    return this == ON_TIME_ZERO || this == LATE_ZERO;
  }

  /**
   * The state of a unit-day as of an instant, straight from a ledger: {@link #PENDING} while no report has come and
   * the day's on-time limit has not passed at {@code asOf}; otherwise as a frozen {@link Presence} would say. Reports
   * the ledger holds are taken as received, whatever {@code asOf}.
   */
  public static UnitDayState asOf(org.communityprevention.reporting.report.ReportLedger ledger,
      org.communityprevention.core.division.DivisionCode unit, java.time.LocalDate day, java.time.Instant asOf) {
    if (!ledger.registry().isExpected(unit, day)) {
      return NOT_EXPECTED;
    }
    var reports = ledger.unitDay(unit, day);
    if (reports.isEmpty()) {
      return asOf.isAfter(ledger.rules().onTimeUntil(day)) ? MISSING : PENDING;
    }
    boolean late = reports.get().timeliness() == org.communityprevention.reporting.report.Timeliness.LATE;
    return of(true, true, late, !reports.get().isZeroReport());
  }

  /** The state from the four measures; {@code received}, {@code late} and {@code figures} need {@code expected}. */
  static UnitDayState of(boolean expected, boolean received, boolean late, boolean figures) {
    if (!expected) {
      return NOT_EXPECTED;
    }
    if (!received) {
      return MISSING;
    }
    if (late) {
      return figures ? LATE_FIGURES : LATE_ZERO;
    }
    return figures ? ON_TIME_FIGURES : ON_TIME_ZERO;
  }
}
