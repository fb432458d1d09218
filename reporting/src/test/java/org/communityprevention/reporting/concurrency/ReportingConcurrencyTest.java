package org.communityprevention.reporting.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Concurrency.assertSameAsSingleThreaded;
import static org.communityprevention.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.testing.Concurrency;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.testing.ReportingGenerators;
import org.communityprevention.reporting.testing.ReportingGenerators.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Report timeliness (及时性) and completeness (完整性) read by {@value Concurrency#TASKS} threads from shared rules
 * and a shared, built presence are exactly the single-threaded figures.
 */
@DisplayName("Report timeliness and completeness shared between threads")
class ReportingConcurrencyTest {
  @Test
  @DisplayName("timeliness of shared reports under shared rules is the same on 8 threads as on one")
  void timeliness() {
    qt(1).forAll(ReportingGenerators.rules(), lists().of(ReportingGenerators.reports()).ofSize(1000))
        .checkAssert((rules, reports) -> assertThat(assertSameAsSingleThreaded(reports,
            (DailyReport r) -> rules.timeliness(r))).isEqualTo(80_000));
  }

  @Test
  @DisplayName("completeness of every node and window of a shared presence is the same on 8 threads as on one")
  void completeness() {
    qt(1).forAll(lists().of(ReportingGenerators.scenarios()).ofSize(5)).checkAssert(scenarios -> {
      List<Query> queries = new ArrayList<>();
      for (Scenario s : scenarios) {
        Presence p = presence(s);
        DateWindow w = s.window();
        List<DateWindow> windows = List.of(w, DateWindow.ofDays(w.start(), 1),
            DateWindow.of(w.start().plusDays(w.days() / 2), w.endExclusive()));
        for (DateWindow over : windows) {
          queries.add(new Query(p, null, over));
          for (DivisionLevel level : DivisionLevel.values()) {
            for (DivisionCode node : p.index().nodes(level)) {
              queries.add(new Query(p, node, over));
            }
          }
        }
      }
      assertThat(assertSameAsSingleThreaded(queries, Query::counts)).isEqualTo(80_000);
    });
  }

  private static Presence presence(Scenario s) {
    ReportLedger ledger = ReportLedger.of(s.rules(), s.registry());
    ledger.submitAll(s.reports());
    PresenceBuilder b = PresenceBuilder.of(s.registry(), s.window());
    b.addAll(ledger);
    return b.build();
  }

  /** One completeness question: a node (null for national) over a window. */
  private record Query(Presence presence, DivisionCode node, DateWindow over) {
    CompletenessCounts counts() {
      return node == null ? presence.national(over) : presence.counts(node, over);
    }
  }
}
