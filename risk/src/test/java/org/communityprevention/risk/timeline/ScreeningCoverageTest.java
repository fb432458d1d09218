package org.communityprevention.risk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.area.RiskLevel.HIGH;
import static org.communityprevention.core.area.RiskLevel.LOW;
import static org.communityprevention.core.area.RiskLevel.MEDIUM;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.RiskPolicy;
import org.communityprevention.core.policy.SourceMark;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DayFacts;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.designation.ScreeningRound;
import org.communityprevention.risk.testing.RiskGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("§1.4 9th edition: a screening round counts for a step down only when it covers everyone expected")
class ScreeningCoverageTest {
  static final Policy ED9_POLICY = NationalBaselines.byId("ed9-2022");
  static final DesignationRules ED9 = DesignationRules.of(ED9_POLICY);
  static final AreaId COMPOUND = AreaId.of(DivisionCode.parse("440983102001"));
  static final AreaId OTHER = AreaId.of(DivisionCode.parse("440983102002"));
  static final LocalDate D0 = LocalDate.of(2022, 7, 1);
  static final DateWindow WINDOW = DateWindow.ofDays(D0, 20);
  static final List<CaseReport> ONE_CASE = List.of(CaseReport.of("r1", COMPOUND, D0, 1, 0));

  static DesignationRules coverage(double share) {
    return DesignationRules.of(new Policy.Builder().from(ED9_POLICY).risk(new RiskPolicy.Builder()
        .from(ED9_POLICY.risk()).screeningCoverage(share).build()).build());
  }

  @Test
  @DisplayName("ed9-2022: coverage 1.0 (S2, 所有人员, citing the 9th-edition text); the other baselines 1.0 unused (U)")
  void baselines() {
    for (Policy p : NationalBaselines.catalog().policies()) {
      assertThat(p.risk().screeningCoverage()).as(p.id()).isEqualTo(1.0);
      assertThat(p.provenance().get("risk.screeningCoverage").mark()).as(p.id())
          .isEqualTo(p.id().equals("ed9-2022") ? SourceMark.S2 : SourceMark.U);
    }
    assertThat(ED9_POLICY.provenance().get("risk.screeningCoverage").source())
        .contains("jxyuer.com/baike/techan/427867.html", "所有人员");
  }

  @Test
  @DisplayName("§1.4 a round on the 7th clean day that tested 980 of 1,000 does not qualify: the step waits, with a finding")
  void belowCoverage() {
    RiskTimeline t = RiskTimelines.timeline(ED9, COMPOUND, WINDOW, ONE_CASE, List.of(),
        List.of(ScreeningRound.counted(COMPOUND, D0.plusDays(7), 980, 1000, true)));
    assertThat(t.dailyLevels().levels()).containsOnly(HIGH);
    assertThat(t.findings()).extracting(DesignationFinding::code).containsExactly(
        RiskTimelines.BELOW_COVERAGE, TimelineExplainer.AWAITS_SCREENING);
    DesignationFinding f = t.findings().get(0);
    assertThat(f.date()).isEqualTo(D0.plusDays(7));
    assertThat(f.reason().clauses()).containsExactly(Clause.S1_4);
    assertThat(f.reason().facts()).containsEntry("tested", "980").containsEntry("expected", "1000")
        .containsEntry("coverage", "98%");
    assertThat(f.reason().policyValues()).containsEntry("risk.screeningCoverage", "100%");
    assertThat(f.text(Messages.ZH)).isEqualTo("2022-07-08核酸筛查应检1000人、实检980人（98%），低于要求的100%：不作为降级所需的一轮筛查");
    assertThat(f.text(Messages.EN)).isEqualTo("the NAT screening round of 2022-07-08 tested 980 of 1000 people (98%), "
        + "below the 100% required: it does not count for a step down");
  }

  @Test
  @DisplayName("§1.4 the same round with everyone tested qualifies: medium from day 8; a province at 95% accepts 980")
  void fullCoverageAndProvinceShare() {
    RiskTimeline full = RiskTimelines.timeline(ED9, COMPOUND, WINDOW, ONE_CASE, List.of(),
        List.of(ScreeningRound.counted(COMPOUND, D0.plusDays(7), 1000, 1000, true)));
    assertThat(full.levelOn(D0.plusDays(8))).isEqualTo(MEDIUM);
    assertThat(full.findings()).isEmpty();
    RiskTimeline share = RiskTimelines.timeline(coverage(0.95), COMPOUND, WINDOW, ONE_CASE, List.of(),
        List.of(ScreeningRound.counted(COMPOUND, D0.plusDays(7), 980, 1000, true)));
    assertThat(share.levelOn(D0.plusDays(8))).isEqualTo(MEDIUM);
    assertThat(share.levelOn(D0.plusDays(11))).isEqualTo(LOW);
  }

