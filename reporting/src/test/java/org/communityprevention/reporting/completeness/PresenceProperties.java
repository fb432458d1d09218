package org.communityprevention.reporting.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.reporting.testing.ReportingGenerators.scenarios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.testing.ReportingGenerators.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§1.6 completeness and timeliness properties")
class PresenceProperties {

  @Test
  @DisplayName("counts add up at every node, parents sum their children, and rates lie in [0, 1]")
  void countsAddUp() {
    qt().forAll(scenarios()).checkAssert(s -> {
      Presence p = s.presence();
      CompletenessTable t = p.table(s.window());
      for (DivisionLevel level : DivisionLevel.values()) {
        for (NodeCompleteness row : t.rows(level)) {
          CompletenessCounts c = row.counts();
          assertThat(c.expected()).isEqualTo(c.onTime() + c.late() + c.missing());
          assertThat(c.late()).isLessThanOrEqualTo(c.received());
          for (OptionalDouble r : List.of(c.reportingRate(), c.onTimeRate(), c.missingRate(), c.lateShare(),
              c.zeroShare())) {
            r.ifPresent(x -> assertThat(x).isBetween(0.0, 1.0));
          }
          assertThat(c.reportingRate().isPresent()).isEqualTo(c.expected() > 0);
          if (level != DivisionLevel.PROVINCE) {
            DivisionCode parent = row.node().parent().orElseThrow();
            assertThat(t.counts(parent).expected()).isGreaterThanOrEqualTo(c.expected());
          }
          if (level != DivisionLevel.VILLAGE) {
            CompletenessCounts sum = CompletenessCounts.none();
            for (NodeCompleteness child : t.rows(level.child().orElseThrow())) {
              if (row.node().isAncestorOf(child.node())) {
                sum = sum.plus(child.counts());
              }
            }
            assertThat(sum).isEqualTo(c);
          }
        }
      }
      CompletenessCounts sum = CompletenessCounts.none();
      for (NodeCompleteness row : t.rows(DivisionLevel.PROVINCE)) {
        sum = sum.plus(row.counts());
      }
      assertThat(sum).isEqualTo(t.national());
    });
  }

  @Test
  @DisplayName("any arrival order and any duplicate resubmission give the same ledger and the same counts")
  void orderAndDuplicatesDoNotMatter() {
    qt().forAll(scenarios()).checkAssert(s -> {
      List<DailyReport> again = new ArrayList<>(s.reports());
      Random random = new Random(s.reports().size());
      for (int i = 0; i < s.reports().size() / 3; i++) {
        again.add(s.reports().get(random.nextInt(s.reports().size())));
      }
      Collections.shuffle(again, random);
      Scenario other = s.withReports(again);
      var a = s.ledger();
      var b = other.ledger();
      assertThat(b.unitDays()).isEqualTo(a.unitDays());
      assertThat(b.urgentReports()).isEqualTo(a.urgentReports());
      assertThat(b.conflicts()).isEqualTo(a.conflicts());
      CompletenessTable ta = s.presence().table(s.window());
      CompletenessTable tb = other.presence().table(s.window());
      for (DivisionLevel level : DivisionLevel.values()) {
        assertThat(tb.rows(level)).isEqualTo(ta.rows(level));
      }
    });
  }

  @Test
  @DisplayName("adding a report never lowers received, anywhere")
  void addingNeverLowersReceived() {
    qt().forAll(scenarios()).checkAssert(s -> {
      if (s.reports().isEmpty()) {
        return;
      }
      List<DailyReport> fewer = new ArrayList<>(s.reports());
      fewer.remove(fewer.size() - 1);
      CompletenessTable before = s.withReports(fewer).presence().table(s.window());
      CompletenessTable after = s.presence().table(s.window());
      for (DivisionLevel level : DivisionLevel.values()) {
        List<NodeCompleteness> b = before.rows(level);
        List<NodeCompleteness> a = after.rows(level);
        for (int i = 0; i < a.size(); i++) {
          assertThat(a.get(i).counts().received()).isGreaterThanOrEqualTo(b.get(i).counts().received());
          assertThat(a.get(i).counts().expected()).isEqualTo(b.get(i).counts().expected());
        }
      }
    });
  }

  @Test
  @DisplayName("unit records (worst units, stopped reporting) agree with a day-by-day walk over unit-day states")
  void recordsAgreeWithStates() {
    qt().forAll(scenarios()).checkAssert(s -> {
      Presence p = s.presence();
      for (DivisionCode province : p.index().nodes(DivisionLevel.PROVINCE)) {
        for (UnitReportingRecord r : ReportingRecords.of(p, province, s.window())) {
          int expected = 0;
          int received = 0;
          int late = 0;
          int run = 0;
          int longest = 0;
          for (LocalDate d = s.window().start(); d.isBefore(s.window().endExclusive()); d = d.plusDays(1)) {
            UnitDayState st = p.state(r.unit(), d);
            if (!st.isExpected()) {
              run = 0;
              continue;
            }
            expected++;
            if (st.isReceived()) {
              received++;
              late += st.isLate() ? 1 : 0;
              run = 0;
            } else {
              longest = Math.max(longest, ++run);
            }
          }
          assertThat(r.expectedDays()).isEqualTo(expected);
          assertThat(r.receivedDays()).isEqualTo(received);
          assertThat(r.lateDays()).isEqualTo(late);
          assertThat(r.longestMissingStreak()).isEqualTo(longest);
          assertThat(r.trailingMissingStreak()).isEqualTo(run);
          assertThat(r.stoppedReporting(3)).isEqualTo(run >= 3);
        }
      }
    });
  }

