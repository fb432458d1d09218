package org.communityprevention.risk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.area.RiskLevel.HIGH;
import static org.communityprevention.core.area.RiskLevel.LOW;
import static org.communityprevention.core.area.RiskLevel.MEDIUM;
import static org.communityprevention.core.testing.Violations.violations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DayFacts;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("§1.4 timeline inputs: events that do not belong, states of another policy, inconsistent stored values")
class TimelineInputTest {
  static final DesignationRules ED9 = DesignationRules.of(NationalBaselines.byId("ed9-2022"));
  static final DesignationRules ED7 = DesignationRules.of(NationalBaselines.byId("ed7-2020"));
  static final DivisionCode VILLAGE = DivisionCode.parse("440983102001");
  static final AreaId COMPOUND = AreaId.of(VILLAGE);
  static final AreaId OTHER = AreaId.of(DivisionCode.parse("440983102201"));
  static final LocalDate D0 = LocalDate.of(2021, 3, 1);
  static final DateWindow WINDOW = DateWindow.ofDays(D0, 20);


  static CaseReport report(String id, AreaId area, int day) {
    return CaseReport.of(id, area, D0.plusDays(day), 1, 0);
  }

  /** One case on day 0 under ed9: high on days 0–7, medium 8–10, low from 11. */
  static RiskTimeline oneCase() {
    // The 9th edition's downgrades need the day-7 screening round: the compound is screened on day 7.
    return RiskTimelines.timeline(ED9, COMPOUND, WINDOW, List.of(report("r", COMPOUND, 0)), List.of(),
        List.of(org.communityprevention.risk.designation.ScreeningRound.negative(COMPOUND, D0.plusDays(7))));
  }

  @Nested
  @DisplayName("folding")
  class Folding {
    final TimelineState start = TimelineState.initial(ED9, COMPOUND, D0);

    @Test
    @DisplayName("facts of another area or of the state's own day are refused; so is a state of another policy")
    void advance() {
      DayFacts other = DayFacts.merge(OTHER, D0, List.of(report("r", OTHER, 0)), List.of());
      assertThat(violations(() -> RiskTimelines.advance(ED9, start, other)))
          .containsExactly("facts.area " + RiskTimelines.OTHER_STATE);
      DayFacts sameDay = DayFacts.empty(COMPOUND, start.day());
      assertThat(violations(() -> RiskTimelines.advance(ED9, start, sameDay)))
          .containsExactly("facts.date " + RiskTimelines.DAY_FOLDED);
      DayFacts next = DayFacts.empty(COMPOUND, D0);
      assertThat(violations(() -> RiskTimelines.advance(ED7, start, next)))
          .containsExactly("state.policy " + RiskTimelines.OTHER_STATE);
      assertThat(RiskTimelines.advance(ED9, start, next).state().day()).isEqualTo(D0);
    }

    @Test
    @DisplayName("advancing to the state's own day changes nothing; to the day before is refused")
    void advanceTo() {
      Advance same = RiskTimelines.advanceTo(ED9, start, start.day());
      assertThat(same.state()).isEqualTo(start);
      assertThat(same.transitions()).isEmpty();
      assertThat(violations(() -> RiskTimelines.advanceTo(ED9, start, start.day().minusDays(1))))
          .containsExactly("through " + RiskTimelines.DAY_FOLDED);
      assertThat(violations(() -> RiskTimelines.advanceTo(ED7, start, D0)))
          .containsExactly("state.policy " + RiskTimelines.OTHER_STATE);
      assertThat(violations(() -> RiskTimelines.timeline(ED7, start, D0.plusDays(3), List.of(), List.of())))
          .containsExactly("state.policy " + RiskTimelines.OTHER_STATE);
    }
  }

  @Nested
  @DisplayName("events of a timeline")
  class Events {
    @Test
    @DisplayName("every event outside the window or of another area is listed by index, by both paths")
    void notBelonging() {
      List<CaseReport> reports = List.of(report("a", COMPOUND, 0), report("b", COMPOUND, -1),
          report("c", COMPOUND, 20), report("d", OTHER, 3), report("e", AreaId.of(VILLAGE, "A栋"), 19),
          CaseReport.of("f", AreaId.of(DivisionCode.parse("440983102000")), D0, 1, 0));
      List<OfficialDesignation> designations = List.of(OfficialDesignation.of(COMPOUND, D0.plusDays(19), HIGH),
          OfficialDesignation.of(COMPOUND, D0.plusDays(20), HIGH), OfficialDesignation.of(OTHER, D0, HIGH));
      List<String> expected = List.of("reports[1].date " + RiskTimelines.OUTSIDE_WINDOW,
          "reports[2].date " + RiskTimelines.OUTSIDE_WINDOW, "reports[3].area " + DayFacts.OTHER_AREA,
          "reports[4].area " + DayFacts.OTHER_AREA, "reports[5].area " + DesignationRules.UNIT_TOO_COARSE,
          "designations[1].effectiveDate " + RiskTimelines.OUTSIDE_WINDOW,
          "designations[2].area " + DayFacts.OTHER_AREA);
      assertThat(violations(() -> RiskTimelines.timeline(ED9, COMPOUND, WINDOW, reports, designations)))
          .isEqualTo(expected);
      assertThat(violations(() -> RiskTimelines.levels(ED9, COMPOUND, WINDOW, reports, designations)))
          .isEqualTo(expected);
    }

