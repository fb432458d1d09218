package org.communityprevention.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.reporting.testing.ReportingGenerators.scenarios;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.readiness.StaffCategory;
import org.communityprevention.reporting.readiness.StaffRecord;
import org.communityprevention.reporting.readiness.SupplyCheck;
import org.communityprevention.reporting.readiness.SupplyStock;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
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
        .build()), window);
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
    assertThat(s.signals()).containsExactly(Map.entry(SignalKind.ZERO_REPORT_WITH_KNOWN_RECORDS, 1L));
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
}
