package org.communityprevention.reporting.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.UnitDayReports;

/**
 * Everything the concealment checks look at for one unit-day: whether a report was owed, the reports sent (routine
 * and urgent), the caller's facts, and the unit's last earlier figures.
 *
 * @param unit the unit
 * @param day the day
 * @param expected whether the unit owed a report that day
 * @param reports its routine reports, if any
 * @param urgent its urgent reports that day
 * @param facts what the caller knows, if anything
 * @param previous the counting figures of the unit's last earlier day with figures, if any
 * @param previousDay that earlier day
 */
public record UnitDayEvidence(DivisionCode unit, LocalDate day, boolean expected, Optional<UnitDayReports> reports,
    List<DailyReport> urgent, Optional<UnitDayFacts> facts, Optional<ReportFigures> previous,
    Optional<LocalDate> previousDay) {

  /** The evidence, copying the urgent list. */
  public UnitDayEvidence {
    urgent = List.copyOf(urgent);
  }

  /** The counting report's figures, if the counting report has figures. */
  public Optional<ReportFigures> figures() {
    return reports.flatMap(r -> r.winner().figures());
  }

  /** Whether the counting report is a zero report. */
  public boolean zeroReport() {
    return reports.map(UnitDayReports::isZeroReport).orElse(false);
  }
}
