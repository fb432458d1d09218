package org.communityprevention.risk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.area.RiskLevel.HIGH;
import static org.communityprevention.core.area.RiskLevel.LOW;
import static org.communityprevention.core.area.RiskLevel.MEDIUM;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.GoverningLevel;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.RiskPolicy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.testing.RiskGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("§1.4 a village's governing level: its own or its containing area's, as risk.governingLevel says")
class RiskMapTest {
  static final DivisionCode VILLAGE = DivisionCode.parse("440983102001");
  static final AreaId OWN = AreaId.of(VILLAGE);
  static final AreaId PART = AreaId.of(VILLAGE, "幸福小区");
  static final AreaId TOWNSHIP = AreaId.of(DivisionCode.parse("440983102000"));
  static final AreaId COUNTY = AreaId.of(DivisionCode.parse("440983000000"));
  static final AreaId NEIGHBOUR = AreaId.of(DivisionCode.parse("440983102201"));
  static final LocalDate DAY = LocalDate.of(2021, 2, 1);
  static final DateWindow WINDOW = DateWindow.ofDays(DAY, 3);

  static Policy governedBy(GoverningLevel g) {
    Policy base = NationalBaselines.byId("ed7-2020");
    return new Policy.Builder().from(base).risk(new RiskPolicy.Builder().from(base.risk()).governingLevel(g).build())
        .build();
  }

  static RiskMap map(Policy p, Map<AreaId, RiskLevel> levels) {
    Map<AreaId, LevelSeries> series = new HashMap<>();
    levels.forEach((a, l) -> series.put(a, LevelSeries.constant(WINDOW, l)));
    return RiskMap.of(p, WINDOW, series);
  }

  @Test
  @DisplayName("ed7-2020 takes the more severe: a low village in a medium township is medium")
  void moreSevere() {
    RiskMap m = map(NationalBaselines.byId("ed7-2020"), Map.of(TOWNSHIP, MEDIUM, NEIGHBOUR, HIGH));
    Decision<RiskLevel> d = m.explainVillageLevel(VILLAGE, DAY);
    assertThat(d.outcome()).isEqualTo(MEDIUM);
    assertThat(d.policy().id()).isEqualTo("ed7-2020");
    assertThat(d.explain(Messages.EN)).containsExactly("on 2021-02-01 village 440983102001 is medium risk: its "
        + "own level low risk, its containing area medium risk, governed by the more severe of the two");
    assertThat(d.explain(Messages.ZH)).containsExactly(
        "2021-02-01村（社区）440983102001执行中风险：本村等级低风险，所在区域等级中风险，按两者从严确定");
  }

  @Test
  @DisplayName("ed9-2022 takes the village's own level, which includes a high compound inside it")
  void own() {
    RiskMap m = map(NationalBaselines.byId("ed9-2022"), Map.of(PART, HIGH, COUNTY, MEDIUM));
    assertThat(m.villageLevel(VILLAGE, DAY)).isEqualTo(HIGH);
    assertThat(m.levelOf(OWN, DAY)).isEqualTo(LOW);
    assertThat(map(NationalBaselines.byId("ed9-2022"), Map.of(COUNTY, HIGH)).villageLevel(VILLAGE, DAY))
        .isEqualTo(LOW);
  }

  @Test
  @DisplayName("CONTAINING_AREA takes the most severe area containing the village")
  void containing() {
    RiskMap m = map(governedBy(GoverningLevel.CONTAINING_AREA), Map.of(OWN, HIGH, COUNTY, MEDIUM, TOWNSHIP, LOW));
    assertThat(m.villageLevel(VILLAGE, DAY)).isEqualTo(MEDIUM);
  }

  @Test
  @DisplayName("a township code is refused as a village, and a day outside the window is refused")
  void refusals() {
    RiskMap m = map(NationalBaselines.byId("ed7-2020"), Map.of());
    assertThatThrownBy(() -> m.villageLevel(TOWNSHIP.division(), DAY)).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo(RiskMap.NOT_VILLAGE));
    assertThatThrownBy(() -> m.villageLevel(VILLAGE, DAY.plusDays(3))).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo(LevelSeries.OUTSIDE));
    assertThatThrownBy(() -> RiskMap.of(NationalBaselines.byId("ed7-2020"), DateWindow.ofDays(DAY, 5),
        Map.of(OWN, LevelSeries.constant(WINDOW, LOW)))).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo(RiskMap.WINDOW));
  }

  @Test
  @DisplayName("the series, the fast and the explained level agree on every day, and follow the governing rule")
  void pathsAgree() {
    DateWindow w = DateWindow.ofDays(DAY, 20);
    org.quicktheories.core.Gen<LevelSeries> series4 = RiskGenerators.levelSeries(w);
    qt().forAll(Generate.enumValues(GoverningLevel.class), series4.zip(series4, (a, b) -> List.of(a, b)),
        series4.zip(series4, (a, b) -> List.of(a, b)))
        .checkAssert((g, ownAndPart, containing) -> {
          LevelSeries own = ownAndPart.get(0);
          LevelSeries part = ownAndPart.get(1);
          LevelSeries township = containing.get(0);
          LevelSeries county = containing.get(1);
          RiskMap m = RiskMap.of(governedBy(g), w, Map.of(OWN, own, PART, part, TOWNSHIP, township, COUNTY, county,
              NEIGHBOUR, LevelSeries.constant(w, HIGH)));
          LevelSeries series = m.villageSeries(VILLAGE);
          for (int i = 0; i < w.days(); i++) {
            LocalDate d = DAY.plusDays(i);
            RiskLevel o = RiskLevel.max(own.levelAt(i), part.levelAt(i));
            RiskLevel c = RiskLevel.max(township.levelAt(i), county.levelAt(i));
            RiskLevel expected = g == GoverningLevel.OWN ? o : g == GoverningLevel.CONTAINING_AREA ? c
                : RiskLevel.max(o, c);
            assertThat(series.levelAt(i)).isEqualTo(expected);
            assertThat(m.villageLevel(VILLAGE, d)).isEqualTo(expected);
            assertThat(m.explainVillageLevel(VILLAGE, d).outcome()).isEqualTo(expected);
          }
        });
  }

  @Test
  @DisplayName("a map built from timelines reads their levels")
  void fromTimelines() {
    Policy p = NationalBaselines.byId("ed9-2022");
    org.communityprevention.risk.designation.DesignationRules rules =
        org.communityprevention.risk.designation.DesignationRules.of(p);
    LocalDate d = LocalDate.of(2022, 7, 1);
    DateWindow w = DateWindow.ofDays(d, 12);
    RiskTimeline t = RiskTimelines.timeline(rules, PART, w,
        List.of(org.communityprevention.risk.designation.CaseReport.of("1", PART, d, 1, 0)), List.of());
    RiskMap m = RiskMap.ofTimelines(p, w, List.of(t));
    assertThat(m.villageSeries(VILLAGE)).isEqualTo(t.dailyLevels());
  }
}
