package org.communityprevention.flink.population;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.GlobalWindows;
import org.apache.flink.util.Collector;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.lines.RejectedLine;

/**
 * Wires the overnight classification (重点人群分类批处理拓扑), meant for {@code RuntimeExecutionMode.BATCH}:
 *
 * <pre>
 * resident lines ─ ParseResidents ─ keyBy village ─ ClassifyVillage (PopulationLedger) ─ ledgers
 *                                                        └─ village and its ancestors ─ keyBy node ─ plus ─ counts
 * </pre>
 *
 * <p>Each village is classified whole in one place, so a person id given twice within a village is caught as the
 * library catches it; a person listed under two villages is counted in both (the village is the unit of the
 * ledger). Counts of a node are the sums of its villages', by {@code CategoryCounts.plus}.
 */
public final class PopulationBatchTopology {
  private PopulationBatchTopology() {}

  /** Builds the topology on a stream of resident record lines. */
  public static PopulationOutputs build(DataStream<NumberedLine> lines, PopulationSetup setup) {
    SingleOutputStreamOperator<ResidentEvent> residents = lines.process(new ParseResidents())
        .returns(TypeInformation.of(ResidentEvent.class)).name("parse residents").uid("parse-residents");
    SingleOutputStreamOperator<VillageLedger> ledgers = residents
        .keyBy(ResidentEvent::village, Types.LONG)
        .window(GlobalWindows.createWithEndOfStreamTrigger())
        .process(new ClassifyVillage(setup), TypeInformation.of(VillageLedger.class))
        .name("classify villages").uid("classify-villages");
    DataStream<DivisionCategoryCounts> counts = ledgers
        .flatMap((VillageLedger v, Collector<DivisionCategoryCounts> out) -> {
          for (DivisionCategoryCounts c : upwards(v)) {
            out.collect(c);
          }
        }).returns(TypeInformation.of(DivisionCategoryCounts.class)).name("to every level").uid("to-every-level")
        .keyBy(DivisionCategoryCounts::division, Types.LONG)
        .reduce(DivisionCategoryCounts::plus).name("sum per division").uid("sum-per-division");
    DataStream<RejectedLine> rejected = residents.getSideOutput(PopulationTags.REJECTED)
        .union(ledgers.getSideOutput(PopulationTags.REJECTED));
    return new PopulationOutputs(ledgers, counts, rejected);
  }

  /** The village's counts under the village and under each of its ancestors, up to the province. */
  static List<DivisionCategoryCounts> upwards(VillageLedger v) {
    List<DivisionCategoryCounts> out = new ArrayList<>(5);
    out.add(new DivisionCategoryCounts(v.village(), v.countsJson()));
    for (DivisionCode a : v.code().ancestors()) {
      out.add(new DivisionCategoryCounts(a.asLong(), v.countsJson()));
    }
    return out;
  }
}
