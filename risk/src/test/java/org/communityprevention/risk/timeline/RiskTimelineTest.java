package org.communityprevention.risk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.area.RiskLevel.HIGH;
import static org.communityprevention.core.area.RiskLevel.LOW;
import static org.communityprevention.core.area.RiskLevel.MEDIUM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("§1.4 risk timelines: upgrades the day the facts arrive, step-downs after clean days")
class RiskTimelineTest {
  static final DivisionCode VILLAGE = DivisionCode.parse("440983102001");
  static final AreaId COMPOUND = AreaId.of(VILLAGE);
  static final AreaId BUILDING = AreaId.of(VILLAGE, "幸福小区3栋");
  static final AreaId TOWNSHIP = AreaId.of(DivisionCode.parse("440983102000"));
  static final AreaId COUNTY = AreaId.of(DivisionCode.parse("440983000000"));

  static DesignationRules rules(String id) {
    return DesignationRules.of(NationalBaselines.byId(id));
  }

  static int n;

  static CaseReport cases(AreaId area, LocalDate date, int confirmed) {
    return CaseReport.of("r" + (n++), area, date, confirmed, 0);
  }

  /**
   * The timeline of an area screened every day of the window, all negative: the 9th edition's screening condition
   * then always holds, so the clean days alone decide (the condition's own tests are in {@code ScreeningRoundTest}).
   */
  static RiskTimeline screenedDaily(DesignationRules rules, AreaId area, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations) {
    List<org.communityprevention.risk.designation.ScreeningRound> rounds = new ArrayList<>();
    for (LocalDate d = window.start(); d.isBefore(window.endExclusive()); d = d.plusDays(1)) {
      rounds.add(org.communityprevention.risk.designation.ScreeningRound.negative(area, d));
    }
    return RiskTimelines.timeline(rules, area, window, reports, designations, rounds);
  }

  static List<RiskLevel> levels(RiskTimeline t) {
    return t.dailyLevels().levels();
  }

  @Nested
  @DisplayName("9th edition (ed9-2022): high → medium after 7 clean days, then low after 3 more")
  class NinthEdition {
    final DesignationRules rules = rules("ed9-2022");
    final LocalDate day0 = LocalDate.of(2022, 7, 1);
    final DateWindow window = DateWindow.ofDays(day0, 20);

    @Test
    @DisplayName("one case on day 0: high on days 0–7, medium on days 8–10, low from day 11")
    void stepsDownAfterCleanDays() {
      RiskTimeline t = screenedDaily(rules, COMPOUND, window, List.of(cases(COMPOUND, day0, 1)), List.of());
      assertThat(t.levelOn(day0)).isEqualTo(HIGH);
      assertThat(t.levelOn(day0.plusDays(7))).as("the 7th clean day is still high").isEqualTo(HIGH);
      assertThat(t.levelOn(day0.plusDays(8))).as("steps down the day after the 7th clean day").isEqualTo(MEDIUM);
      assertThat(t.levelOn(day0.plusDays(10))).as("the 3rd further clean day is still medium").isEqualTo(MEDIUM);
      assertThat(t.levelOn(day0.plusDays(11))).isEqualTo(LOW);
      assertThat(t.transitions()).extracting(LevelTransition::effectiveDate, LevelTransition::fromLevel,
          LevelTransition::toLevel, LevelTransition::cause).containsExactly(
          org.assertj.core.groups.Tuple.tuple(day0, LOW, HIGH, TransitionCause.FACTS),
          org.assertj.core.groups.Tuple.tuple(day0.plusDays(8), HIGH, MEDIUM, TransitionCause.CLEAN_DAYS),
          org.assertj.core.groups.Tuple.tuple(day0.plusDays(11), MEDIUM, LOW, TransitionCause.CLEAN_DAYS));
      assertThat(t.findings()).isEmpty();
    }

