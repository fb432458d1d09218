package org.communityprevention.flink.reporting;

import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.reporting.completeness.CompletenessCounts;

/**
 * The report counts of one division node on one day (各级单日报告完整性), as the roll-up emits them: village,
 * township, county, prefecture, province, or the whole country ({@link #isNational()}, code {@value #NATIONAL}). A
 * row replaces the earlier rows of the same node and day with a lower {@link #version()}; read it as an upsert keyed
 * by node and day.
 *
 * @param division the node's 12-digit code, or {@value #NATIONAL} for the country
 * @param epochDay the reporting day, as days since 1970-01-01
 * @param expected unit-days that owed a report
 * @param received unit-days with a report
 * @param late unit-days whose first report came late
 * @param figures unit-days whose counting report has figures
 * @param stage how settled the row is
 * @param version the row's version for its node and day, from 1
 */
public record DivisionDayCounts(long division, long epochDay, long expected, long received, long late, long figures,
    RowStage stage, int version) {

  /** The division value of the country's row: no division code is all zeros. */
  public static final long NATIONAL = 0L;

  /** Whether this is the country's row (全国). */
  public boolean isNational() {
    return division == NATIONAL;
  }

  /** Whether this is a province's row (省级). */
  public boolean isProvince() {
    return division != NATIONAL && division % 10_000_000_000L == 0;
  }

  /** The node; empty for the country's row. */
  public Optional<DivisionCode> code() {
    return isNational() ? Optional.empty() : Optional.of(DivisionCode.ofLong(division));
  }

  /** The node's level; empty for the country's row. */
  public Optional<DivisionLevel> level() {
    return code().map(DivisionCode::level);
  }

  /** The reporting day. */
  public LocalDate day() {
    return LocalDate.ofEpochDay(epochDay);
  }

  /** The library's counts: on time, missing and zero reports follow from the four measures. */
  public CompletenessCounts counts() {
    return CompletenessCounts.of(expected, received, late, figures);
  }
}
