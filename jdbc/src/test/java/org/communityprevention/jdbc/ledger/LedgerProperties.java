package org.communityprevention.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.testing.Theories;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.registry.ReportingUnit;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.SubmissionOutcome;
import org.communityprevention.reporting.signal.ConcealmentChecks;
import org.communityprevention.reporting.signal.UnitDayFacts;
import org.communityprevention.reporting.testing.ReportingGenerators;
import org.communityprevention.reporting.testing.ReportingGenerators.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the stored ledger agrees with the in-memory engine")
class LedgerProperties {
  /** Each example writes and reads a real database, so a hundred examples; -DJDBC_QT_EXAMPLES raises it. */
  private static final int EXAMPLES = Integer.getInteger("JDBC_QT_EXAMPLES", 100);
  private static final String SCHEMA = "it_properties";

  @Test
  @DisplayName("histories, urgent reports, conflicts, completeness, timeliness and signals equal the engine's for "
      + "shuffled input with resends, in any chunk size, sent once and then again in part")
  void equalsInMemory() {
    JdbcLedger migrated = TestDatabase.freshLedger(SCHEMA, Fixtures.RULES);
    assertThat(migrated.reportCount()).isZero();
    Theories.qt(EXAMPLES).forAll(ReportingGenerators.scenarios(), longs().all(), integers().between(1, 40))
        .checkAssert((s, seed, chunkSize) -> {
          // DELETE of a few rows is cheaper than TRUNCATE, which makes new files for each table.
          TestDatabase.execute("DELETE FROM " + SCHEMA + ".daily_report");
          TestDatabase.execute("DELETE FROM " + SCHEMA + ".unit_change");
          Random random = new Random(seed);
          List<DailyReport> sent = new ArrayList<>();
          for (DailyReport r : s.reports()) {
            sent.add(r);
            if (random.nextInt(4) == 0) {
              sent.add(r);
            }
          }
          Collections.shuffle(sent, random);

          ReportLedger memory = ReportLedger.of(s.rules(), s.registry());
          long duplicates = 0;
          long rejected = 0;
          for (DailyReport r : sent) {
            try {
              duplicates += memory.submit(r) == SubmissionOutcome.DUPLICATE ? 1 : 0;
            } catch (ValidationException e) {
              rejected++;
            }
          }
          BatchResult<DailyReport> memoryBatch = ReportLedger.of(s.rules(), s.registry()).submitAll(sent);

          JdbcLedger ledger = JdbcLedger.of(TestDatabase.dataSource(), s.rules(),
              new LedgerSettings.Builder().schema(SCHEMA).chunkSize(chunkSize).build());
          ledger.recordUnitChanges(s.registry().changes());
          assertThat(ledger.registry()).isEqualTo(s.registry());
          IngestResult first = ledger.ingestReports(sent);
          assertThat(first.read()).isEqualTo(sent.size());
          assertThat(first.duplicates()).isEqualTo(duplicates);
          assertThat(first.rejected()).hasSize((int) rejected);
          assertThat(first.rejected()).isEqualTo(memoryBatch.rejected());
          assertThat(first.stored()).isEqualTo(sent.size() - duplicates - rejected);
          assertThat(ledger.reportCount()).isEqualTo(first.stored());

          // A retry of part of the batch changes nothing but the duplicate counts.
          List<DailyReport> again = sent.subList(0, random.nextInt(sent.size() + 1));
          IngestResult retry = ledger.ingestReports(again);
          assertThat(retry.stored()).isZero();
          assertThat(retry.duplicates() + retry.rejected().size()).isEqualTo(again.size());
          assertThat(ledger.reportCount()).isEqualTo(first.stored());

          DateWindow w = s.window();
          ReportLedger stored = ledger.load(w);
          assertThat(stored.unitDays()).isEqualTo(memory.unitDays());
          assertThat(stored.urgentReports()).isEqualTo(memory.urgentReports());
          assertThat(ledger.conflicts(w)).isEqualTo(memory.conflicts());
          assertThat(completeness(ledger.presence(w), w)).isEqualTo(completeness(presence(memory, w), w));
          List<UnitDayFacts> facts = facts(s, random);
          assertThat(ledger.signals(w, facts)).isEqualTo(ConcealmentChecks.scan(memory, facts, w));
        });
  }

  private static Presence presence(ReportLedger ledger, DateWindow w) {
    PresenceBuilder b = PresenceBuilder.of(ledger.registry(), w);
    b.addAll(ledger);
    return b.build();
  }

  /** Counts of every node at every level on every day, as "code day". */
  private static Map<String, Object> completeness(Presence p, DateWindow w) {
    Map<String, Object> out = new TreeMap<>();
    for (LocalDate d = w.start(); d.isBefore(w.endExclusive()); d = d.plusDays(1)) {
      CompletenessTable t = p.table(DateWindow.ofDays(d, 1));
      for (DivisionLevel level : DivisionLevel.values()) {
        for (NodeCompleteness n : t.rows(level)) {
          out.put(n.node().value() + " " + d, n.counts());
        }
      }
    }
    return out;
  }

  private static List<UnitDayFacts> facts(Scenario s, Random random) {
    List<UnitDayFacts> out = new ArrayList<>();
    for (ReportingUnit u : s.registry().units()) {
      for (LocalDate d = s.window().start(); d.isBefore(s.window().endExclusive()); d = d.plusDays(1)) {
        if (random.nextInt(4) == 0) {
          out.add(new UnitDayFacts.Builder().unit(u.code()).day(d).activeCases(random.nextInt(2))
              .closeContacts(random.nextInt(3)).homeIsolation(random.nextInt(3)).centralisedIsolation(0)
              .healthMonitoring(random.nextInt(2)).build());
        }
      }
    }
    return out;
  }
}
