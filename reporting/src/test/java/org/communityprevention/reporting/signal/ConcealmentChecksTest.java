package org.communityprevention.reporting.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.reporting.testing.ReportingGenerators.scenarios;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.UnitDayReports;
import org.communityprevention.reporting.report.ZeroReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("§2.3 no missed and no concealed reports: concealment signals")
class ConcealmentChecksTest {
  static final DivisionCode A = DivisionCode.parse("440983102001");
  static final LocalDate FEB1 = LocalDate.of(2021, 2, 1);
  static final LocalDate FEB2 = FEB1.plusDays(1);

  static ReportLedger ledger() {
    return ReportLedger.of(ReportingRules.of(NationalBaselines.byId("ed7-2020")),
        UnitRegistry.of(List.of(UnitChange.opened(A, LocalDate.of(2021, 1, 1), "水口居委会"))));
  }

  static UnitDayFacts facts(LocalDate day, int cases, int contacts, int home, int central, int monitoring) {
    return new UnitDayFacts.Builder().unit(A).day(day).activeCases(cases).closeContacts(contacts)
        .homeIsolation(home).centralisedIsolation(central).healthMonitoring(monitoring).build();
  }

  static DailyReport report(LocalDate day, int revision, String at, Object content) {
    return new DailyReport.Builder().unit(A).day(day).filerId("w1").filedAt(Instant.parse(at)).revision(revision)
        .content(content instanceof ReportFigures ? (ReportFigures) content : ZeroReport.of()).build();
  }

  @Test
  @DisplayName("§2.3 a zero report on a day with only monitored returnees raises no signal: monitoring is not news")
  void zeroWithOnlyMonitoredReturnees() {
    ReportLedger l = ledger();
    l.submit(report(FEB1, 0, "2021-02-01T02:00:00Z", null));
    assertThat(ConcealmentChecks.scan(l, List.of(facts(FEB1, 0, 0, 0, 0, 37)), DateWindow.ofDays(FEB1, 1)))
        .isEmpty();
  }

