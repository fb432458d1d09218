package org.communityprevention.flink.population;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.flink.population.json.ResidentLines;
import org.communityprevention.flink.population.json.ResidentRecord;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.lines.RejectedLine;

/**
 * Checks resident record lines with {@link ResidentLines#parse} (居民记录解析): a good line goes on keyed by its
 * village, a bad one to {@link PopulationTags#REJECTED} with its line number and violations.
 */
public final class ParseResidents extends ProcessFunction<NumberedLine, ResidentEvent> {
  private static final long serialVersionUID = 1L;

  @Override
  public void processElement(NumberedLine in, Context ctx, Collector<ResidentEvent> out) {
    ResidentRecord r;
    try {
      r = ResidentLines.parse(in.text());
    } catch (ValidationException e) {
      ctx.output(PopulationTags.REJECTED, RejectedLine.of(in.source(), in.line(), e.violations()));
      return;
    }
    out.collect(new ResidentEvent(in.source(), in.line(), r.village().asLong(), in.text()));
  }
}