    @Test
    @DisplayName("the upgrade explains itself: any local infection makes the compound high, citing §1.4")
    void upgradeReason() {
      RiskTimeline t = screenedDaily(rules, COMPOUND, window, List.of(cases(COMPOUND, day0, 2)), List.of());
      LevelTransition up = t.transitions().get(0);
      assertThat(up.reasons()).singleElement().satisfies(r -> {
        assertThat(r.code()).isEqualTo("risk.timeline.upgrade_any");
        assertThat(r.clauses()).containsExactly(Clause.S1_4);
        assertThat(r.facts()).containsEntry("cases", "2").containsEntry("to", "HIGH");
      });
      assertThat(up.explain(Messages.EN)).containsExactly(
          "2 new local infections on 2022-07-01: any local infection makes the area high risk");
      assertThat(up.explain(Messages.ZH)).containsExactly("2022-07-01本土新增感染者2例：有本土感染者即为高风险");
      LevelTransition down = t.transitions().get(1);
      assertThat(down.explain(Messages.EN)).containsExactly(
          "7 consecutive clean days (the stage needs 7): high risk → medium risk from 2022-07-09");
      assertThat(down.reasons().get(0).policyValues()).containsEntry("risk.highToMediumCleanDays", "7");
    }

    @Test
    @DisplayName("a new case during the countdown restarts it: a case on day 5 keeps the compound high to day 12")
    void newCaseRestartsCountdown() {
      RiskTimeline t = screenedDaily(rules, COMPOUND, window,
          List.of(cases(COMPOUND, day0, 1), cases(COMPOUND, day0.plusDays(5), 1)), List.of());
      assertThat(t.levelOn(day0.plusDays(12))).isEqualTo(HIGH);
      assertThat(t.levelOn(day0.plusDays(13))).isEqualTo(MEDIUM);
      assertThat(t.levelOn(day0.plusDays(15))).isEqualTo(MEDIUM);
      assertThat(t.levelOn(day0.plusDays(16))).isEqualTo(LOW);
    }

    @Test
    @DisplayName("a case in the stepped-down medium stay makes the compound high again the same day")
    void caseInMediumStay() {
      RiskTimeline t = screenedDaily(rules, COMPOUND, window,
          List.of(cases(COMPOUND, day0, 1), cases(COMPOUND, day0.plusDays(9), 1)), List.of());
      assertThat(levels(t).subList(8, 12)).containsExactly(MEDIUM, HIGH, HIGH, HIGH);
      assertThat(t.transitions().get(2).cause()).isEqualTo(TransitionCause.FACTS);
    }

    @Test
    @DisplayName("asymptomatic infections count in the 9th edition")
    void asymptomaticCounts() {
      RiskTimeline t = screenedDaily(rules, COMPOUND, window,
          List.of(CaseReport.of("a", COMPOUND, day0, 0, 1)), List.of());
      assertThat(t.levelOn(day0)).isEqualTo(HIGH);
    }

