package org.communityprevention.flink.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.lines.RejectedLine;

/** Runs the report topology on a MiniCluster over lists of lines and gathers its outputs. */
final class StreamRun {
  /** One output row of any kind, so that a single collect sink takes them all. */
  public record Out(DivisionDayCounts counts, UnitDaySignals signals, RejectedLine rejected, LateArrival late) {}

  /** Everything the job emitted, and the latest row per key. */
  record Result(List<DivisionDayCounts> rows, List<UnitDaySignals> signalRows, List<RejectedLine> rejected,
      List<LateArrival> late) {

    /** The latest counts row per node and day, as "code day" → row. */
    Map<String, DivisionDayCounts> finalCounts() {
      Map<String, DivisionDayCounts> out = new TreeMap<>();
      for (DivisionDayCounts r : rows) {
        out.merge(r.division() + " " + r.day(), r, (a, b) -> a.version() >= b.version() ? a : b);
      }
      return out;
    }

    /** The counts of the latest row per node and day (stages and versions depend on when watermarks came). */
    Map<String, org.communityprevention.reporting.completeness.CompletenessCounts> finalCompleteness() {
      Map<String, org.communityprevention.reporting.completeness.CompletenessCounts> out = new TreeMap<>();
      finalCounts().forEach((k, v) -> out.put(k, v.counts()));
      return out;
    }

    /** The latest non-empty signal mask per unit and day, as "code day" → mask. */
    Map<String, Integer> finalSignals() {
      Map<String, UnitDaySignals> latest = new TreeMap<>();
      for (UnitDaySignals s : signalRows) {
        latest.merge(s.unit() + " " + s.day(), s, (a, b) -> a.version() >= b.version() ? a : b);
      }
      Map<String, Integer> out = new TreeMap<>();
      latest.forEach((k, v) -> {
        if (v.mask() != 0) {
          out.put(k, v.mask());
        }
      });
      return out;
    }
  }

  private StreamRun() {}

  static Result run(StreamExecutionEnvironment env, List<NumberedLine> reports, List<NumberedLine> facts,
      ReportStreamSetup setup, ReportStreamSettings settings, UnaryOperator<DataStream<NumberedLine>> inject)
      throws Exception {
    TypeInformation<NumberedLine> lineType = TypeInformation.of(NumberedLine.class);
    DataStream<NumberedLine> reportLines = inject.apply(env.fromData(new ArrayList<>(reports), lineType)
        .name("report lines").uid("report-lines"));
    // An empty collection cannot make a source here, so an empty facts stream is one placeholder filtered out.
    List<NumberedLine> factInput = facts.isEmpty() ? List.of(NumberedLine.of("none", 0, "")) : facts;
    DataStream<NumberedLine> factLines = env.fromData(new ArrayList<>(factInput), lineType).name("fact lines")
        .uid("fact-lines").filter(l -> l.line() > 0).name("fact filter").uid("fact-filter");
    ReportStreamOutputs o = ReportStreamTopology.build(reportLines, factLines, setup, settings);
    TypeInformation<Out> outType = TypeInformation.of(Out.class);
    DataStream<Out> all = o.counts().map(c -> new Out(c, null, null, null)).returns(outType)
        .union(o.signals().map(s -> new Out(null, s, null, null)).returns(outType),
            o.rejected().map(r -> new Out(null, null, r, null)).returns(outType),
            o.late().map(l -> new Out(null, null, null, l)).returns(outType));
    List<DivisionDayCounts> rows = new ArrayList<>();
    List<UnitDaySignals> signals = new ArrayList<>();
    List<RejectedLine> rejected = new ArrayList<>();
    List<LateArrival> late = new ArrayList<>();
    CloseableIterator<Out> it = all.executeAndCollect("report stream");
    try {
      while (it.hasNext()) {
        Out x = it.next();
        if (x.counts() != null) {
          rows.add(x.counts());
        } else if (x.signals() != null) {
          signals.add(x.signals());
        } else if (x.rejected() != null) {
          rejected.add(x.rejected());
        } else {
          late.add(x.late());
        }
      }
    } finally {
      it.close();
    }
    return new Result(rows, signals, rejected, late);
  }
}
