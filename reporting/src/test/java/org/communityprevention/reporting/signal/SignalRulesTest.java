package org.communityprevention.reporting.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.ZeroReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("§2.3 §2.4 each concealment signal as the clause reads, at the edges of its comparisons")
class SignalRulesTest {
  static final DivisionCode A = DivisionCode.parse("440983102001");
  static final LocalDate DAY = LocalDate.of(2021, 2, 2);

  /** What one generated unit-day holds: an earlier day's figures, the day's submissions and the caller's facts. */
  record Day(Optional<ReportFigures> previous, List<Optional<ReportFigures>> submissions,
      Optional<UnitDayFacts> facts) {}

  /** Figures with small counts, so that equal and one-apart values are common. */
  static Gen<ReportFigures> figures() {
    return rs -> {
      int[] c = new int[10];
      for (int i = 0; i < 8; i++) {
        c[i] = Generate.range(0, 2).generate(rs);
      }
      c[8] = c[2] + Generate.range(0, 2).generate(rs);
      c[9] = c[3] + Generate.range(0, 2).generate(rs);
      int[] o = new int[ReportFigures.OPTIONAL_FIELDS.size()];
      for (int i = 0; i < o.length; i++) {
        o[i] = Generate.range(0, 2).generate(rs) == 0 ? ReportFigures.NOT_COLLECTED : rare(rs);
      }
      return ReportFigures.ofCounts(c, o);
    };
  }

  static Gen<Day> days() {
    Gen<Optional<ReportFigures>> content = figures().map(Optional::of).mix(Generate.constant(Optional.<ReportFigures>empty()), 40);
    return rs -> {
      Optional<ReportFigures> previous = Generate.booleans().generate(rs) ? Optional.of(figures().generate(rs))
          : Optional.empty();
      List<Optional<ReportFigures>> submissions = new ArrayList<>();
      int n = Generate.range(0, 3).generate(rs);
      for (int i = 0; i < n; i++) {
        submissions.add(content.generate(rs));
      }
      Optional<UnitDayFacts> facts = Generate.range(0, 3).generate(rs) == 0 ? Optional.empty()
          : Optional.of(new UnitDayFacts.Builder().unit(A).day(DAY).activeCases(Generate.range(0, 3).generate(rs))
              .closeContacts(Generate.range(0, 1).generate(rs)).homeIsolation(Generate.range(0, 2).generate(rs))
              .centralisedIsolation(Generate.range(0, 2).generate(rs))
              .healthMonitoring(Generate.range(0, 2).generate(rs)).newCases(rare(rs))
              .newSuspectedCases(rare(rs)).newCloseContacts(rare(rs)).newIsolationOrders(rare(rs))
              .newArrivalsFromRiskAreas(rare(rs)).abnormalFindings(rare(rs)).build());
      return new Day(previous, submissions, facts);
    };
  }

  /** A new-event count that is mostly zero, so days with only people under management are common. */
  static int rare(org.quicktheories.core.RandomnessSource rs) {
    return Generate.range(0, 5).generate(rs) == 0 ? 1 : 0;
  }

  static DailyReport report(LocalDate day, int revision, Optional<ReportFigures> content) {
    return new DailyReport.Builder().unit(A).day(day).filerId("w1")
        .filedAt(Instant.parse(day + "T02:00:00Z").plusSeconds(60L * revision)).revision(revision)
        .content(content.isPresent() ? content.get() : ZeroReport.of()).build();
  }

  static boolean records(UnitDayFacts k) {
    return k.activeCases() + k.closeContacts() + k.homeIsolation() + k.centralisedIsolation()
        + k.healthMonitoring() > 0 || newEvents(k);
  }

  /** What a zero report denies: something new that day. People under ongoing monitoring are not new. */
  static boolean newEvents(UnitDayFacts k) {
    return k.newCases() + k.newSuspectedCases() + k.newCloseContacts() + k.newIsolationOrders()
        + k.newArrivalsFromRiskAreas() + k.abnormalFindings() > 0;
  }

  /** The severity of a zero report's contradiction, read plainly: cases, then contacts, then arrivals. */
  static SignalSeverity zeroSeverity(UnitDayFacts k) {
    return k.newCases() + k.newSuspectedCases() > 0 ? SignalSeverity.CASE
        : k.newCloseContacts() + k.newIsolationOrders() > 0 ? SignalSeverity.CONTACT
        : k.newArrivalsFromRiskAreas() > 0 ? SignalSeverity.ARRIVAL : SignalSeverity.MONITORING;
  }