    @Test
    @DisplayName("a township's report is refused where compounds and villages are designated")
    void tooCoarse() {
      assertThatThrownBy(() -> screenedDaily(rules, COMPOUND, window, List.of(cases(TOWNSHIP, day0, 1)),
          List.of())).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
          .extracting(v -> v.field() + " " + v.code())
          .containsExactly("reports[0].area risk.designation.unit_too_coarse"));
    }
  }

  @Nested
  @DisplayName("7th edition (ed7-2020): medium from any case, high above 50 cumulative with a cluster")
  class SeventhEdition {
    final DesignationRules rules = rules("ed7-2020");
    final LocalDate day0 = LocalDate.of(2021, 1, 10);
    final DateWindow window = DateWindow.ofDays(day0, 40);

    @Test
    @DisplayName("a village's case makes its township medium; low again after 14 clean days (day 15)")
    void mediumThenLow() {
      RiskTimeline t = RiskTimelines.timeline(rules, TOWNSHIP, window, List.of(cases(COMPOUND, day0, 3)),
          List.of());
      assertThat(t.levelOn(day0)).isEqualTo(MEDIUM);
      assertThat(t.levelOn(day0.plusDays(14))).isEqualTo(MEDIUM);
      assertThat(t.levelOn(day0.plusDays(15))).isEqualTo(LOW);
      assertThat(t.transitions().get(0).reasons().get(0).code()).isEqualTo("risk.timeline.upgrade_medium");
    }

    @Test
    @DisplayName("51 cumulative cases with a cluster of 5 in 14 days: high, and straight to low after 14 clean days")
    void highWithCluster() {
      LocalDate day3 = day0.plusDays(3);
      List<CaseReport> reports = List.of(
          cases(COMPOUND, day0, 40),
          new CaseReport.Builder().id("k1").area(COMPOUND).date(day0.plusDays(1)).localConfirmed(3)
              .localAsymptomatic(0).clusterId("wedding").build(),
          new CaseReport.Builder().id("k2").area(COMPOUND).date(day3).localConfirmed(8).localAsymptomatic(0)
              .clusterId("wedding").build());
      RiskTimeline t = RiskTimelines.timeline(rules, TOWNSHIP, window, reports, List.of());
      assertThat(t.levelOn(day0.plusDays(2))).as("cumulative 43, no cluster yet").isEqualTo(MEDIUM);
      assertThat(t.levelOn(day3)).as("cumulative 51 > 50, cluster of 11").isEqualTo(HIGH);
      assertThat(t.levelOn(day3.plusDays(14))).isEqualTo(HIGH);
      assertThat(t.levelOn(day3.plusDays(15))).as("0 further days: no medium stay").isEqualTo(LOW);
      assertThat(t.transitions()).extracting(LevelTransition::toLevel).containsExactly(MEDIUM, HIGH, LOW);
      assertThat(t.transitions().get(1).reasons().get(0).code()).isEqualTo("risk.timeline.upgrade_high");
    }

    @Test
    @DisplayName("exactly 50 cumulative cases is not above the threshold: medium")
    void thresholdBoundary() {
      RiskTimeline t = RiskTimelines.timeline(rules, TOWNSHIP, window, List.of(
          new CaseReport.Builder().id("x").area(COMPOUND).date(day0).localConfirmed(50).localAsymptomatic(0)
              .clusterId("factory").build()), List.of());
      assertThat(t.levelOn(day0)).isEqualTo(MEDIUM);
    }

    @Test
    @DisplayName("a cluster identified 14 days back no longer counts; 13 days back still does")
    void clusterWindowBoundary() {
      List<CaseReport> base = List.of(new CaseReport.Builder().id("c").area(COMPOUND).date(day0)
          .localConfirmed(5).localAsymptomatic(0).clusterId("market").build());
      List<CaseReport> inWindow = new ArrayList<>(base);
      inWindow.add(cases(COMPOUND, day0.plusDays(13), 46));
      List<CaseReport> outside = new ArrayList<>(base);
      outside.add(cases(COMPOUND, day0.plusDays(14), 46));
      assertThat(RiskTimelines.timeline(rules, TOWNSHIP, window, inWindow, List.of()).levelOn(day0.plusDays(13)))
          .isEqualTo(HIGH);
      assertThat(RiskTimelines.timeline(rules, TOWNSHIP, window, outside, List.of()).levelOn(day0.plusDays(14)))
          .isEqualTo(MEDIUM);
    }
  }

  @Nested
  @DisplayName("Other presets")
  class Presets {
    @Test
    @DisplayName("2020-county: a village's confirmed case makes its county medium; asymptomatic infections do not count")
    void county2020() {
      DesignationRules rules = rules("2020-county");
      LocalDate day0 = LocalDate.of(2020, 3, 1);
      DateWindow window = DateWindow.ofDays(day0, 30);
      TimelineBatch batch = RiskTimelines.timelines(rules, window, List.of(
          CaseReport.of("a", COMPOUND, day0, 0, 4), CaseReport.of("b", COMPOUND, day0.plusDays(2), 1, 0)),
          List.of());
      RiskTimeline county = batch.timelineOf(COUNTY).orElseThrow();
      assertThat(county.levelOn(day0)).isEqualTo(LOW);
      assertThat(county.levelOn(day0.plusDays(2))).isEqualTo(MEDIUM);
      assertThat(county.levelOn(day0.plusDays(16))).isEqualTo(MEDIUM);
      assertThat(county.levelOn(day0.plusDays(17))).isEqualTo(LOW);
    }

    @Test
    @DisplayName("opt20-2022: two tiers; a building with an infection is high, low after 5 clean days")
    void twoTiers() {
      DesignationRules rules = rules("opt20-2022");
      LocalDate day0 = LocalDate.of(2022, 11, 20);
      RiskTimeline t = RiskTimelines.timeline(rules, BUILDING, DateWindow.ofDays(day0, 10),
          List.of(cases(BUILDING, day0, 1)), List.of());
      assertThat(levels(t)).containsExactly(HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, LOW, LOW, LOW, LOW);
      assertThat(t.transitions().get(1).reasons().get(0).policyValues())
          .containsEntry("risk.highToMediumCleanDays", "5").containsEntry("risk.steppedDownMediumToLowDays", "0");
    }
  }

  @Nested
  @DisplayName("Official designations override and the deviations are findings")
  class Officials {
    final DesignationRules rules = rules("ed9-2022");
    final LocalDate day0 = LocalDate.of(2022, 8, 1);
    final DateWindow window = DateWindow.ofDays(day0, 20);

    @Test
    @DisplayName("high straight to low on day 3 is followed, and reported: the policy allows low from day 11")
    void highStraightToLowEarly() {
      RiskTimeline t = screenedDaily(rules, COMPOUND, window, List.of(cases(COMPOUND, day0, 1)),
          List.of(OfficialDesignation.of(COMPOUND, day0.plusDays(3), LOW, "通告第7号")));
      assertThat(levels(t).subList(0, 5)).containsExactly(HIGH, HIGH, HIGH, LOW, LOW);
      assertThat(t.transitions().get(1).cause()).isEqualTo(TransitionCause.OFFICIAL);
      assertThat(t.findings()).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo("risk.timeline.official_high_to_low_early");
        assertThat(f.reason().facts()).containsEntry("earliest", day0.plusDays(11).toString())
            .containsEntry("daysEarly", "8").containsEntry("cleanDays", "2");
        assertThat(f.text(Messages.ZH)).contains("跳过了中风险阶段");
      });
    }

    @Test
    @DisplayName("an official step down to medium a day early is reported; one on day 8 is not")
    void downgradeBoundary() {
      RiskTimeline early = screenedDaily(rules, COMPOUND, window, List.of(cases(COMPOUND, day0, 1)),
          List.of(OfficialDesignation.of(COMPOUND, day0, HIGH),
              OfficialDesignation.of(COMPOUND, day0.plusDays(7), MEDIUM)));
      assertThat(early.findings()).extracting(DesignationFinding::code)
          .containsExactly("risk.timeline.official_downgrade_early");
      RiskTimeline onTime = screenedDaily(rules, COMPOUND, window, List.of(cases(COMPOUND, day0, 1)),
          List.of(OfficialDesignation.of(COMPOUND, day0, HIGH),
              OfficialDesignation.of(COMPOUND, day0.plusDays(8), MEDIUM)));
      assertThat(onTime.findings()).isEmpty();
      assertThat(onTime.levelOn(day0.plusDays(11))).isEqualTo(LOW);
    }

    @Test
    @DisplayName("an official upgrade two days after the case is reported as late")
    void lateUpgrade() {
      RiskTimeline t = screenedDaily(rules, COMPOUND, window, List.of(cases(COMPOUND, day0, 1)),
          List.of(OfficialDesignation.of(COMPOUND, day0.plusDays(2), HIGH)));
      assertThat(t.findings()).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo("risk.timeline.official_upgrade_late");
        assertThat(f.reason().facts()).containsEntry("daysLate", "2");
      });
      assertThat(t.transitions()).hasSize(3);
    }

    @Test
    @DisplayName("an official medium the policy does not use is followed and reported (opt20-2022 has two tiers)")
    void notInTiers() {
      DesignationRules opt20 = rules("opt20-2022");
      LocalDate d = LocalDate.of(2022, 12, 1);
      RiskTimeline t = RiskTimelines.timeline(opt20, BUILDING, DateWindow.ofDays(d, 10), List.of(),
          List.of(OfficialDesignation.of(BUILDING, d, MEDIUM)));
      assertThat(t.levelOn(d)).isEqualTo(MEDIUM);
      assertThat(t.findings()).extracting(DesignationFinding::code)
          .containsExactly("risk.timeline.official_not_in_tiers", "risk.timeline.official_above_policy");
    }

    @Test
    @DisplayName("an official low on the day of a case is below the facts")
    void belowFacts() {
      RiskTimeline t = screenedDaily(rules, COMPOUND, window, List.of(cases(COMPOUND, day0, 1)),
          List.of(OfficialDesignation.of(COMPOUND, day0, LOW)));
      assertThat(t.levelOn(day0)).isEqualTo(LOW);
      assertThat(t.findings()).extracting(DesignationFinding::code)
          .containsExactly("risk.timeline.official_below_facts");
    }

    @Test
    @DisplayName("the same level re-published daily leaves the countdown running")
    void republished() {
      List<OfficialDesignation> daily = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        daily.add(OfficialDesignation.of(COMPOUND, day0.plusDays(i), HIGH));
      }
      RiskTimeline t = screenedDaily(rules, COMPOUND, window, List.of(cases(COMPOUND, day0, 1)), daily);
      assertThat(t.levelOn(day0.plusDays(8))).isEqualTo(MEDIUM);
      assertThat(t.findings()).isEmpty();
    }

    @Test
    @DisplayName("two levels published for one day: the more severe holds, and the conflict is a finding")
    void conflict() {
      RiskTimeline t = screenedDaily(rules, COMPOUND, window, List.of(), List.of(
          OfficialDesignation.of(COMPOUND, day0, MEDIUM), OfficialDesignation.of(COMPOUND, day0, HIGH)));
      assertThat(t.levelOn(day0)).isEqualTo(HIGH);
      assertThat(t.findings()).extracting(DesignationFinding::code).contains(
          "risk.designation.conflicting_designations");
    }
  }

  @Test
  @DisplayName("the same report sent twice counts once; two versions of one id keep the larger and say so")
  void duplicates() {
    DesignationRules rules = rules("ed7-2020");
    LocalDate day0 = LocalDate.of(2021, 2, 1);
    CaseReport r = CaseReport.of("same", COMPOUND, day0, 30, 0);
    CaseReport bigger = CaseReport.of("same", COMPOUND, day0, 31, 0);
    DateWindow w = DateWindow.ofDays(day0, 3);
    RiskTimeline once = RiskTimelines.timeline(rules, TOWNSHIP, w, List.of(r, r), List.of());
    assertThat(once.endState().cumulativeCases()).isEqualTo(30);
    assertThat(once.findings()).isEmpty();
    RiskTimeline twice = RiskTimelines.timeline(rules, TOWNSHIP, w, List.of(r, bigger), List.of());
    assertThat(twice.endState().cumulativeCases()).isEqualTo(31);
    assertThat(twice.findings()).extracting(DesignationFinding::code)
        .containsExactly("risk.designation.duplicate_report");
  }

  @Test
  @DisplayName("a batch rejects events outside the window or too coarse, keeps the rest, and the counts add up")
  void batchRejects() {
    DesignationRules rules = rules("ed9-2022");
    LocalDate day0 = LocalDate.of(2022, 7, 1);
    DateWindow window = DateWindow.ofDays(day0, 5);
    TimelineBatch batch = RiskTimelines.timelines(rules, window, List.of(cases(COMPOUND, day0, 1),
        cases(COMPOUND, day0.plusDays(5), 1), cases(TOWNSHIP, day0, 1)),
        List.of(OfficialDesignation.of(BUILDING, day0.minusDays(1), HIGH)));
    assertThat(batch.inputCount()).isEqualTo(4);
    assertThat(batch.acceptedCount()).isEqualTo(1);
    assertThat(batch.rejected()).extracting(rj -> rj.position() + " " + rj.violations().get(0).field() + " "
        + rj.violations().get(0).code()).containsExactly(
        "1 reports[1].date risk.timeline.outside_window",
        "2 reports[2].area risk.designation.unit_too_coarse",
        "3 designations[0].effectiveDate risk.timeline.outside_window");
    assertThat(batch.timelines()).extracting(RiskTimeline::area).containsExactly(COMPOUND);
  }

  @Test
  @DisplayName("folding day by day gives the batch's timeline; a day already folded is refused")
  void foldExample() {
    DesignationRules rules = rules("ed9-2022");
    LocalDate day0 = LocalDate.of(2022, 7, 1);
    TimelineState s = TimelineState.initial(rules, COMPOUND, day0);
    Advance a = RiskTimelines.advance(rules, s, org.communityprevention.risk.designation.DayFacts.merge(COMPOUND,
        day0.plusDays(2), List.of(cases(COMPOUND, day0.plusDays(2), 1)), List.of()));
    assertThat(a.state().level()).isEqualTo(HIGH);
    assertThat(a.transitions()).hasSize(1);
    // Clean days 3–9; the 9th edition's step down also needs the screening round on the 7th, day 9.
    Advance screened = RiskTimelines.advance(rules, a.state(), org.communityprevention.risk.designation.DayFacts
        .empty(COMPOUND, day0.plusDays(9)).withScreeningRound(true));
    assertThat(screened.transitions()).isEmpty();
    assertThat(screened.state().stageScreened()).isTrue();
    Advance b = RiskTimelines.advanceTo(rules, screened.state(), day0.plusDays(20));
    assertThat(b.transitions()).extracting(LevelTransition::toLevel).containsExactly(MEDIUM, LOW);
    assertThat(b.state().level()).isEqualTo(LOW);
    assertThatThrownBy(() -> RiskTimelines.advance(rules, b.state(),
        org.communityprevention.risk.designation.DayFacts.empty(COMPOUND, day0.plusDays(20))))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo(RiskTimelines.DAY_FOLDED));
  }
}
