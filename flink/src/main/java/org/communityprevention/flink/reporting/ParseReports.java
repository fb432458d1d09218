package org.communityprevention.flink.reporting;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.lines.RejectedLine;
import org.communityprevention.reporting.json.ReportLines;
import org.communityprevention.reporting.report.DailyReport;

/**
 * Parses report lines with {@link ReportLines#parseLine} (日报告解析): a good line becomes a {@link ReportEvent}, a
 * bad one goes to {@link ReportStreamTags#REJECTED} with its line number and violations.
 */
public final class ParseReports extends ProcessFunction<NumberedLine, ReportEvent> {
  private static final long serialVersionUID = 1L;

  @Override
  public void processElement(NumberedLine in, Context ctx, Collector<ReportEvent> out) {
    DailyReport r;
    try {
      r = ReportLines.parseLine(in.text());
    } catch (ValidationException e) {
      ctx.output(ReportStreamTags.REJECTED, RejectedLine.of(in.source(), in.line(), e.violations()));
      return;
    }
    out.collect(ReportEvent.of(in.source(), in.line(), r));
  }
}
