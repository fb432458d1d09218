package org.communityprevention.benchmarks.flink;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.reporting.DivisionDayCounts;
import org.communityprevention.flink.reporting.ReportStreamOutputs;
import org.communityprevention.flink.reporting.ReportStreamSettings;
import org.communityprevention.flink.reporting.ReportStreamSetup;
import org.communityprevention.flink.reporting.ReportStreamTopology;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.json.ReportLines;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.signal.ConcealmentChecks;
import org.communityprevention.reporting.signal.UnitDayFacts;
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
 * Daily-report events per second through the Flink topology on a local environment (parallelism 2, job start and
 * stop included) beside the in-memory path on the same lines: parse, ledger, per-day completeness of every node and
 * the concealment scan. 3,000 units over 10 days: about 27,000 report lines (some resent, revised, late) and 3,000
 * fact lines. The ratio in-memory / Flink is the cost of running inside the engine on one machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class ReportStreamBenchmark {
  static final int UNITS = 3_000;
  static final int DAYS = 10;
  static final LocalDate START = LocalDate.of(2021, 2, 1);

  List<NumberedLine> reports;
  List<NumberedLine> facts;
  List<NumberedLine> tiny;
  UnitRegistry registry;
  ReportingRules rules;
  ReportStreamSetup setup;
  ReportStreamSettings settings;
  DateWindow window;

  @Setup
  public void setUp() {
    Random random = new Random(20_210_130L);
    List<UnitChange> changes = new ArrayList<>();
    List<DivisionCode> units = new ArrayList<>();
    for (int i = 0; i < UNITS; i++) {
      // 3 provinces, 10 counties each, 10 townships each, 10 villages each.
      long province = new long[] {44, 36, 51}[i / 1000];
      int k = i % 1000;
      DivisionCode unit = DivisionCode.ofLong(province * 10_000_000_000L + 100_000_000L + (1 + k / 100) * 1_000_000L
          + (101 + (k / 10) % 10) * 1_000L + 1 + k % 10);
      units.add(unit);
      changes.add(UnitChange.opened(unit, START.minusDays(30), "村" + i));
    }
    registry = UnitRegistry.of(changes);
    rules = ReportingRules.of(NationalBaselines.byId("ed7-2020"));
    window = DateWindow.ofDays(START, DAYS);
    List<DailyReport> sent = new ArrayList<>();
    List<String> factLines = new ArrayList<>();
    for (DivisionCode u : units) {
      for (int d = 0; d < DAYS; d++) {
        LocalDate day = START.plusDays(d);
        if (random.nextInt(10) == 0) {
          continue;
        }
        Instant at = BeijingTime.startOf(day).plusSeconds(random.nextInt(random.nextInt(5) == 0 ? 200_000 : 57_600));
        DailyReport r = random.nextInt(3) > 0 ? DailyReport.zero(u, day, "w1", at)
            : DailyReport.ofFigures(u, day, "w1", at, ReportFigures.ofCounts(0, 0, 0, 0, 0, random.nextInt(3), 0,
                random.nextInt(3), 2, 0));
        sent.add(r);
        if (random.nextInt(20) == 0) {
          sent.add(r);
        }
        if (random.nextInt(30) == 0) {
          sent.add(new DailyReport.Builder().from(r).revision(1).filedAt(at.plusSeconds(3_600)).build());
        }
        if (random.nextInt(30) == 0) {
          factLines.add(Json.write(new UnitDayFacts.Builder().unit(u).day(day).activeCases(0).closeContacts(1)
              .homeIsolation(random.nextInt(3)).centralisedIsolation(0).healthMonitoring(0).build()));
        }
      }
    }
    // Reports arrive roughly in filing order, out of order within runs of 200, as from a message queue.
    sent.sort(java.util.Comparator.comparing(DailyReport::filedAt));
    List<String> lines = new ArrayList<>(sent.size());
    for (int i = 0; i < sent.size(); i += 200) {
      List<DailyReport> run = new ArrayList<>(sent.subList(i, Math.min(sent.size(), i + 200)));
      Collections.shuffle(run, random);
      run.forEach(x -> lines.add(Json.write(x)));
    }
    reports = numbered("reports", lines);
    tiny = reports.subList(0, 1);
    facts = numbered("facts", factLines);
    setup = ReportStreamSetup.of(rules, registry);
    settings = ReportStreamSettings.from(START, Duration.ofHours(1), Duration.ofHours(1))
        .until(START.plusDays(DAYS - 1));
  }

  static List<NumberedLine> numbered(String source, List<String> texts) {
    List<NumberedLine> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.add(NumberedLine.of(source, i + 1, texts.get(i)));
    }
    return out;
  }

  /** Events (report and fact lines) per second through the topology, job start and stop included. */
  @Benchmark
  @OperationsPerInvocation(30_000)
  public long flinkTopology() throws Exception {
    return runJob(reports, facts);
  }

  /**
   * The same job on one report and one fact line: the fixed cost of starting and stopping a local job, to take off
   * the figure above when sizing a long-running job (reported per event of the full input).
   */
  @Benchmark
  @OperationsPerInvocation(30_000)
  public long flinkStartStopOnly() throws Exception {
    return runJob(tiny, facts.subList(0, 1));
  }

  private long runJob(List<NumberedLine> reportLines, List<NumberedLine> factLines) throws Exception {
    Configuration conf = new Configuration();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, conf);
    TypeInformation<NumberedLine> type = TypeInformation.of(NumberedLine.class);
    DataStream<NumberedLine> r = env.fromData(new ArrayList<>(reportLines), type);
    DataStream<NumberedLine> f = env.fromData(new ArrayList<>(factLines), type);
    ReportStreamOutputs o = ReportStreamTopology.build(r, f, setup, settings);
    long rows = 0;
    CloseableIterator<DivisionDayCounts> it = o.counts().executeAndCollect("benchmark");
    try {
      while (it.hasNext()) {
        rows += it.next().received();
      }
    } finally {
      it.close();
    }
    return rows;
  }

  /** The same lines through the in-memory library on one thread. */
  @Benchmark
  @OperationsPerInvocation(30_000)
  public long inMemory() {
    ReportLedger ledger = ReportLedger.of(rules, registry);
    for (NumberedLine l : reports) {
      ledger.submit(ReportLines.parseLine(l.text()));
    }
    List<UnitDayFacts> known = new ArrayList<>(facts.size());
    for (NumberedLine l : facts) {
      known.add(Json.read(l.text(), UnitDayFacts.class));
    }
    PresenceBuilder b = PresenceBuilder.of(registry, window);
    b.addAll(ledger);
    Presence presence = b.build();
    long rows = 0;
    for (LocalDate d = START; d.isBefore(window.endExclusive()); d = d.plusDays(1)) {
      CompletenessTable t = presence.table(DateWindow.ofDays(d, 1));
      for (DivisionLevel level : DivisionLevel.values()) {
        rows += t.rows(level).size();
      }
    }
    return rows + ConcealmentChecks.scan(ledger, known, window).size();
  }
}
