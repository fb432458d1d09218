package org.communityprevention.risk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.area.RiskLevel.HIGH;
import static org.communityprevention.core.area.RiskLevel.LOW;
import static org.communityprevention.core.area.RiskLevel.MEDIUM;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.SourceMark;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DayFacts;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.communityprevention.risk.designation.ScreeningRound;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§1.4 9th edition: a step down also needs a round of NAT screening on the 7th clean day, all negative")
class ScreeningRoundTest {
  static final DesignationRules ED9 = DesignationRules.of(NationalBaselines.byId("ed9-2022"));
  static final AreaId COMPOUND = AreaId.of(DivisionCode.parse("440983102001"));
  static final LocalDate D0 = LocalDate.of(2022, 7, 1);
  static final DateWindow WINDOW = DateWindow.ofDays(D0, 20);
  static final List<CaseReport> ONE_CASE = List.of(CaseReport.of("r1", COMPOUND, D0, 1, 0));

  static RiskTimeline timeline(List<OfficialDesignation> designations, ScreeningRound... rounds) {
    return RiskTimelines.timeline(ED9, COMPOUND, WINDOW, designations.isEmpty() ? ONE_CASE : List.of(), designations,
        List.of(rounds));
  }

  @Test
  @DisplayName("ed9-2022 requires the round (S2, citing the texts that carry it); no other baseline does")
  void baselines() {
    for (Policy p : NationalBaselines.catalog().policies()) {
      assertThat(p.risk().downgradeRequiresScreening()).as(p.id()).isEqualTo(p.id().equals("ed9-2022"));
    }
    var source = NationalBaselines.byId("ed9-2022").provenance().get("risk.downgradeRequiresScreening");
    assertThat(source.mark()).isEqualTo(SourceMark.S2);
    assertThat(source.source()).contains("jxyuer.com/baike/techan/427867.html", "ccschy.com/news/104452.html");
  }

  @Test
  @DisplayName("§1.4 without the round a high compound stays high after its 7 clean days, and says why on day 8")
  void waitsWithoutRound() {
    RiskTimeline t = timeline(List.of());
    assertThat(t.dailyLevels().levels()).containsOnly(HIGH);
    assertThat(t.transitions()).hasSize(1);
    assertThat(t.findings()).singleElement().satisfies(f -> {
      assertThat(f.date()).isEqualTo(D0.plusDays(8));
      assertThat(f.code()).isEqualTo(TimelineExplainer.AWAITS_SCREENING);
      assertThat(f.reason().clauses()).containsExactly(Clause.S1_4);
      assertThat(f.reason().facts()).containsEntry("cleanDays", "7").containsEntry("period", "7")
          .containsEntry("from", "HIGH").containsEntry("to", "MEDIUM");
      assertThat(f.reason().policyValues()).containsEntry("risk.downgradeRequiresScreening", "true");
      assertThat(f.text(Messages.ZH)).isEqualTo("2022-07-09高风险区域已连续7天无新增（本阶段需7天），但最后一天及之后尚无风险区域内"
          + "所有人员完成一轮核酸筛查且均为阴性的记录：暂不降为中风险，待筛查完成后再降级");
      assertThat(f.text(Messages.EN)).contains("the step to medium risk waits");
    });
  }

  @Test
  @DisplayName("§1.4 a round on the 7th clean day: medium from day 8; the 3-day stepped-down stay needs none, low from day 11")
  void roundOnDaySeven() {
    RiskTimeline t = timeline(List.of(), ScreeningRound.negative(COMPOUND, D0.plusDays(7)));
    assertThat(t.levelOn(D0.plusDays(7))).isEqualTo(HIGH);
    assertThat(t.levelOn(D0.plusDays(8))).isEqualTo(MEDIUM);
    assertThat(t.levelOn(D0.plusDays(10))).isEqualTo(MEDIUM);
    assertThat(t.levelOn(D0.plusDays(11))).isEqualTo(LOW);
    assertThat(t.findings()).isEmpty();
    assertThat(t.transitions().get(1).reasons().get(0).policyValues())
        .containsEntry("risk.downgradeRequiresScreening", "true");
    assertThat(t.transitions().get(2).reasons().get(0).policyValues())
        .doesNotContainKey("risk.downgradeRequiresScreening");
  }

  @Test
  @DisplayName("§1.4 a round before the 7th clean day does not count; a later one lets the step follow the next day")
  void earlyThenLateRound() {
    RiskTimeline t = timeline(List.of(), ScreeningRound.negative(COMPOUND, D0.plusDays(6)),
        ScreeningRound.negative(COMPOUND, D0.plusDays(10)));
    assertThat(t.levelOn(D0.plusDays(10))).isEqualTo(HIGH);
    assertThat(t.levelOn(D0.plusDays(11))).isEqualTo(MEDIUM);
    assertThat(t.levelOn(D0.plusDays(14))).isEqualTo(LOW);
    assertThat(t.findings()).extracting(DesignationFinding::code).containsExactly(TimelineExplainer.AWAITS_SCREENING);
  }

  @Test
  @DisplayName("§1.4 an incomplete round or one with a positive result counts as none")
  void roundsThatDoNotQualify() {
    RiskTimeline t = timeline(List.of(), ScreeningRound.of(COMPOUND, D0.plusDays(7), false, true),
        ScreeningRound.of(COMPOUND, D0.plusDays(8), true, false));
    assertThat(t.levelOn(D0.plusDays(19))).isEqualTo(HIGH);
    assertThat(ScreeningRound.of(COMPOUND, D0, true, false).qualifies()).isFalse();
  }