  @Test
  @DisplayName("a state asked of the ledger before the deadline is pending, after it missing, and otherwise as frozen")
  void pendingBeforeDeadline() {
    qt(300).forAll(scenarios()).checkAssert(s -> {
      var ledger = s.ledger();
      Presence p = s.presence();
      for (DivisionCode unit : p.index().nodes(DivisionLevel.VILLAGE)) {
        for (LocalDate d = s.window().start(); d.isBefore(s.window().endExclusive()); d = d.plusDays(1)) {
          UnitDayState frozen = p.state(unit, d);
          java.time.Instant limit = s.rules().onTimeUntil(d);
          assertThat(UnitDayState.asOf(ledger, unit, d, limit.plusSeconds(1))).isEqualTo(frozen);
          assertThat(UnitDayState.asOf(ledger, unit, d, limit))
              .isEqualTo(frozen == UnitDayState.MISSING ? UnitDayState.PENDING : frozen);
        }
      }
    });
  }

  @Test
  @DisplayName("at scale the gap-encoded columns count like plain arrays (5,000 units, sparse and dense days)")
  void largeSample() {
    long[] codes = new long[5000];
    int n = 0;
    for (int t = 0; n < codes.length; t++) {
      for (int v = 0; v < 25 && n < codes.length; v++) {
        codes[n++] = 440_000_000_000L + (1 + t / 40) * 100_000_000L + (1 + t / 8 % 5) * 1_000_000L
            + (100 + t % 8) * 1000L + 201 + v;
      }
    }
    java.util.Arrays.sort(codes);
    List<org.communityprevention.reporting.registry.UnitChange> changes = new ArrayList<>();
    for (long c : codes) {
      changes.add(org.communityprevention.reporting.registry.UnitChange.opened(DivisionCode.ofLong(c),
          LocalDate.of(2021, 1, 1), "村"));
    }
    var registry = org.communityprevention.reporting.registry.UnitRegistry.of(changes);
    DateWindow window = DateWindow.ofDays(LocalDate.of(2021, 2, 1), 3);
    PresenceBuilder b = PresenceBuilder.of(registry, window);
    Random random = new Random(11);
    int[][] state = new int[3][codes.length];
    int[] missingPercent = {2, 50, 99};
    for (int d = 0; d < 3; d++) {
      for (int u = 0; u < codes.length; u++) {
        if (random.nextInt(100) >= missingPercent[d]) {
          boolean late = random.nextInt(100) < 3;
          boolean figures = random.nextInt(100) < 4;
          b.record(u, d, late, figures);
          state[d][u] = 1 + (late ? 2 : 0) + (figures ? 4 : 0);
        }
      }
    }
    Presence p = b.build();
    assertThat(p.memoryBytes()).isLessThan(4L * 3 * (codes.length / 8 + 64));
    CompletenessTable table = p.table(window);
    for (DivisionLevel level : DivisionLevel.values()) {
      java.util.Map<DivisionCode, long[]> sums = new java.util.HashMap<>();
      for (int u = 0; u < codes.length; u++) {
        long[] x = sums.computeIfAbsent(DivisionCode.ofLong(codes[u]).ancestorAt(level), k -> new long[4]);
        for (int d = 0; d < 3; d++) {
          x[0]++;
          x[1] += state[d][u] > 0 ? 1 : 0;
          x[2] += (state[d][u] & 2) != 0 ? 1 : 0;
          x[3] += (state[d][u] & 4) != 0 ? 1 : 0;
        }
      }
      assertThat(sums).hasSize(p.index().nodeCount(level));
      sums.forEach((node, x) -> {
        CompletenessCounts expected = CompletenessCounts.of(x[0], x[1], x[2], x[3]);
        assertThat(p.counts(node, window)).as("%s", node).isEqualTo(expected);
        assertThat(table.counts(node)).as("table %s", node).isEqualTo(expected);
      });
    }
  }

  @Test
  @DisplayName("counts and rows travel through JSON unchanged")
  void jsonRoundTrips() {
    qt().forAll(scenarios()).checkAssert(s -> {
      CompletenessTable t = s.presence().table(s.window());
      for (NodeCompleteness row : t.rows(DivisionLevel.COUNTY)) {
        assertThat(Json.read(Json.write(row), NodeCompleteness.class)).isEqualTo(row);
      }
      for (UnitReportingRecord r : ReportingRecords.of(s.presence(),
          t.rows(DivisionLevel.PROVINCE).get(0).node(), s.window())) {
        assertThat(Json.read(Json.write(r), UnitReportingRecord.class)).isEqualTo(r);
      }
    });
  }
}