  /** The signals of the day, read plainly from §2.3 and §2.4 as docs/reporting.md states them. */
  static Set<SignalKind> expected(Day d) {
    Set<SignalKind> out = EnumSet.noneOf(SignalKind.class);
    boolean known = d.facts().map(SignalRulesTest::records).orElse(false);
    if (d.submissions().isEmpty()) {
      if (known) {
        out.add(SignalKind.MISSING_WITH_KNOWN_RECORDS);
      }
      return out;
    }
    int last = d.submissions().size() - 1;
    Optional<ReportFigures> counting = d.submissions().get(last);
    if (counting.isEmpty()) {
      if (d.facts().map(SignalRulesTest::newEvents).orElse(false)) {
        out.add(SignalKind.ZERO_REPORT_CONTRADICTED);
      }
      return out;
    }
    ReportFigures f = counting.get();
    if (d.facts().isPresent()) {
      UnitDayFacts k = d.facts().get();
      if (f.underHomeIsolation() < k.homeIsolation() || f.underCentralisedIsolation() < k.centralisedIsolation()
          || f.underHealthMonitoring() < k.healthMonitoring()
          || f.cumulativeConfirmed() + f.cumulativeAsymptomatic() < k.activeCases()) {
        out.add(SignalKind.FIGURES_BELOW_FACTS);
      }
    }
    if (d.previous().isPresent() && (f.cumulativeConfirmed() < d.previous().get().cumulativeConfirmed()
        || f.cumulativeAsymptomatic() < d.previous().get().cumulativeAsymptomatic())) {
      out.add(SignalKind.CUMULATIVE_DECREASED);
    }
    boolean something = f.newFeverReferrals() + f.newSuspected() + f.newConfirmed() + f.newAsymptomatic()
        + f.closeContactsTraced() + f.underHomeIsolation() + f.underCentralisedIsolation()
        + f.underHealthMonitoring() + f.newArrivalsFromRiskAreas().orElse(0) + f.newAbnormalFindings().orElse(0) > 0;
    if (something && d.submissions().subList(0, last).stream().anyMatch(Optional::isEmpty)) {
      out.add(SignalKind.ZERO_REVISED_TO_FIGURES);
    }
    return out;
  }

  @Test
  @DisplayName("the signals of a unit-day are exactly those the clauses call for, and the mask holds one bit each")
  void asWritten() {
    qt(2_000).forAll(days()).checkAssert(d -> {
      ReportLedger ledger = ReportLedger.of(ReportingRules.of(NationalBaselines.byId("ed7-2020")),
          UnitRegistry.of(List.of(UnitChange.opened(A, LocalDate.of(2021, 1, 1), "水口居委会"))));
      d.previous().ifPresent(p -> ledger.submit(report(DAY.minusDays(3), 0, Optional.of(p))));
      for (int i = 0; i < d.submissions().size(); i++) {
        ledger.submit(report(DAY, i, d.submissions().get(i)));
      }
      List<ConcealmentSignal> signals = ConcealmentChecks.scan(ledger, d.facts().map(List::of).orElse(List.of()),
          DateWindow.ofDays(DAY, 1));
      Set<SignalKind> expected = expected(d);
      assertThat(signals).extracting(ConcealmentSignal::kind).containsExactlyElementsOf(expected);
      assertThat(signals).allSatisfy(s -> assertThat(s.reason().code()).isEqualTo(s.kind().code()));
      int mask = 0;
      for (SignalKind k : expected) {
        mask |= k.bit();
      }
      assertThat(Integer.bitCount(mask)).isEqualTo(expected.size());
      UnitDayEvidence e = new UnitDayEvidence(A, DAY, true, ledger.unitDays().stream()
          .filter(u -> u.day().equals(DAY)).findFirst(), List.of(), d.facts(),
          d.previous(), d.previous().map(p -> DAY.minusDays(3)));
      assertThat(ConcealmentChecks.mask(e)).isEqualTo(mask);
      signals.stream().filter(x -> x.kind() == SignalKind.ZERO_REPORT_CONTRADICTED).forEach(x ->
          assertThat(x.severity()).isEqualTo(zeroSeverity(d.facts().orElseThrow())));
      signals.stream().filter(x -> x.kind() == SignalKind.CUMULATIVE_DECREASED).forEach(x ->
          assertThat(x.severity()).isEqualTo(SignalSeverity.CASE));
    });
  }

  @Test
  @DisplayName("§2.3 a zero report from a unit whose only records are people under ongoing health monitoring is never"
      + " a signal, however many they are")
  void monitoringAloneNeverContradicts() {
    qt(500).forAll(Generate.range(0, 5_000), Generate.range(0, 5_000), Generate.range(0, 5_000))
        .checkAssert((monitored, home, cases) -> {
          ReportLedger ledger = ReportLedger.of(ReportingRules.of(NationalBaselines.byId("ed7-2020")),
              UnitRegistry.of(List.of(UnitChange.opened(A, LocalDate.of(2021, 1, 1), "水口居委会"))));
          ledger.submit(report(DAY, 0, Optional.empty()));
          UnitDayFacts k = new UnitDayFacts.Builder().unit(A).day(DAY).activeCases(cases).closeContacts(0)
              .homeIsolation(home).centralisedIsolation(0).healthMonitoring(monitored).build();
          assertThat(ConcealmentChecks.scan(ledger, List.of(k), DateWindow.ofDays(DAY, 1))).isEmpty();
        });
  }