  @Test
  @DisplayName("§1.4 a round without counts is taken at its word, as before; one count without the other is refused")
  void withoutCounts() {
    assertThat(ScreeningRound.negative(COMPOUND, D0).qualifies(1.0)).isTrue();
    assertThat(ScreeningRound.counted(COMPOUND, D0, 99, 100, true).qualifies()).isFalse();
    assertThat(ScreeningRound.counted(COMPOUND, D0, 99, 100, true).qualifies(0.99)).isTrue();
    String oneCount = Json.write(ScreeningRound.negative(COMPOUND, D0)).replace("}", ",\"tested\":5}");
    assertThatThrownBy(() -> Json.read(oneCount, ScreeningRound.class))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code())
            .isEqualTo(ScreeningRound.COUNTS));
    assertThatThrownBy(() -> ScreeningRound.counted(COMPOUND, D0, 0, 0, true))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code())
            .isEqualTo(ScreeningRound.COUNTS));
  }

  @Test
  @DisplayName("§1.4 under ed7-2020 (no round needed) a short round is no finding")
  void ed7NoFinding() {
    DesignationRules ed7 = DesignationRules.of(NationalBaselines.byId("ed7-2020"));
    AreaId township = AreaId.of(DivisionCode.parse("440983102000"));
    DateWindow w = DateWindow.ofDays(LocalDate.of(2021, 2, 1), 20);
    RiskTimeline t = RiskTimelines.timeline(ed7, township, w,
        List.of(CaseReport.of("r", township, w.start(), 1, 0)), List.of(),
        List.of(ScreeningRound.counted(township, w.start().plusDays(3), 1, 2, true)));
    assertThat(t.findings()).isEmpty();
  }

  @Test
  @DisplayName("§1.4 the mixed-area batch carries screening rounds: one compound waits for its round, the other steps down")
  void batchWaitsForRound() {
    List<CaseReport> reports = List.of(CaseReport.of("r1", COMPOUND, D0, 1, 0), CaseReport.of("r2", OTHER, D0, 1, 0));
    List<ScreeningRound> rounds = List.of(ScreeningRound.negative(OTHER, D0.plusDays(7)),
        ScreeningRound.counted(COMPOUND, D0.plusDays(7), 900, 1000, true),
        ScreeningRound.negative(COMPOUND, D0.plusDays(25)));
    TimelineBatch b = RiskTimelines.timelines(ED9, WINDOW, reports, List.of(), rounds);
    assertThat(b.inputCount()).isEqualTo(5);
    assertThat(b.rejected()).singleElement().satisfies(r -> {
      assertThat(r.position()).isEqualTo(4L);
      assertThat(r.violations().get(0).field()).isEqualTo("screenings[2].date");
    });
    RiskTimeline waiting = b.timelineOf(COMPOUND).orElseThrow();
    assertThat(waiting.dailyLevels().levels()).containsOnly(HIGH);
    assertThat(waiting.findings()).extracting(DesignationFinding::code)
        .containsExactly(RiskTimelines.BELOW_COVERAGE, TimelineExplainer.AWAITS_SCREENING);
    RiskTimeline stepped = b.timelineOf(OTHER).orElseThrow();
    assertThat(stepped.levelOn(D0.plusDays(8))).isEqualTo(MEDIUM);
    // The batch gives what the single-area path gives for each area.
    assertThat(waiting).isEqualTo(RiskTimelines.timeline(ED9, COMPOUND, WINDOW, reports.subList(0, 1), List.of(),
        rounds.subList(1, 2)));
    assertThat(stepped).isEqualTo(RiskTimelines.timeline(ED9, OTHER, WINDOW, reports.subList(1, 2), List.of(),
        rounds.subList(0, 1)));
    assertThat(RiskTimelines.timelines(ED9, WINDOW, reports, List.of()).timelineOf(OTHER).orElseThrow()
        .dailyLevels().levels()).containsOnly(HIGH);
  }

  @Test
  @DisplayName("rounds with counts round-trip through JSON; a round without counts writes none")
  void json() {
    ScreeningRound counted = ScreeningRound.counted(COMPOUND, D0, 980, 1000, true);
    assertThat(Json.write(counted)).contains("\"tested\":980", "\"expected\":1000");
    assertThat(Json.read(Json.write(counted), ScreeningRound.class)).isEqualTo(counted);
    assertThat(Json.write(ScreeningRound.negative(COMPOUND, D0))).doesNotContain("tested");
    assertThat(DayFacts.merge(COMPOUND, D0, List.of(), List.of(), List.of(counted), 0.98).screeningRound()).isTrue();
    assertThat(DayFacts.merge(COMPOUND, D0, List.of(), List.of(), List.of(counted)).screeningRound()).isFalse();
  }

  @Test
  @DisplayName("§1.4 property: a round short of the coverage changes no level; every short round is one finding")
  void shortRoundsChangeNothing() {
    qt().forAll(RiskGenerators.histories(40, 10, false), Generate.range(1, 99), Generate.range(1, 1000))
        .checkAssert((h, pct, expected) -> {
          DesignationRules rules = ScreeningRoundProperties.screening(h.rules, true);
          List<ScreeningRound> full = new ArrayList<>();
          List<ScreeningRound> withShort = new ArrayList<>();
          int shortCount = 0;
          for (LocalDate d = h.window.start(); d.isBefore(h.window.endExclusive()); d = d.plusDays(1)) {
            int k = (int) (d.toEpochDay() % 3);
            if (k == 0) {
              full.add(ScreeningRound.negative(h.area, d));
              withShort.add(ScreeningRound.negative(h.area, d));
            } else if (k == 1) {
              int tested = (int) Math.floor(expected * pct / 100.0);
              if (tested < expected * rules.screeningCoverage()) {
                withShort.add(ScreeningRound.counted(h.area, d, tested, expected, true));
                shortCount++;
              }
            }
          }
          RiskTimeline a = RiskTimelines.timeline(rules, h.area, h.window, h.reports, List.of(), full);
          RiskTimeline b = RiskTimelines.timeline(rules, h.area, h.window, h.reports, List.of(), withShort);
          assertThat(b.dailyLevels()).isEqualTo(a.dailyLevels());
          assertThat(b.findings().stream().filter(f -> f.code().equals(RiskTimelines.BELOW_COVERAGE)).count())
              .isEqualTo(shortCount);
          assertThat(RiskTimelines.levels(rules, h.area, h.window, h.reports, List.of(), withShort))
              .isEqualTo(b.dailyLevels());
          for (int i = 1; i < b.findings().size(); i++) {
            assertThat(b.findings().get(i).date()).isAfterOrEqualTo(b.findings().get(i - 1).date());
          }
        });
  }
}
