package org.communityprevention.benchmarks.flink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.communityprevention.benchmarks.population.ResidentMix;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ledger.PopulationLedger;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.population.DivisionCategoryCounts;
import org.communityprevention.flink.population.PopulationBatchTopology;
import org.communityprevention.flink.population.PopulationOutputs;
import org.communityprevention.flink.population.PopulationSetup;
import org.communityprevention.flink.population.VillageLedger;
import org.communityprevention.flink.population.json.ResidentLines;
import org.communityprevention.flink.population.json.ResidentRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Residents per second through the overnight classification, {@code PopulationBatchTopology} in batch execution
 * mode on a local environment with parallelism 1 (one task slot; job start and stop inside each operation), beside
 * the same work in memory on one thread: read each resident line ({@code ResidentLines.parse}), classify each village
 * whole ({@code PopulationLedger.of}) and write its ledger and counts as JSON, as the job's operators do. Data: 20
 * villages of 5,000 residents in two townships ({@code ResidentMix}, seeded), 100,000 resident lines; one operation =
 * one resident. {@code flinkStartStopOnly} runs the same job on one line, to separate the fixed cost of a local job
 * from the work per resident, and {@code ledgerOnly} classifies the already-read facts (no JSON), the library's floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class PopulationBatchBenchmark {
  static final int VILLAGES = 20;
  static final int PER_VILLAGE = 5_000;
  static final int RESIDENTS = VILLAGES * PER_VILLAGE;

  List<NumberedLine> lines;
  Map<DivisionCode, List<PersonFacts>> byVillage;
  PopulationSetup setup;
  PopulationClassifier classifier;

  @Setup
  public void setUp() {
    List<String> texts = new ArrayList<>(RESIDENTS);
    byVillage = new LinkedHashMap<>();
    for (int v = 0; v < VILLAGES; v++) {
      DivisionCode village = DivisionCode.ofLong(440_983_000_000L + (101 + v / 10) * 1_000L + 1 + v % 10);
      List<PersonFacts> residents = ResidentMix.residents(PER_VILLAGE, 44L + v);
      byVillage.put(village, residents);
      for (PersonFacts f : residents) {
        texts.add(ResidentLines.write(new ResidentRecord(village, f)));
      }
    }
    lines = ReportStreamBenchmark.numbered("residents.jsonl", texts);
    setup = PopulationSetup.of(NationalBaselines.byId("ed7-2020"), ResidentMix.AS_OF);
    classifier = setup.classifier();
  }

  /** Residents per second through the batch topology in one slot, local job start and stop included. */
  @Benchmark
  @OperationsPerInvocation(RESIDENTS)
  public long flinkBatch() throws Exception {
    return runJob(lines);
  }

  /** The same job on one resident line: the fixed cost of a local job, per resident of the full input. */
  @Benchmark
  @OperationsPerInvocation(RESIDENTS)
  public long flinkStartStopOnly() throws Exception {
    return runJob(lines.subList(0, 1));
  }

  private long runJob(List<NumberedLine> input) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1, new Configuration());
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    PopulationOutputs o = PopulationBatchTopology.build(
        env.fromData(new ArrayList<>(input), TypeInformation.of(NumberedLine.class)), setup);
    DataStream<Long> all = o.ledgers().map(VillageLedger::village).returns(Types.LONG)
        .union(o.counts().map(DivisionCategoryCounts::division).returns(Types.LONG));
    long rows = 0;
    CloseableIterator<Long> it = all.executeAndCollect("benchmark");
    try {
      while (it.hasNext()) {
        rows += it.next();
      }
    } finally {
      it.close();
    }
    return rows;
  }

  /** The job's work in memory on one thread: read every line, classify each village, write ledgers and counts. */
  @Benchmark
  @OperationsPerInvocation(RESIDENTS)
  public long inMemory() {
    Map<DivisionCode, List<PersonFacts>> villages = new LinkedHashMap<>();
    for (NumberedLine l : lines) {
      ResidentRecord r = ResidentLines.parse(l.text());
      villages.computeIfAbsent(r.village(), k -> new ArrayList<>(PER_VILLAGE)).add(r.facts());
    }
    long chars = 0;
    for (List<PersonFacts> residents : villages.values()) {
      PopulationLedger ledger = PopulationLedger.of(classifier, residents, setup.asOf());
      chars += Json.write(ledger).length() + Json.write(ledger.counts()).length();
    }
    return chars;
  }

  /** The library's ledgers alone, on facts already read: no JSON in or out. */
  @Benchmark
  @OperationsPerInvocation(RESIDENTS)
  public long ledgerOnly() {
    long held = 0;
    for (List<PersonFacts> residents : byVillage.values()) {
      held += PopulationLedger.of(classifier, residents, setup.asOf()).counts().hashCode();
    }
    return held;
  }
}