    @Test
    @DisplayName("a batch numbers rejected designations after the reports, in input order")
    void batchPositions() {
      TimelineBatch b = RiskTimelines.timelines(ED9, WINDOW, List.of(report("a", COMPOUND, 0),
          report("b", COMPOUND, 25), report("c", OTHER, 1)), List.of(OfficialDesignation.of(OTHER, D0, MEDIUM),
          OfficialDesignation.of(COMPOUND, D0.minusDays(1), HIGH)));
      assertThat(b.rejected()).extracting(Rejected::position).containsExactly(1L, 4L);
      assertThat(b.rejected().get(1).violations().get(0).field()).isEqualTo("designations[1].effectiveDate");
      assertThat(b.acceptedCount()).isEqualTo(3);
      assertThat(b.timelines()).extracting(RiskTimeline::area).containsExactly(COMPOUND, OTHER);
      assertThat(b.timelineOf(AreaId.of(VILLAGE, "A栋"))).isEmpty();
      assertThat(b.timelineOf(OTHER).orElseThrow().levelOn(D0)).isEqualTo(MEDIUM);
    }

    @Test
    @DisplayName("events given out of date order give the timeline of the sorted events")
    void unsorted() {
      List<CaseReport> sorted = List.of(report("a", COMPOUND, 0), report("b", COMPOUND, 9),
          report("c", COMPOUND, 12));
      List<CaseReport> reversed = List.of(sorted.get(2), sorted.get(1), sorted.get(0));
      List<OfficialDesignation> ds = List.of(OfficialDesignation.of(COMPOUND, D0.plusDays(3), LOW),
          OfficialDesignation.of(COMPOUND, D0.plusDays(5), HIGH));
      List<OfficialDesignation> dsReversed = List.of(ds.get(1), ds.get(0));
      RiskTimeline a = RiskTimelines.timeline(ED9, COMPOUND, WINDOW, sorted, ds);
      assertThat(RiskTimelines.timeline(ED9, COMPOUND, WINDOW, reversed, dsReversed)).isEqualTo(a);
      assertThat(RiskTimelines.levels(ED9, COMPOUND, WINDOW, reversed, dsReversed)).isEqualTo(a.dailyLevels());
    }
  }

  @Nested
  @DisplayName("stored values")
  class Stored {
    @Test
    @DisplayName("a timeline whose changes do not chain, leave the window, go back or end elsewhere is refused")
    void inconsistentTimelines() {
      RiskTimeline t = oneCase();
      assertThat(t.transitions()).extracting(LevelTransition::toLevel).containsExactly(HIGH, MEDIUM, LOW);
      LevelTransition first = t.transitions().get(0);
      LevelTransition second = t.transitions().get(1);
      LevelTransition third = t.transitions().get(2);
      assertThat(violations(() -> new RiskTimeline.Builder().from(t).initialLevel(MEDIUM).build()))
          .containsExactly("transitions[0] " + RiskTimeline.INCONSISTENT);
      assertThat(violations(() -> new RiskTimeline.Builder().from(t).transitions(List.of(first,
          new LevelTransition.Builder().from(second).effectiveDate(D0.plusDays(20)).build(), third)).build()))
          .containsExactly("transitions[1] " + RiskTimeline.INCONSISTENT);
      assertThat(violations(() -> new RiskTimeline.Builder().from(t).transitions(List.of(first,
          new LevelTransition.Builder().from(second).effectiveDate(D0).build(), third)).build()))
          .containsExactly("transitions[1] " + RiskTimeline.INCONSISTENT);
      assertThat(violations(() -> new RiskTimeline.Builder().from(t).transitions(List.of(first,
          new LevelTransition.Builder().from(second).area(OTHER).build(), third)).build()))
          .containsExactly("transitions[1] " + RiskTimeline.INCONSISTENT);
      assertThat(violations(() -> new RiskTimeline.Builder().from(t).transitions(List.of(first, second)).build()))
          .containsExactly("endState " + RiskTimeline.INCONSISTENT);
      assertThat(violations(() -> new RiskTimeline.Builder().from(t).endState(new TimelineState.Builder()
          .from(t.endState()).area(OTHER).build()).build())).containsExactly("endState " + RiskTimeline.INCONSISTENT);
    }

