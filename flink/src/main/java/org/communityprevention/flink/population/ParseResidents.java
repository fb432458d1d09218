package org.communityprevention.flink.population;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.flink.population.json.ResidentLines;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.lines.RejectedLine;

/**
 * Keys resident record lines by village with {@link ResidentLines#villageOf} (居民记录解析), which reads the line's
 * tokens but not its facts: a line goes on keyed by its village, one whose village cannot be read to
 * {@link PopulationTags#REJECTED} with its line number and the violations of {@link ResidentLines#parse}. The facts
 * are read once, by {@link ClassifyVillage}, which rejects a line with bad facts the same way.
 */
public final class ParseResidents extends ProcessFunction<NumberedLine, ResidentEvent> {
  private static final long serialVersionUID = 1L;

  @Override
  public void processElement(NumberedLine in, Context ctx, Collector<ResidentEvent> out) {
    DivisionCode village;
    try {
      village = ResidentLines.villageOf(in.text());
    } catch (ValidationException e) {
      ctx.output(PopulationTags.REJECTED, RejectedLine.of(in.source(), in.line(), e.violations()));
      return;
    }
    out.collect(new ResidentEvent(in.source(), in.line(), village.asLong(), in.text()));
  }
}
