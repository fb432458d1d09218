package org.communityprevention.flink.reporting;

import java.time.LocalDate;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.reporting.completeness.CompletenessCounts;

/**
 * The report counts of one division node on one day (各级单日报告完整性), as the roll-up emits them: village,
 * township, county, prefecture or province. A row replaces the earlier rows of the same node and day with a lower
 * {@link #version()}; read it as an upsert keyed by node and day.
 *
 * @param division the node's 12-digit code
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

  /** The node. */
  public DivisionCode code() {
    return DivisionCode.ofLong(division);
  }

  /** The node's level. */
  public DivisionLevel level() {
    return code().level();
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
