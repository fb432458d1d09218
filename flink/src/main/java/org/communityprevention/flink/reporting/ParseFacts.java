package org.communityprevention.flink.reporting;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.lines.RejectedLine;
import org.communityprevention.reporting.signal.UnitDayFacts;

/**
 * Parses lines of the caller's unit-day facts (the JSON form of {@link UnitDayFacts}) with {@link Json#read}: good
 * lines become {@link FactsEvent}s, bad ones go to {@link ReportStreamTags#REJECTED}.
 */
public final class ParseFacts extends ProcessFunction<NumberedLine, FactsEvent> {
  private static final long serialVersionUID = 1L;

  @Override
  public void processElement(NumberedLine in, Context ctx, Collector<FactsEvent> out) {
    UnitDayFacts f;
    try {
      f = Json.read(in.text(), UnitDayFacts.class);
    } catch (ValidationException e) {
      ctx.output(ReportStreamTags.REJECTED, RejectedLine.of(in.source(), in.line(), e.violations()));
      return;
    }
    out.collect(FactsEvent.of(in.source(), in.line(), f));
  }
}