  @Test
  @DisplayName("§2.3 a zero report on a day with a new close contact is a signal of contact severity, not a verdict")
  void zeroWithNewCloseContact() {
    ReportLedger l = ledger();
    l.submit(report(FEB1, 0, "2021-02-01T02:00:00Z", null));
    UnitDayFacts k = new UnitDayFacts.Builder().from(facts(FEB1, 0, 1, 0, 0, 37)).newCloseContacts(1).build();
    List<ConcealmentSignal> s = ConcealmentChecks.scan(l, List.of(k), DateWindow.ofDays(FEB1, 1));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(SignalKind.ZERO_REPORT_CONTRADICTED);
      assertThat(x.severity()).isEqualTo(SignalSeverity.CONTACT);
      assertThat(x.reason().clauses()).containsExactly(Clause.S2_3, Clause.S1_6);
      assertThat(x.reason().facts()).containsEntry("newCloseContacts", "1").containsEntry("newCases", "0");
      assertThat(x.text(Messages.ZH)).contains("零报告").contains("新增密切接触者 1 人").contains("请核查")
          .doesNotContainPattern("[A-Za-z]{3,}");
      assertThat(x.text(Messages.EN)).contains("1 new close contact,").contains("check for a missed or concealed report");
      assertThat(Json.read(Json.write(x), ConcealmentSignal.class)).isEqualTo(x);
    });
  }

  @Test
  @DisplayName("§2.3 signals rank by what the zero report denies: new cases, then contacts, then arrivals")
  void severityRanking() {
    DivisionCode b = DivisionCode.parse("440983102201");
    DivisionCode c = DivisionCode.parse("440983102202");
    ReportLedger l = ReportLedger.of(ReportingRules.of(NationalBaselines.byId("ed7-2020")), UnitRegistry.of(List.of(
        UnitChange.opened(A, LocalDate.of(2021, 1, 1), "水口居委会"), UnitChange.opened(b, LocalDate.of(2021, 1, 1),
            "垌心村委会"), UnitChange.opened(c, LocalDate.of(2021, 1, 1), "第三村委会"))));
    for (DivisionCode u : List.of(A, b, c)) {
      l.submit(new DailyReport.Builder().unit(u).day(FEB1).filerId("w1")
          .filedAt(Instant.parse("2021-02-01T02:00:00Z")).revision(0).content(ZeroReport.of()).build());
    }
    UnitDayFacts arrivals = new UnitDayFacts.Builder().from(facts(FEB1, 0, 0, 0, 0, 4)).newArrivalsFromRiskAreas(2)
        .build();
    UnitDayFacts contacts = new UnitDayFacts.Builder().from(facts(FEB1, 0, 0, 0, 0, 0)).unit(b).newIsolationOrders(3)
        .newArrivalsFromRiskAreas(1).build();
    UnitDayFacts cases = new UnitDayFacts.Builder().from(facts(FEB1, 5, 48, 0, 48, 0)).unit(c).newCases(5)
        .newCloseContacts(48).build();
    List<ConcealmentSignal> s = ConcealmentChecks.ranked(ConcealmentChecks.scan(l, List.of(arrivals, contacts, cases),
        DateWindow.ofDays(FEB1, 1)));
    assertThat(s).extracting(ConcealmentSignal::unit, ConcealmentSignal::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple(c, SignalSeverity.CASE),
        org.assertj.core.groups.Tuple.tuple(b, SignalSeverity.CONTACT),
        org.assertj.core.groups.Tuple.tuple(A, SignalSeverity.ARRIVAL));
    assertThat(SignalSeverity.CASE.chinese()).isEqualTo("病例或疑似病例");
    assertThat(SignalSeverity.ARRIVAL.english()).isEqualTo("arrival from a medium- or high-risk area");
    assertThat(SignalSeverity.max(SignalSeverity.ARRIVAL, SignalSeverity.CONTACT)).isEqualTo(SignalSeverity.CONTACT);
  }

  @Test
  @DisplayName("§2.3 no report at all while records are known is a missed-report signal")
  void missingWithRecords() {
    List<ConcealmentSignal> s = ConcealmentChecks.scan(ledger(), List.of(facts(FEB1, 1, 0, 0, 0, 0),
        facts(FEB2, 0, 0, 0, 0, 0)), DateWindow.ofDays(FEB1, 2));
    assertThat(s).extracting(ConcealmentSignal::kind, ConcealmentSignal::day)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SignalKind.MISSING_WITH_KNOWN_RECORDS, FEB1));
  }

  @Test
  @DisplayName("§2.4 fewer people under isolation than the classification says is a signal")
  void figuresBelowFacts() {
    ReportLedger l = ledger();
    l.submit(report(FEB1, 0, "2021-02-01T02:00:00Z", ReportFigures.ofCounts(0, 0, 0, 0, 0, 3, 0, 9, 1, 0)));
    assertThat(ConcealmentChecks.scan(l, List.of(facts(FEB1, 1, 0, 3, 0, 9)), DateWindow.ofDays(FEB1, 1))).isEmpty();
    assertThat(ConcealmentChecks.scan(l, List.of(facts(FEB1, 1, 0, 5, 0, 9)), DateWindow.ofDays(FEB1, 1)))
        .extracting(ConcealmentSignal::kind).containsExactly(SignalKind.FIGURES_BELOW_FACTS);
  }

  @Test
  @DisplayName("§2.3 a cumulative count that goes down from the last day with figures is a signal")
  void cumulativeDown() {
    ReportLedger l = ledger();
    l.submit(report(FEB1.minusDays(2), 0, "2021-01-30T02:00:00Z", ReportFigures.ofCounts(0, 0, 2, 0, 0, 0, 0, 0, 5,
        1)));
    l.submit(report(FEB1, 0, "2021-02-01T02:00:00Z", null));
    l.submit(report(FEB2, 0, "2021-02-02T02:00:00Z", ReportFigures.ofCounts(0, 0, 0, 0, 0, 0, 0, 0, 4, 1)));
    List<ConcealmentSignal> s = ConcealmentChecks.scan(l, List.of(), DateWindow.ofDays(FEB1, 2));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(SignalKind.CUMULATIVE_DECREASED);
      assertThat(x.day()).isEqualTo(FEB2);
      assertThat(x.reason().facts()).containsEntry("previousDay", "2021-01-30").containsEntry("confirmed", "4");
    });
  }

  @Test
  @DisplayName("§2.3 a zero report on a day an urgent report told of a case, and a zero report corrected later")
  void urgentAndRevised() {
    ReportLedger l = ledger();
    ReportFigures oneCase = ReportFigures.ofCounts(0, 0, 1, 0, 2, 2, 0, 0, 1, 0);
    l.submit(report(FEB1, 0, "2021-02-01T02:00:00Z", null));
    l.submit(new DailyReport.Builder().from(report(FEB1, 0, "2021-02-01T05:00:00Z", oneCase)).urgent(true).build());
    l.submit(report(FEB2, 0, "2021-02-02T02:00:00Z", null));
    l.submit(report(FEB2, 1, "2021-02-02T09:00:00Z", oneCase));
    assertThat(ConcealmentChecks.scan(l, List.of(), DateWindow.ofDays(FEB1, 2)))
        .extracting(ConcealmentSignal::kind, ConcealmentSignal::day).containsExactly(
            org.assertj.core.groups.Tuple.tuple(SignalKind.ZERO_CONTRADICTS_URGENT, FEB1),
            org.assertj.core.groups.Tuple.tuple(SignalKind.ZERO_REVISED_TO_FIGURES, FEB2));
  }

  @Test
  @DisplayName("§2.3 a zero report on a day an urgent report told of an arrival from a risk area or a fever finding "
      + "is contradicted, with that severity; returnees under ongoing monitoring never contradict it")
  void urgentTownshipGroups() {
    ReportFigures none = ReportFigures.ofCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    ReportFigures arrival = new ReportFigures.Builder().from(none).newArrivalsFromRiskAreas(1).build();
    ReportFigures fever = new ReportFigures.Builder().from(none).newAbnormalFindings(2).build();
    ReportFigures returnees = new ReportFigures.Builder().from(none).newReturneesRegistered(3)
        .returneesUnderMonitoring(12).newInboundTravellers(0).newArrivalsFromRiskAreas(0).newAbnormalFindings(0)
        .build();
    assertThat(arrival.hasNewEvents()).isTrue();
    assertThat(fever.hasNewEvents()).isTrue();
    assertThat(returnees.hasNewEvents()).isFalse();
    for (Object[] c : new Object[][] {{arrival, SignalSeverity.ARRIVAL}, {fever, SignalSeverity.MONITORING}}) {
      ReportLedger l = ledger();
      l.submit(report(FEB1, 0, "2021-02-01T02:00:00Z", null));
      l.submit(new DailyReport.Builder().from(report(FEB1, 0, "2021-02-01T05:00:00Z", c[0])).urgent(true).build());
      assertThat(ConcealmentChecks.scan(l, List.of(), DateWindow.ofDays(FEB1, 1)))
          .extracting(ConcealmentSignal::kind, ConcealmentSignal::severity)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(SignalKind.ZERO_CONTRADICTS_URGENT, c[1]));
    }
    ReportLedger l = ledger();
    l.submit(report(FEB1, 0, "2021-02-01T02:00:00Z", null));
    l.submit(new DailyReport.Builder().from(report(FEB1, 0, "2021-02-01T05:00:00Z", returnees)).urgent(true).build());
    l.submit(report(FEB2, 0, "2021-02-02T02:00:00Z", null));
    l.submit(report(FEB2, 1, "2021-02-02T09:00:00Z", returnees));
    assertThat(ConcealmentChecks.scan(l, List.of(), DateWindow.ofDays(FEB1, 2))).isEmpty();
  }

  @Test
  @DisplayName("§2.3 a zero report contradicted by a known new arrival from a risk area or a fever finding, never by "
      + "ongoing health monitoring alone")
  void zeroAgainstKnownTownshipGroups() {
    ReportLedger l = ledger();
    l.submit(report(FEB1, 0, "2021-02-01T02:00:00Z", null));
    UnitDayFacts monitoring = facts(FEB1, 0, 0, 0, 0, 30);
    assertThat(ConcealmentChecks.scan(l, List.of(monitoring), DateWindow.ofDays(FEB1, 1))).isEmpty();
    UnitDayFacts arrival = new UnitDayFacts.Builder().from(monitoring).newArrivalsFromRiskAreas(1).build();
    assertThat(ConcealmentChecks.scan(l, List.of(arrival), DateWindow.ofDays(FEB1, 1)))
        .extracting(ConcealmentSignal::kind, ConcealmentSignal::severity).containsExactly(
            org.assertj.core.groups.Tuple.tuple(SignalKind.ZERO_REPORT_CONTRADICTED, SignalSeverity.ARRIVAL));
    UnitDayFacts fever = new UnitDayFacts.Builder().from(monitoring).abnormalFindings(1).build();
    assertThat(ConcealmentChecks.scan(l, List.of(fever), DateWindow.ofDays(FEB1, 1)))
        .extracting(ConcealmentSignal::kind, ConcealmentSignal::severity).containsExactly(
            org.assertj.core.groups.Tuple.tuple(SignalKind.ZERO_REPORT_CONTRADICTED, SignalSeverity.MONITORING));
  }

  @Test
  @DisplayName("the hot-path mask and the explained signals always agree")
  void maskAgreesWithSignals() {
    qt().forAll(scenarios(), Generate.range(0, 3)).checkAssert((s, level) -> {
      ReportLedger l = ReportLedger.of(s.rules(), s.registry());
      l.submitAll(s.reports());
      for (UnitDayReports u : l.unitDays()) {
        UnitDayFacts f = new UnitDayFacts.Builder().unit(u.unit()).day(u.day()).activeCases(level)
            .closeContacts(level).homeIsolation(level * 2).centralisedIsolation(level).healthMonitoring(level * 3)
            .build();
        UnitDayEvidence e = new UnitDayEvidence(u.unit(), u.day(), true, Optional.of(u),
            l.urgentReports(u.unit(), u.day()), Optional.of(f), Optional.empty(), Optional.empty());
        int mask = ConcealmentChecks.mask(e);
        List<ConcealmentSignal> signals = ConcealmentChecks.signals(e);
        int fromSignals = 0;
        for (ConcealmentSignal x : signals) {
          fromSignals |= x.kind().bit();
          assertThat(x.reason().clauses()).contains(Clause.S2_3);
          assertThat(x.text(Messages.EN)).doesNotContain("{");
        }
        assertThat(fromSignals).isEqualTo(mask);
        assertThat(SignalKind.ZERO_REPORT_CONTRADICTED.test(e)).isFalse();
      }
    });
  }

  @Test
  @DisplayName("facts and signals travel through JSON unchanged")
  void json() {
    UnitDayFacts f = facts(FEB1, 1, 2, 3, 4, 5);
    assertThat(Json.read(Json.write(f), UnitDayFacts.class)).isEqualTo(f);
    List<ConcealmentSignal> all = new ArrayList<>(ConcealmentChecks.scan(ledger(), List.of(f),
        DateWindow.ofDays(FEB1, 1)));
    assertThat(all).hasSize(1).allSatisfy(x -> assertThat(x.severity()).isEqualTo(SignalSeverity.CASE));
  }
}
