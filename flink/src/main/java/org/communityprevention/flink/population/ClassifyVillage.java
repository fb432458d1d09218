package org.communityprevention.flink.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.GlobalWindow;
import org.apache.flink.util.Collector;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ledger.PopulationLedger;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.flink.population.json.ResidentLines;
import org.communityprevention.flink.lines.RejectedLine;

/**
 * Classifies all residents of one village at once (村级分类): their lines are read ({@link ResidentLines#parse}; a
 * line with bad facts is rejected with its violations) and their records, in line order, go to
 * {@link PopulationLedger#of}, which screens them (not born, too old, a person id given twice) and gives the counts
 * and worker lists. The records it rejects go to {@link PopulationTags#REJECTED} under their own line numbers.
 */
public final class ClassifyVillage extends ProcessWindowFunction<ResidentEvent, VillageLedger, Long, GlobalWindow> {
  private static final long serialVersionUID = 1L;
  private static final Comparator<ResidentEvent> LINE_ORDER = Comparator.comparing(ResidentEvent::source)
      .thenComparingLong(ResidentEvent::line);

  private final PopulationSetup setup;
  private transient PopulationClassifier classifier;

  /** The function for a setup. */
  public ClassifyVillage(PopulationSetup setup) {
    this.setup = setup;
  }

  @Override
  public void open(OpenContext context) {
    classifier = setup.classifier();
  }

  @Override
  public void process(Long village, Context ctx, Iterable<ResidentEvent> records, Collector<VillageLedger> out) {
    List<ResidentEvent> lines = new ArrayList<>();
    records.forEach(lines::add);
    lines.sort(LINE_ORDER);
    List<ResidentEvent> read = new ArrayList<>(lines.size());
    List<PersonFacts> residents = new ArrayList<>(lines.size());
    for (ResidentEvent e : lines) {
      // Each line's facts are read here only: the parse stage read no more than the village.
      try {
        residents.add(ResidentLines.parse(e.text()).facts());
        read.add(e);
      } catch (ValidationException x) {
        ctx.output(PopulationTags.REJECTED, RejectedLine.of(e.source(), e.line(), x.violations()));
      }
    }
    PopulationLedger ledger = PopulationLedger.of(classifier, residents, setup.asOf());
    for (Rejected r : ledger.rejected()) {
      ResidentEvent e = read.get((int) r.position());
      ctx.output(PopulationTags.REJECTED, RejectedLine.of(e.source(), e.line(), r.violations()));
    }
    out.collect(new VillageLedger(village, Json.write(ledger), Json.write(ledger.counts())));
  }
}
