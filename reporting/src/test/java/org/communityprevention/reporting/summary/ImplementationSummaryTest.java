package org.communityprevention.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.reporting.testing.ReportingGenerators.scenarios;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.readiness.DutyReadiness;
import org.communityprevention.reporting.readiness.HouseholdCoverage;
import org.communityprevention.reporting.readiness.CadreLink;
import org.communityprevention.reporting.readiness.Interval;
import org.communityprevention.reporting.readiness.StaffCategory;
import org.communityprevention.reporting.readiness.StaffRecord;
import org.communityprevention.reporting.readiness.SupplyCheck;
import org.communityprevention.reporting.readiness.SupplyStock;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ConflictKind;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.SubmissionConflict;
import org.communityprevention.reporting.signal.ConcealmentChecks;
import org.communityprevention.reporting.signal.ConcealmentSignal;
import org.communityprevention.reporting.signal.SignalKind;
import org.communityprevention.reporting.signal.UnitDayFacts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§6.7 the provincial implementation summary")
class ImplementationSummaryTest {
  static final Policy POLICY = NationalBaselines.byId("ed7-2020");
  static final DivisionCode GD = DivisionCode.parse("440000000000");
  static final DivisionCode V1 = DivisionCode.parse("440983102001");
  static final DivisionCode V2 = DivisionCode.parse("440983102201");
  static final DivisionCode BJ = DivisionCode.parse("110105001001");
  static final LocalDate FEB1 = LocalDate.of(2021, 2, 1);

  @Test
  @DisplayName("§6.7 a province's summary counts its own units only and reads as text to forward")
  void example() {
    UnitRegistry registry = UnitRegistry.of(List.of(UnitChange.opened(V1, FEB1, "水口居委会"),
        UnitChange.opened(V2, FEB1, "垌心村委会"), UnitChange.opened(BJ, FEB1, "北京社区")));
    ReportLedger ledger = ReportLedger.of(ReportingRules.of(POLICY), registry);
    DateWindow window = DateWindow.ofDays(FEB1, 4);
    for (int d = 0; d < 4; d++) {
      LocalDate day = FEB1.plusDays(d);
      ledger.submit(DailyReport.zero(V1, day, "w1", Instant.parse(day + "T02:00:00Z")));
      ledger.submit(DailyReport.zero(BJ, day, "w3", Instant.parse(day + "T02:00:00Z")));
    }
    ledger.submit(DailyReport.zero(V2, FEB1, "w2", Instant.parse("2021-02-01T09:00:00Z")));
    PresenceBuilder b = PresenceBuilder.of(registry, window);
    b.addAll(ledger);
    Presence presence = b.build();
    List<ConcealmentSignal> signals = ConcealmentChecks.scan(ledger, List.of(new UnitDayFacts.Builder().unit(V1)
        .day(FEB1).activeCases(0).closeContacts(1).homeIsolation(1).centralisedIsolation(0).healthMonitoring(0)
        .newCloseContacts(1).newIsolationOrders(1).build()), window);
    ImplementationSummary s = ImplementationSummaries.summarize(GD, window, new ImplementationSummaries.Inputs(
        presence, POLICY, ledger.conflicts(), signals, List.of(), List.of(),
        List.of(SupplyCheck.check(SupplyStock.of(V1, FEB1, 800, Map.of("masks", 400, "thermometers", 4,
            "disinfectantLitres", 16)), POLICY)),
        List.of(StaffRecord.of(V1, StaffCategory.COMMUNITY_WORKER, 4, 4, 4, 3)), 5));
    assertThat(s.reports()).isEqualTo(CompletenessCounts.of(8, 5, 1, 0));
    assertThat(s.prefectures()).extracting(NodeCompleteness::node).containsExactly(DivisionCode.parse(
        "440900000000"));
    assertThat(s.stoppedUnits()).extracting(r -> r.unit()).containsExactly(V2);
    assertThat(s.worstUnits()).extracting(r -> r.unit()).containsExactly(V2);
    assertThat(s.signals()).containsExactly(Map.entry(SignalKind.ZERO_REPORT_CONTRADICTED, 1L));
    assertThat(s.suppliesInFull()).isEqualTo(1);
    assertThat(s.render(Messages.ZH)).startsWith(
        "440000000000 贯彻落实民发〔2021〕11号情况（2021-02-01 至 2021-02-04，政策 ed7-2020@1）",
        "日报告：应报 8 单位日，已报 5（报告率 62.5%），按时 4（及时率 50.0%），迟报 1，缺报 3；其中零报告 5，数据报告 0",
        "发现问题：停报单位 1 个（连续 3 天未报告），报送冲突 0 起，漏报瞒报线索 1 条待核查");
    assertThat(s.render(Messages.EN)).last().isEqualTo(
        "community workers: 4 people, trained 100.0%, drilled 100.0%, vaccinated 75.0%");
    assertThat(Json.read(Json.write(s), ImplementationSummary.class)).isEqualTo(s);
  }

