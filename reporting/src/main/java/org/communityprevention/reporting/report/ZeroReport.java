package org.communityprevention.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An explicit zero report (零报告): the unit declares it has nothing to report for the day (§1.6). It carries no
 * figures; a report whose figures are all zero is a figures report, not a zero report.
 */
@Value.Immutable(singleton = true, builder = false)
@JsonSerialize(as = ImmutableZeroReport.class)
@JsonDeserialize(as = ImmutableZeroReport.class)
public abstract class ZeroReport extends ReportContent {
  /** The zero report. */
  public static ZeroReport of() {
    return ImmutableZeroReport.of();
  }

  @Override
  public final boolean isZeroReport() {
    return true;
  }

  @Override
  public String toString() {
    return "ZeroReport";
  }
}