    @Test
    @DisplayName("a timeline reads its level on each day of its window and refuses days outside it")
    void readLevels() {
      RiskTimeline t = oneCase();
      assertThat(t.levelOn(D0)).isEqualTo(HIGH);
      assertThat(t.levelOn(D0.plusDays(7))).isEqualTo(HIGH);
      assertThat(t.levelOn(D0.plusDays(8))).isEqualTo(MEDIUM);
      assertThat(t.levelOn(D0.plusDays(11))).isEqualTo(LOW);
      assertThat(t.levelOn(D0.plusDays(19))).isEqualTo(LOW);
      assertThat(t.finalLevel()).isEqualTo(LOW);
      assertThat(violations(() -> t.levelOn(D0.plusDays(20)))).containsExactly("date " + LevelSeries.OUTSIDE);
      assertThat(violations(() -> t.levelOn(D0.minusDays(1)))).containsExactly("date " + LevelSeries.OUTSIDE);
      assertThat(t.transitions()).extracting(LevelTransition::isUpgrade).containsExactly(true, false, false);
    }

    @Test
    @DisplayName("a state with any negative count is refused under its field")
    void negativeStates() {
      TimelineState s = TimelineState.initial(ED9, COMPOUND, D0);
      assertThat(violations(() -> new TimelineState.Builder().from(s).stageCleanDays(-1).build()))
          .containsExactly("stageCleanDays " + TimelineState.NEGATIVE);
      assertThat(violations(() -> new TimelineState.Builder().from(s).stagePeriod(-1).build()))
          .containsExactly("stagePeriod " + TimelineState.NEGATIVE);
      assertThat(violations(() -> new TimelineState.Builder().from(s).cleanStreak(-1).build()))
          .containsExactly("cleanStreak " + TimelineState.NEGATIVE);
      assertThat(violations(() -> new TimelineState.Builder().from(s).cumulativeCases(-1).build()))
          .containsExactly("cumulativeCases " + TimelineState.NEGATIVE);
      assertThat(violations(() -> ClusterLink.of("k", D0, 0))).containsExactly("cases " + ClusterLink.NO_CASES);
      assertThat(ClusterLink.of("k", D0, 1).cases()).isEqualTo(1);
    }

    @Test
    @DisplayName("a transition must change the level and give a reason")
    void transitions() {
      LevelTransition.Builder b = new LevelTransition.Builder().area(COMPOUND).effectiveDate(D0).fromLevel(LOW)
          .toLevel(LOW).cause(TransitionCause.FACTS).addReasons(Reason.of("risk.timeline.x", Clause.S1_4).build());
      assertThat(violations(b::build)).containsExactly("to " + LevelTransition.NO_CHANGE);
      assertThat(violations(() -> new LevelTransition.Builder().area(COMPOUND).effectiveDate(D0).fromLevel(LOW)
          .toLevel(HIGH).cause(TransitionCause.FACTS).build())).containsExactly("reasons " + LevelTransition.NO_REASON);
    }

    @Test
    @DisplayName("a batch whose counts do not add up is refused when read")
    void batchCounts() {
      TimelineBatch b = RiskTimelines.timelines(ED9, WINDOW, List.of(report("a", COMPOUND, 0),
          report("b", COMPOUND, 25)), List.of());
      String json = Json.write(b);
      assertThat(Json.read(json, TimelineBatch.class)).isEqualTo(b);
      assertThat(violations(() -> Json.read(json.replace("\"acceptedCount\":1", "\"acceptedCount\":2"),
          TimelineBatch.class))).singleElement().asString().endsWith(TimelineBatch.COUNTS);
      assertThat(violations(() -> Json.read(json.replace("\"acceptedCount\":1", "\"acceptedCount\":-1")
          .replace("\"inputCount\":2", "\"inputCount\":0"), TimelineBatch.class))).singleElement().asString()
          .endsWith(TimelineBatch.COUNTS);
    }
  }

  @Nested
  @DisplayName("level series")
  class Series {
    final LevelSeries s = LevelSeries.of(D0, List.of(LOW, MEDIUM, HIGH));

