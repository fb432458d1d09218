package org.communityprevention.reporting.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a daily report says: either an explicit {@link ZeroReport zero report} (零报告, "nothing to report") or the
 * day's {@link ReportFigures figures} (报告数据). The two are different types on purpose: a zero report is declared,
 * never inferred from figures that happen to be zero, and neither is ever confused with a missing report.
 *
 * <p>JSON form: an object with {@code "type": "ZERO"} or {@code "type": "FIGURES"} and, for figures, the counts.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ImmutableZeroReport.class, name = "ZERO"),
    @JsonSubTypes.Type(value = ImmutableReportFigures.class, name = "FIGURES")})
public abstract class ReportContent {
  ReportContent() {}

  /** Whether this is an explicit zero report (零报告). */
  @JsonIgnore
  public abstract boolean isZeroReport();
}
