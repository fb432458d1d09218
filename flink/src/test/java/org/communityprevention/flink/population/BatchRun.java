package org.communityprevention.flink.population;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.communityprevention.core.population.CategoryCounts;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.lines.NumberedLineFormat;
import org.communityprevention.flink.lines.RejectedLine;

/** Runs the classification job in batch mode on files, as a province would overnight, and gathers its outputs. */
final class BatchRun {
  /** One output row of any kind. */
  public record Out(VillageLedger ledger, DivisionCategoryCounts counts, RejectedLine rejected) {}

  final Map<Long, String> ledgers = new TreeMap<>();
  final Map<Long, CategoryCounts> counts = new TreeMap<>();
  final List<String> rejected = new ArrayList<>();

  /** Writes each file's lines, then classifies them all. */
  BatchRun(Path dir, Map<String, List<String>> files, PopulationSetup setup) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    env.setParallelism(2);
    DataStream<NumberedLine> lines = null;
    for (Map.Entry<String, List<String>> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey());
      Files.write(file, f.getValue());
      DataStream<NumberedLine> one = env.fromSource(FileSource.forRecordStreamFormat(
          NumberedLineFormat.named(f.getKey()), new org.apache.flink.core.fs.Path(file.toUri())).build(),
          WatermarkStrategy.noWatermarks(), f.getKey());
      lines = lines == null ? one : lines.union(one);
    }
    PopulationOutputs o = PopulationBatchTopology.build(lines, setup);
    TypeInformation<Out> type = TypeInformation.of(Out.class);
    DataStream<Out> all = o.ledgers().map(x -> new Out(x, null, null)).returns(type)
        .union(o.counts().map(x -> new Out(null, x, null)).returns(type),
            o.rejected().map(x -> new Out(null, null, x)).returns(type));
    CloseableIterator<Out> it = all.executeAndCollect("classification");
    try {
      while (it.hasNext()) {
        Out x = it.next();
        if (x.ledger() != null) {
          ledgers.put(x.ledger().village(), x.ledger().ledgerJson());
        } else if (x.counts() != null) {
          counts.put(x.counts().division(), x.counts().counts());
        } else {
          rejected.add(x.rejected().source() + ":" + x.rejected().line() + " " + x.rejected().codeList());
        }
      }
    } finally {
      it.close();
    }
  }
}