  @Test
  @DisplayName("§2.3 ranking puts every signal of a higher severity before any of a lower one")
  void rankingBySeverity() {
    Gen<ConcealmentSignal> signal = rs -> ConcealmentSignal.of(
        SignalKind.values()[Generate.range(0, SignalKind.values().length - 1).generate(rs)],
        SignalSeverity.values()[Generate.range(0, SignalSeverity.values().length - 1).generate(rs)],
        Generate.booleans().generate(rs) ? A : DivisionCode.parse("440983102201"),
        DAY.plusDays(Generate.range(0, 3).generate(rs)),
        org.communityprevention.core.decision.Reason.of("reporting.signal.zero_contradicted",
            org.communityprevention.core.clause.Clause.S2_3).build());
    qt(300).forAll(org.quicktheories.generators.SourceDSL.lists().of(signal).ofSizeBetween(0, 12))
        .checkAssert(list -> {
          List<ConcealmentSignal> ranked = ConcealmentChecks.ranked(list);
          assertThat(ranked).hasSameSizeAs(list).containsExactlyInAnyOrderElementsOf(list);
          for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i - 1).severity().compareTo(ranked.get(i).severity())).isGreaterThanOrEqualTo(0);
          }
        });
  }

  @Test
  @DisplayName("every kind has its own bit and its own code")
  void bitsAndCodes() {
    assertThat(List.of(SignalKind.values())).extracting(SignalKind::bit).doesNotHaveDuplicates()
        .allSatisfy(b -> assertThat(Integer.bitCount(b)).isEqualTo(1));
    assertThat(List.of(SignalKind.values())).extracting(SignalKind::code).doesNotHaveDuplicates()
        .allSatisfy(c -> assertThat(c).startsWith("reporting.signal."));
  }

  @Test
  @DisplayName("facts of a township, or with any negative count, are refused naming every field")
  void badFacts() {
    assertThatThrownBy(() -> new UnitDayFacts.Builder().unit(DivisionCode.parse("440983102000")).day(DAY)
        .activeCases(-1).closeContacts(-1).homeIsolation(-1).centralisedIsolation(-1).healthMonitoring(-1).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().stream()
            .map(v -> v.field() + " " + v.code()).collect(Collectors.toList())).containsExactly(
                "unit " + UnitDayFacts.NOT_A_VILLAGE, "activeCases " + UnitDayFacts.NEGATIVE_COUNT,
                "closeContacts " + UnitDayFacts.NEGATIVE_COUNT, "homeIsolation " + UnitDayFacts.NEGATIVE_COUNT,
                "centralisedIsolation " + UnitDayFacts.NEGATIVE_COUNT,
                "healthMonitoring " + UnitDayFacts.NEGATIVE_COUNT));
    UnitDayFacts.Builder none = new UnitDayFacts.Builder().unit(A).day(DAY).activeCases(0).closeContacts(0)
        .homeIsolation(0).centralisedIsolation(0).healthMonitoring(0);
    assertThat(none.build().hasRecords()).isFalse();
    assertThat(new UnitDayFacts.Builder().from(none.build()).activeCases(1).build().hasRecords()).isTrue();
    assertThat(new UnitDayFacts.Builder().from(none.build()).closeContacts(1).build().hasRecords()).isTrue();
    assertThat(new UnitDayFacts.Builder().from(none.build()).homeIsolation(1).build().hasRecords()).isTrue();
    assertThat(new UnitDayFacts.Builder().from(none.build()).centralisedIsolation(1).build().hasRecords()).isTrue();
    assertThat(new UnitDayFacts.Builder().from(none.build()).healthMonitoring(1).build().hasRecords()).isTrue();
    assertThat(new UnitDayFacts.Builder().from(none.build()).healthMonitoring(1).build().hasNewEvents()).isFalse();
    assertThat(new UnitDayFacts.Builder().from(none.build()).abnormalFindings(1).build().hasNewEvents()).isTrue();
    assertThatThrownBy(() -> new UnitDayFacts.Builder().from(none.build()).newCases(-1).newCloseContacts(-1).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().stream()
            .map(v -> v.field() + " " + v.code()).collect(Collectors.toList())).containsExactly(
                "newCases " + UnitDayFacts.NEGATIVE_COUNT, "newCloseContacts " + UnitDayFacts.NEGATIVE_COUNT));
  }
}