    @Test
    @DisplayName("a missing start, list or level is refused under its field")
    void missing() {
      assertThat(violations(() -> LevelSeries.of(null, List.of(LOW)))).containsExactly("start core.json.missing_field");
      assertThat(violations(() -> LevelSeries.of(D0, null))).containsExactly("levels core.json.missing_field");
      assertThat(violations(() -> LevelSeries.of(D0, Arrays.asList(LOW, null))))
          .containsExactly("levels[1] core.json.missing_field");
      assertThat(violations(() -> Json.read("{\"start\":\"2021-03-01\",\"levels\":[\"LOW\",null]}",
          LevelSeries.class))).singleElement().asString().startsWith("levels[1] ");
    }

    @Test
    @DisplayName("a series covers its days from the first to the last, and reads each")
    void coverage() {
      assertThat(s.covers(D0.minusDays(1))).isFalse();
      assertThat(s.covers(D0)).isTrue();
      assertThat(s.covers(D0.plusDays(2))).isTrue();
      assertThat(s.covers(D0.plusDays(3))).isFalse();
      assertThat(s.levelOn(D0)).isEqualTo(LOW);
      assertThat(s.levelOn(D0.plusDays(2))).isEqualTo(HIGH);
      assertThat(violations(() -> s.levelOn(D0.plusDays(3)))).containsExactly("date " + LevelSeries.OUTSIDE);
      assertThat(violations(() -> s.levelOn(D0.minusDays(1)))).containsExactly("date " + LevelSeries.OUTSIDE);
      assertThat(s.window()).isEqualTo(DateWindow.ofDays(D0, 3));
    }

    @Test
    @DisplayName("the day-by-day maximum of two series; series of other days cannot be combined")
    void max() {
      LevelSeries other = LevelSeries.of(D0, List.of(MEDIUM, LOW, LOW));
      assertThat(s.max(other).levels()).containsExactly(MEDIUM, MEDIUM, HIGH);
      assertThat(other.max(s)).isEqualTo(s.max(other));
      assertThatThrownBy(() -> s.max(LevelSeries.of(D0.plusDays(1), List.of(LOW, LOW, LOW))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> s.max(LevelSeries.of(D0, List.of(LOW, LOW)))).isInstanceOf(
          IllegalArgumentException.class);
    }

    @Test
    @DisplayName("series are equal by first day and levels, and print compactly")
    void identity() {
      assertThat(s).isEqualTo(LevelSeries.of(D0, List.of(LOW, MEDIUM, HIGH)))
          .hasSameHashCodeAs(LevelSeries.of(D0, List.of(LOW, MEDIUM, HIGH)))
          .isNotEqualTo(LevelSeries.of(D0.plusDays(1), List.of(LOW, MEDIUM, HIGH)))
          .isNotEqualTo(LevelSeries.of(D0, List.of(LOW, MEDIUM, MEDIUM))).isNotEqualTo("LMH");
      assertThat(s.hashCode()).isNotEqualTo(LevelSeries.of(D0, List.of(LOW, MEDIUM, MEDIUM)).hashCode());
      assertThat(s).hasToString("LevelSeries{2021-03-01 LMH}");
    }
  }

  @Nested
  @DisplayName("maps")
  class Maps {
    @Test
    @DisplayName("a series that misses the window's first or last day is refused; an area without one is low")
    void coverage() {
      DateWindow w = DateWindow.ofDays(D0, 3);
      LevelSeries late = LevelSeries.of(D0.plusDays(1), List.of(HIGH, HIGH, HIGH));
      LevelSeries early = LevelSeries.of(D0.minusDays(1), List.of(HIGH, HIGH, HIGH));
      assertThat(violations(() -> RiskMap.of(ED9.policy(), w, Map.of(COMPOUND, late))))
          .containsExactly("areas[" + COMPOUND + "] " + RiskMap.WINDOW);
      assertThat(violations(() -> RiskMap.of(ED9.policy(), w, Map.of(COMPOUND, early))))
          .containsExactly("areas[" + COMPOUND + "] " + RiskMap.WINDOW);
      RiskMap m = RiskMap.of(ED9.policy(), w, Map.of(COMPOUND, LevelSeries.constant(w, HIGH)));
      assertThat(m.window()).isEqualTo(w);
      assertThat(m.levelOf(COMPOUND, D0)).isEqualTo(HIGH);
      assertThat(m.levelOf(OTHER, D0)).isEqualTo(LOW);
      assertThat(violations(() -> m.villageSeries(VILLAGE.parent().orElseThrow())))
          .containsExactly("village " + RiskMap.NOT_VILLAGE);
    }
  }
}