  @Test
  @DisplayName("§6.7 a summary's counts are its province's, and its prefectures add up to them")
  void addsUp() {
    qt(300).forAll(scenarios()).checkAssert(sc -> {
      ReportLedger ledger = ReportLedger.of(sc.rules(), sc.registry());
      ledger.submitAll(sc.reports());
      PresenceBuilder b = PresenceBuilder.of(sc.registry(), sc.window());
      b.addAll(ledger);
      Presence p = b.build();
      for (DivisionCode province : p.index().nodes(DivisionLevel.PROVINCE)) {
        ImplementationSummary s = ImplementationSummaries.summarize(province, sc.window(),
            new ImplementationSummaries.Inputs(p, POLICY, ledger.conflicts(), List.of(), List.of(), List.of(),
                List.of(), List.of(), 3));
        assertThat(s.reports()).isEqualTo(p.counts(province, sc.window()));
        CompletenessCounts sum = CompletenessCounts.none();
        for (NodeCompleteness n : s.prefectures()) {
          sum = sum.plus(n.counts());
        }
        assertThat(sum).isEqualTo(s.reports());
        assertThat(s.worstUnits().size()).isLessThanOrEqualTo(3);
        assertThat(s.render(Messages.EN)).noneMatch(line -> line.contains("{"));
      }
    });
  }

  static DutyReadiness duty(DivisionCode unit, boolean covered, boolean published, int personsNotPublished) {
    Instant start = Instant.parse("2021-02-11T00:00:00Z");
    Interval period = Interval.of(start, start.plusSeconds(86_400));
    return new DutyReadiness.Builder().unit(unit).period(period).publishedInTime(published)
        .personsNotPublished(personsNotPublished)
        .uncovered(covered ? List.of() : List.of(Interval.of(start, start.plusSeconds(3_600)))).build();
  }

  static SubmissionConflict conflict(DivisionCode unit) {
    return new SubmissionConflict.Builder().unit(unit).day(FEB1).revision(1).kind(ConflictKind.FIGURES_DISAGREE)
        .versions(2).reason(Reason.of("reporting.report.conflict", Clause.S1_6).build()).build();
  }

  static ConcealmentSignal signal(SignalKind kind, DivisionCode unit) {
    return ConcealmentSignal.of(kind, org.communityprevention.reporting.signal.SignalSeverity.CONTACT, unit, FEB1,
        Reason.of(kind.code(), Clause.S2_3).build());
  }

