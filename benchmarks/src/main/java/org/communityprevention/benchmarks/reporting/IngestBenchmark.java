package org.communityprevention.benchmarks.reporting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.reporting.json.ReportLines;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
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
 * JSON Lines ingest of realistic daily reports, in reports per second on one thread: the library's reader (parse,
 * validate, build values), the reader feeding a ledger, and beside them the raw Jackson streaming parse of the same
 * bytes (every token, nothing built) as the floor. Target: ≥ 300,000 reports/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class IngestBenchmark {
  static final int LINES = 100_000;
  static final JsonFactory FACTORY = new JsonFactory();

  byte[] bytes;
  UnitRegistry registry;
  ReportingRules rules;

  @Setup
  public void setUp() throws IOException {
    List<DivisionCode> units = new ArrayList<>();
    List<UnitChange> changes = new ArrayList<>();
    for (int t = 0; t < 500; t++) {
      for (int v = 0; v < 20; v++) {
        DivisionCode c = DivisionCode.ofLong(440_983_000_000L + (100 + t) * 1000L + 201 + v);
        units.add(c);
        changes.add(UnitChange.opened(c, LocalDate.of(2020, 1, 1), "村"));
      }
    }
    registry = UnitRegistry.of(changes);
    rules = ReportingRules.of(NationalBaselines.byId("ed7-2020"));
    NationalFixture.Rng rng = new NationalFixture.Rng(7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LocalDate day0 = LocalDate.of(2021, 2, 1);
    for (int i = 0; i < LINES; i++) {
      DivisionCode unit = units.get(i % units.size());
      LocalDate day = day0.plusDays(i / units.size());
      Instant at = BeijingTime.startOf(day).plusSeconds(6 * 3600 + rng.below(12 * 3600));
      DailyReport r = rng.below(10) == 0
          ? DailyReport.ofFigures(unit, day, "grid-" + rng.below(900), at, ReportFigures.ofCounts(rng.below(3), 0,
              rng.below(2), 0, rng.below(5), rng.below(8), 0, rng.below(30), 3, 1))
          : DailyReport.zero(unit, day, "grid-" + rng.below(900), at);
      out.write(Json.write(r).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    bytes = out.toByteArray();
    System.out.printf(java.util.Locale.ROOT, "%n[reporting] %d lines, %.1f bytes per line%n", LINES, bytes.length / (double) LINES);
  }

  /** The library's reader: parse, validate and build every report. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long readReports() {
    long[] n = {0};
    ReportLines.forEach(new ByteArrayInputStream(bytes), r -> n[0]++, r -> n[0] += 1_000_000);
    return n[0];
  }

  /** The reader feeding a ledger (register and deadline checks, revisions, duplicates). */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public int readIntoLedger() {
    ReportLedger ledger = ReportLedger.of(rules, registry);
    ReportLines.ingest(new ByteArrayInputStream(bytes), ledger);
    return ledger.unitDayCount();
  }

  /** Raw Jackson streaming parse of the same bytes: every token read, nothing built. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long rawJacksonTokens() throws IOException {
    long tokens = 0;
    try (JsonParser p = FACTORY.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          tokens += p.getTextLength();
        }
        tokens++;
      }
    }
    return tokens;
  }
}
