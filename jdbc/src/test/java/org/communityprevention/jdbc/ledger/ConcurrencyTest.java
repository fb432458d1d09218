package org.communityprevention.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("several writers on overlapping units keep the counts exact")
class ConcurrencyTest {
  private static final String SCHEMA = "it_concurrency";
  private static final int WRITERS = 6;

  @Test
  @DisplayName("six threads send overlapping, shuffled slices with resends: each report is stored once")
  void overlappingWriters() throws Exception {
    JdbcLedger ledger = TestDatabase.freshLedger(new LedgerSettings.Builder().schema(SCHEMA).chunkSize(40).build(),
        Fixtures.RULES);
    List<UnitChange> changes = new ArrayList<>();
    for (int u = 1; u <= 60; u++) {
      changes.add(UnitChange.opened(unit(u), LocalDate.of(2021, 1, 1), "村" + u));
    }
    ledger.recordUnitChanges(changes);
    List<DailyReport> all = new ArrayList<>();
    for (int u = 1; u <= 60; u++) {
      for (int d = 0; d < 8; d++) {
        LocalDate day = Fixtures.DAY.plusDays(d);
        all.add(Fixtures.zero(unit(u), day, 9));
        if (u % 5 == 0) {
          all.add(Fixtures.figures(unit(u), day, 12, 1, u % 3));
        }
      }
    }
    // Writer w sends the reports of units 10w+1 … 10w+30 (wrapping): every unit is sent by three writers.
    List<List<DailyReport>> slices = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      List<DailyReport> slice = new ArrayList<>();
      for (DailyReport r : all) {
        long u = r.unit().asLong() - 440_983_102_000L - 1;
        if (Math.floorMod(u - 10L * w, 60) < 30) {
          slice.add(r);
        }
      }
      slice.addAll(slice.subList(0, slice.size() / 10));
      Collections.shuffle(slice, new Random(w));
      slices.add(slice);
    }
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<IngestResult>> results = new ArrayList<>();
    try {
      for (List<DailyReport> slice : slices) {
        Callable<IngestResult> task = () -> ledger.ingestReports(slice);
        results.add(pool.submit(task));
      }
      long stored = 0;
      long duplicates = 0;
      long sent = 0;
      for (int w = 0; w < WRITERS; w++) {
        IngestResult r = results.get(w).get();
        assertThat(r.rejected()).isEmpty();
        assertThat(r.read()).isEqualTo(slices.get(w).size());
        stored += r.stored();
        duplicates += r.duplicates();
        sent += slices.get(w).size();
      }
      assertThat(stored).isEqualTo(new LinkedHashSet<>(all).size());
      assertThat(stored + duplicates).isEqualTo(sent);
      assertThat(ledger.reportCount()).isEqualTo(all.size());
      assertThat(TestDatabase.count("SELECT sum(receipts) FROM " + SCHEMA + ".daily_report")).isEqualTo(sent);
    } finally {
      pool.shutdownNow();
    }
    ReportLedger memory = ReportLedger.of(Fixtures.RULES, UnitRegistry.of(changes));
    memory.submitAll(all);
    assertThat(ledger.load(DateWindow.ofDays(Fixtures.DAY, 8)).unitDays()).isEqualTo(memory.unitDays());
  }

  private static DivisionCode unit(int u) {
    return DivisionCode.ofLong(440_983_102_000L + u);
  }
}
