package org.communityprevention.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

@DisplayName("National baselines in the notice's own season and after: periods, splits and corrected values")
class BaselinePeriodsTest {
  private static final LocalDate FIRST = LocalDate.of(2020, 2, 17);
  private static final LocalDate CLASS_B = LocalDate.of(2023, 1, 8);

  @Test
  @DisplayName("every day from 2020-02-17 to 2023-01-07 has exactly one baseline in force; 乙类乙管 from 2023-01-08 has none")
  void noGap() {
    long days = CLASS_B.toEpochDay() - FIRST.toEpochDay();
    qt(2_000).forAll(SourceDSL.longs().between(0, days - 1)).checkAssert(offset -> {
      LocalDate d = FIRST.plusDays(offset);
      assertThat(NationalBaselines.catalog().policies().stream().filter(p -> p.inForceOn(d)).count())
          .as(d.toString()).isEqualTo(1);
    });
    for (int i = 1; i < NationalBaselines.catalog().policies().size(); i++) {
      Policy before = NationalBaselines.catalog().policies().get(i - 1);
      Policy after = NationalBaselines.catalog().policies().get(i);
      assertThat(before.effectiveUntil()).as(before.id()).contains(after.effectiveFrom());
    }
    assertThat(NationalBaselines.inForceOn(CLASS_B.minusDays(1)).id()).isEqualTo("new10-2022");
    assertThatThrownBy(() -> NationalBaselines.inForceOn(CLASS_B)).isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("the boundaries: opt20-2022 ends on 2022-12-07 where the 新十条 begin; ed7-2020 splits at the 8th edition")
  void boundaries() {
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2022, 12, 6)).id()).isEqualTo("opt20-2022");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2022, 12, 7)).id()).isEqualTo("new10-2022");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2021, 5, 10)).id()).isEqualTo("ed7-2020");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2021, 5, 11)).id()).isEqualTo("ed8-2021");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2021, 1, 30)).id()).isEqualTo("ed7-2020");
  }

  @Test
  @DisplayName("新十条: close contacts 5 days of home isolation with a day-5 test; health codes no longer checked")
  void newTen() {
    Policy p = NationalBaselines.byId("new10-2022");
    assertThat(p.population().closeContact()).isEqualTo(ManagementPlan.of(Phase.of(PhaseKind.HOME_ISOLATION, 5, 5)));
    assertThat(p.population().secondaryCloseContact()).isEmpty();
    for (RiskLevel l : RiskLevel.values()) {
      assertThat(p.risk().responseMeasures().getOrDefault(l, com.google.common.collect.ImmutableSortedSet.of()))
          .doesNotContain(ResponseMeasure.HEALTH_CODE_CHECK);
    }
    assertThat(p.reporting().dutyHolidays()).containsExactly(DateWindow.of(LocalDate.of(2022, 12, 31),
        LocalDate.of(2023, 1, 3)));
  }

  @Test
  @DisplayName("corrected values: 2020 close contacts 14 days without +7; ed7 counts confirmed cases only (L);"
      + " opt20 inbound test days; ed9 封控 and 管控")
  void correctedValues() {
    Policy county = NationalBaselines.byId("2020-county");
    assertThat(county.population().closeContact().totalDays()).isEqualTo(14);
    Policy ed7 = NationalBaselines.byId("ed7-2020");
    assertThat(ed7.risk().countAsymptomatic()).isFalse();
    assertThat(ed7.provenance().get("risk.countAsymptomatic").mark()).isEqualTo(SourceMark.L);
    assertThat(ed7.provenance().get("population.inbound").mark()).isEqualTo(SourceMark.L);
    Policy opt20 = NationalBaselines.byId("opt20-2022");
    assertThat(opt20.population().inbound().phases()).extracting(ph -> List.copyOf(ph.testDays()))
        .containsExactly(List.of(1, 2, 3, 5), List.of(1, 3));
    Policy ed9 = NationalBaselines.byId("ed9-2022");
    assertThat(ed9.risk().responseMeasures().get(RiskLevel.HIGH)).contains(ResponseMeasure.STAY_HOME_SERVICES_AT_DOOR);
    assertThat(ed9.risk().responseMeasures().get(RiskLevel.MEDIUM))
        .contains(ResponseMeasure.STAY_IN_AREA_STAGGERED_PICKUP);
    assertThat(ed9.provenance().get("population.closeContactLookbackDays").mark()).isEqualTo(SourceMark.S2);
    assertThat(ed9.provenance().get("population.healthCodeRed").mark()).isEqualTo(SourceMark.L);
  }

  @Test
  @DisplayName("every baseline: left-behind children under 16 (S2), ages cited to statute (S), no national subsidy"
      + " amount, no national vaccination target, duty holidays inside the baseline's period")
  void everyBaseline() {
    for (Policy p : NationalBaselines.catalog().policies()) {
      assertThat(p.population().leftBehindChildAge()).as(p.id()).isEqualTo(16);
      assertThat(p.provenance().get("population.leftBehindChildAge").mark()).isEqualTo(SourceMark.S2);
      assertThat(p.provenance().get("population.adultAge").mark()).isEqualTo(SourceMark.S);
      assertThat(p.provenance().get("population.elderlyAge").mark()).isEqualTo(SourceMark.S);
      assertThat(p.services().workerSubsidyYuanPerDay()).as(p.id()).isEqualTo(Map.of());
      assertThat(p.reporting().vaccinationCoverageTarget()).as(p.id()).isEmpty();
      assertThat(p.population().releasedFromObservation().phases()).allSatisfy(ph ->
          assertThat(ph.kind()).isIn(PhaseKind.HOME_HEALTH_MONITORING, PhaseKind.COMMUNITY_HEALTH_MONITORING));
      for (DateWindow h : p.reporting().dutyHolidays()) {
        assertThat(p.inForceOn(h.start())).as(p.id() + " " + h).isTrue();
      }
    }
  }
}
