package org.communityprevention.benchmarks.jdbc;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.jdbc.ledger.IngestResult;
import org.communityprevention.jdbc.ledger.LedgerSettings;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingest into the JDBC ledger on an embedded PostgreSQL beside the in-memory {@link ReportLedger}, one client
 * thread, on the same reports against the same national register of 620,000 units.
 *
 * <ul>
 *   <li>{@code jdbcChunk} / {@code memoryChunk}: one chunk of {@value LedgerSettings#DEFAULT_CHUNK_SIZE} new reports
 *       (one transaction for the JDBC ledger), sampled, for p50 and p99 per chunk; reports/s = chunk size / time.
 *   <li>{@code jdbcNationalDay} / {@code memoryNationalDay}: one whole national day, 620,000 reports, in one call.
 * </ul>
 *
 * Target: the JDBC ledger ≥ 50,000 reports/s on one client core.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JdbcLedgerBenchmark {
  static final int CHUNK = LedgerSettings.DEFAULT_CHUNK_SIZE;

  /** The next chunk of new reports: units in order, a new day after the last unit. */
  @State(Scope.Thread)
  public static class Chunks {
    LocalDate day;
    int from;
    List<DailyReport> chunk;
    ReportLedger memory;

    @Setup(Level.Invocation)
    public void next(LedgerServer s) {
      if (day == null || from + CHUNK > LedgerServer.UNITS) {
        day = s.nextDay();
        from = 0;
        // The in-memory ledger holds one day at most, as a streaming caller's would.
        memory = ReportLedger.of(s.rules, s.registry);
      }
      chunk = s.reports(day, from, from + CHUNK);
      from += CHUNK;
    }
  }

  /** A whole new national day. */
  @State(Scope.Thread)
  public static class NationalDay {
    List<DailyReport> reports;

    @Setup(Level.Invocation)
    public void next(LedgerServer s) {
      reports = s.reports(s.nextDay(), 0, LedgerServer.UNITS);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Warmup(iterations = 1, time = 10)
  @Measurement(iterations = 2, time = 10)
  public IngestResult jdbcChunk(LedgerServer s, Chunks c) {
    return check(s.ledger.ingestReports(c.chunk), c.chunk.size());
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Warmup(iterations = 1, time = 5)
  @Measurement(iterations = 2, time = 5)
  public BatchResult<DailyReport> memoryChunk(Chunks c) {
    return c.memory.submitAll(c.chunk);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public IngestResult jdbcNationalDay(LedgerServer s, NationalDay d) {
    return check(s.ledger.ingestReports(d.reports), LedgerServer.UNITS);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public BatchResult<DailyReport> memoryNationalDay(LedgerServer s, NationalDay d) {
    return ReportLedger.of(s.rules, s.registry).submitAll(d.reports);
  }

  /** Every report must be new and stored: a benchmark that measured duplicates or refusals would measure nothing. */
  private static IngestResult check(IngestResult r, int expected) {
    if (r.stored() != expected) {
      throw new IllegalStateException("stored " + r.stored() + " of " + expected + ", rejected " + r.rejected());
    }
    return r;
  }
}