  @Test
  @DisplayName("§1.4 a designated medium area needs the round on its 7th clean day too")
  void designatedMedium() {
    List<OfficialDesignation> medium = List.of(OfficialDesignation.of(COMPOUND, D0, MEDIUM));
    // The day of the designation has no case, so it is the first clean day; the 7th is day 6.
    assertThat(timeline(medium).levelOn(D0.plusDays(19))).isEqualTo(MEDIUM);
    RiskTimeline screened = timeline(medium, ScreeningRound.negative(COMPOUND, D0.plusDays(6)));
    assertThat(screened.levelOn(D0.plusDays(6))).isEqualTo(MEDIUM);
    assertThat(screened.levelOn(D0.plusDays(7))).isEqualTo(LOW);
  }

  @Test
  @DisplayName("§1.4 an official step down after the clean days but without the round is followed and reported")
  void officialWithoutRound() {
    RiskTimeline t = RiskTimelines.timeline(ED9, COMPOUND, WINDOW, ONE_CASE,
        List.of(OfficialDesignation.of(COMPOUND, D0.plusDays(8), MEDIUM)), List.of());
    assertThat(t.levelOn(D0.plusDays(8))).isEqualTo(MEDIUM);
    assertThat(t.findings()).extracting(DesignationFinding::code)
        .containsExactly(TimelineExplainer.AWAITS_SCREENING, TimelineExplainer.DOWNGRADE_UNSCREENED);
    assertThat(t.findings().get(1).text(Messages.ZH)).isEqualTo("官方于2022-07-09由高风险降为中风险，此前连续无新增7天，"
        + "但未完成政策要求的风险区域内所有人员一轮核酸筛查且均为阴性");
  }

  @Test
  @DisplayName("under ed7-2020 the clean days alone decide: no round needed")
  void ed7NeedsNone() {
    DesignationRules ed7 = DesignationRules.of(NationalBaselines.byId("ed7-2020"));
    AreaId township = AreaId.of(DivisionCode.parse("440983102000"));
    DateWindow w = DateWindow.ofDays(LocalDate.of(2021, 2, 1), 20);
    RiskTimeline t = RiskTimelines.timeline(ed7, township, w,
        List.of(CaseReport.of("r", township, w.start(), 1, 0)), List.of(), List.of());
    assertThat(t.levelOn(w.start().plusDays(15))).isEqualTo(LOW);
  }

  @Test
  @DisplayName("a round of another area or outside the window is refused, naming the field")
  void roundsThatDoNotBelong() {
    AreaId other = AreaId.of(DivisionCode.parse("440983102002"));
    assertThatThrownBy(() -> RiskTimelines.timeline(ED9, COMPOUND, WINDOW, ONE_CASE, List.of(),
        List.of(ScreeningRound.negative(other, D0), ScreeningRound.negative(COMPOUND, D0.plusDays(30)))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + " " + v.code()).containsExactly(
                "screenings[0].area risk.designation.event_other_area",
                "screenings[1].date risk.timeline.outside_window"));
    assertThatThrownBy(() -> DayFacts.merge(COMPOUND, D0, List.of(), List.of(),
        List.of(ScreeningRound.negative(COMPOUND, D0.plusDays(1)))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field()).containsExactly("screenings[0].date"));
  }

  @Test
  @DisplayName("a day's facts hold the round; the fold gives the batch's timeline")
  void foldWithRound() {
    DayFacts screened = DayFacts.merge(COMPOUND, D0.plusDays(7), List.of(), List.of(),
        List.of(ScreeningRound.of(COMPOUND, D0.plusDays(7), false, true), ScreeningRound.negative(COMPOUND,
            D0.plusDays(7))));
    assertThat(screened.screeningRound()).isTrue();
    assertThat(screened.isEmpty()).isFalse();
    TimelineState s = TimelineState.initial(ED9, COMPOUND, D0);
    Advance a = RiskTimelines.advance(ED9, s, DayFacts.merge(COMPOUND, D0, ONE_CASE, List.of()));
    Advance b = RiskTimelines.advance(ED9, a.state(), screened);
    Advance c = RiskTimelines.advanceTo(ED9, b.state(), WINDOW.endExclusive().minusDays(1));
    RiskTimeline batch = timeline(List.of(), ScreeningRound.negative(COMPOUND, D0.plusDays(7)));
    assertThat(c.state()).isEqualTo(batch.endState());
    assertThat(c.transitions()).isEqualTo(batch.transitions().subList(1, 3));
  }

  @Test
  @DisplayName("rounds, day facts and states round-trip through JSON; a state stored without the new fields reads")
  void json() {
    ScreeningRound r = ScreeningRound.of(COMPOUND, D0, true, false);
    assertThat(Json.read(Json.write(r), ScreeningRound.class)).isEqualTo(r);
    assertThat(Json.write(r)).contains("\"complete\":true").contains("\"allNegative\":false");
    DayFacts f = DayFacts.empty(COMPOUND, D0).withScreeningRound(true);
    assertThat(Json.read(Json.write(f), DayFacts.class)).isEqualTo(f);
    RiskTimeline waiting = timeline(List.of(), ScreeningRound.negative(COMPOUND, D0.plusDays(19)));
    TimelineState state = waiting.endState();
    assertThat(state.stageScreened()).isTrue();
    assertThat(Json.read(Json.write(state), TimelineState.class)).isEqualTo(state);
    String old = Json.write(state).replace(",\"stageScreened\":true", "").replace(",\"steppedDownStay\":false", "");
    assertThat(old).doesNotContain("stageScreened");
    assertThat(Json.read(old, TimelineState.class).stageScreened()).isFalse();
    assertThat(Json.read(Json.write(waiting), RiskTimeline.class)).isEqualTo(waiting);
    assertThat(Collections.frequency(List.of(Json.write(f).split("screeningRound")), "")).isZero();
  }
}