  @Test
  @DisplayName("§6.7 duty, households, supplies, conflicts and signals count in their own province only")
  void everyItemCountsInItsProvince() {
    UnitRegistry registry = UnitRegistry.of(List.of(UnitChange.opened(V1, FEB1, "水口居委会"),
        UnitChange.opened(BJ, FEB1, "北京社区")));
    DateWindow window = DateWindow.ofDays(FEB1, 3);
    PresenceBuilder b = PresenceBuilder.of(registry, window);
    Presence presence = b.build();
    List<String> homes = List.of("h1", "h2", "h3");
    DateWindow always = DateWindow.ofDays(FEB1, 30);
    HouseholdCoverage gd = HouseholdCoverage.check(V1, homes, List.of(CadreLink.of(V1, "h1", "c1", always),
        CadreLink.of(V1, "h2", "c1", always)), FEB1);
    HouseholdCoverage bj = HouseholdCoverage.check(BJ, List.of("b1", "b2", "b3", "b4", "b5"), List.of(), FEB1);
    SupplyStock full = SupplyStock.of(V1, FEB1, 800, Map.of("masks", 400, "thermometers", 4,
        "disinfectantLitres", 16));
    SupplyStock short1 = SupplyStock.of(V2, FEB1, 800, Map.of("masks", 1));
    SupplyStock elsewhere = SupplyStock.of(BJ, FEB1, 800, Map.of("masks", 400, "thermometers", 4,
        "disinfectantLitres", 16));
    ImplementationSummary s = ImplementationSummaries.summarize(GD, window, new ImplementationSummaries.Inputs(
        presence, POLICY, List.of(conflict(V1), conflict(V2), conflict(BJ)),
        List.of(signal(SignalKind.CUMULATIVE_DECREASED, V1), signal(SignalKind.CUMULATIVE_DECREASED, V2),
            signal(SignalKind.FIGURES_BELOW_FACTS, V1), signal(SignalKind.FIGURES_BELOW_FACTS, BJ),
            signal(SignalKind.ZERO_REVISED_TO_FIGURES, BJ)),
        List.of(duty(V1, true, true, 0), duty(V2, false, true, 0), duty(V2, true, false, 0),
            duty(V2, true, true, 1), duty(BJ, true, true, 0)),
        List.of(gd, bj), List.of(SupplyCheck.check(full, POLICY), SupplyCheck.check(short1, POLICY),
            SupplyCheck.check(elsewhere, POLICY)), List.of(), 5));
    assertThat(s.stoppedUnits()).extracting(r -> r.unit()).containsExactly(V1);
    assertThat(s.conflicts()).isEqualTo(2);
    assertThat(s.signals()).containsExactly(Map.entry(SignalKind.FIGURES_BELOW_FACTS, 1L),
        Map.entry(SignalKind.CUMULATIVE_DECREASED, 2L));
    assertThat(s.dutyChecked()).isEqualTo(4);
    assertThat(s.dutyReady()).isEqualTo(1);
    assertThat(s.households()).isEqualTo(3);
    assertThat(s.householdsLinked()).isEqualTo(2);
    assertThat(s.suppliesChecked()).isEqualTo(2);
    assertThat(s.suppliesInFull()).isEqualTo(1);
    assertThat(s.reports()).isEqualTo(CompletenessCounts.of(3, 0, 0, 0));
    assertThat(s.render(Messages.EN)).containsExactly(
        "Implementation of 民发〔2021〕11号 in province 440000000000, 2021-02-01 to 2021-02-03 (policy ed7-2020@1)",
        "Daily reports: 3 unit-days owed, 0 received (0.0%), 0 on time (0.0%), 0 late, 3 missing; 0 zero reports"
            + " and 0 with figures",
        "Findings: 1 unit stopped reporting (" + POLICY.reporting().stoppedReportingDays()
            + " days without a report), 2 conflicting submissions, 3 signals of missed or concealed reports to check",
        "Holiday duty: 1 of 4 units had someone on duty around the clock with duty staff published; 包片联户: 2 of 3"
            + " households linked to a responsible cadre",
        "Supplies: 1 of 2 units hold masks, thermometers and disinfectant in full");
    assertThat(Json.read(Json.write(s), ImplementationSummary.class)).isEqualTo(s);
  }

  /** Who reported what when one unit, open from the window's first day, filed nothing. */
  static Presence nothingFiled(DivisionCode unit, DateWindow window) {
    return PresenceBuilder.of(UnitRegistry.of(List.of(UnitChange.opened(unit, window.start(), "单位"))), window)
        .build();
  }

  @Test
  @DisplayName("§6.7 with nothing owed a rate reads as a dash, not as 0 %")
  void noRateWithoutReports() {
    DateWindow window = DateWindow.ofDays(FEB1, 1);
    Presence presence = nothingFiled(BJ, window);
    ImplementationSummary s = ImplementationSummaries.summarize(GD, window, new ImplementationSummaries.Inputs(
        presence, POLICY, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(StaffRecord.of(V1, StaffCategory.COMMUNITY_WORKER, 0, 0, 0, 0)), 5));
    assertThat(s.reports()).isEqualTo(CompletenessCounts.none());
    assertThat(s.prefectures()).isEmpty();
    assertThat(s.render(Messages.ZH).get(1)).isEqualTo(
        "日报告：应报 0 单位日，已报 0（报告率 -），按时 0（及时率 -），迟报 0，缺报 0；其中零报告 0，数据报告 0");
  }

  @Test
  @DisplayName("§6.7 a summary is made for a province only")
  void provinceOnly() {
    DateWindow window = DateWindow.ofDays(FEB1, 1);
    Presence presence = nothingFiled(V1, window);
    DivisionCode prefecture = DivisionCode.parse("440900000000");
    assertThatThrownBy(() -> ImplementationSummaries.summarize(prefecture, window,
        new ImplementationSummaries.Inputs(presence, POLICY, List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), 5)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ImplementationSummary.NOT_A_PROVINCE);
            assertThat(v.field()).isEqualTo("province");
          });
          assertThat(e.getMessage()).contains("prefecture");
        });
  }
}
