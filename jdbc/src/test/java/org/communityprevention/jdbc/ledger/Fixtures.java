package org.communityprevention.jdbc.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportingRules;

/** A small county for the example tests: three villages, one merged into another on 2021-02-03. */
final class Fixtures {
  /** Reports due at 18:00 Beijing time, no grace, one late-acceptance day. */
  static final ReportingRules RULES = ReportingRules.of(PolicyRef.of("test", "1"), LocalTime.of(18, 0), 0, 1);
  static final LocalDate DAY = LocalDate.of(2021, 2, 1);
  static final DivisionCode A = DivisionCode.parse("440983102001");
  static final DivisionCode B = DivisionCode.parse("440983102002");
  static final DivisionCode C = DivisionCode.parse("440983102003");
  static final DivisionCode UNKNOWN = DivisionCode.parse("440983102099");
  static final List<UnitChange> CHANGES = List.of(
      UnitChange.opened(A, LocalDate.of(2021, 1, 1), "东村"),
      UnitChange.opened(B, LocalDate.of(2021, 1, 1), "西村"),
      UnitChange.opened(C, LocalDate.of(2021, 1, 1), "南村"),
      UnitChange.merged(C, LocalDate.of(2021, 2, 3), A));

  private Fixtures() {}

  /** Hours after the start of a Beijing day. */
  static Instant at(LocalDate day, double hours) {
    return BeijingTime.startOf(day).plusSeconds((long) (hours * 3600));
  }

  static DailyReport zero(DivisionCode unit, LocalDate day, double hours) {
    return DailyReport.zero(unit, day, "w1", at(day, hours));
  }

  static DailyReport figures(DivisionCode unit, LocalDate day, double hours, int revision, int confirmed) {
    return new DailyReport.Builder().unit(unit).day(day).filerId("w1").filedAt(at(day, hours)).revision(revision)
        .content(ReportFigures.ofCounts(0, 0, confirmed, 0, 0, 0, 0, 0, confirmed, 0)).build();
  }
}
