package org.communityprevention.risk.designation;

import org.communityprevention.core.area.AreaId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.DesignationUnit;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.RiskPolicy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.testing.RiskGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("Designation areas, case facts and the rules a policy compiles to")
class DesignationTest {
  static final DivisionCode VILLAGE = DivisionCode.parse("440983102001");
  static final LocalDate DAY = LocalDate.of(2021, 2, 1);

  static String code(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.violations().get(0).field() + " " + e.violations().get(0).code();
    }
    throw new AssertionError("no violation");
  }

  @Test
  @DisplayName("an area is a division or a named part of a village; parts sort after their village")
  void areas() {
    AreaId part = AreaId.parse("440983102001/幸福小区3栋", "area");
    assertThat(part.division()).isEqualTo(VILLAGE);
    assertThat(part.part()).contains("幸福小区3栋");
    assertThat(AreaId.of(VILLAGE).contains(part)).isTrue();
    assertThat(AreaId.parse("440983", "area").contains(part)).isTrue();
    assertThat(part.contains(AreaId.of(VILLAGE))).isFalse();
    assertThat(AreaId.of(VILLAGE).compareTo(part)).isNegative();
    assertThat(Json.write(part)).isEqualTo("\"440983102001/幸福小区3栋\"");
    assertThat(Json.read("\"440983102001/𠀀楼\"", AreaId.class).part()).contains("𠀀楼");
  }

  @Test
  @DisplayName("a part on a township, a blank or over-long part, or a bad code is refused with the field's name")
  void badAreas() {
    assertThat(code(() -> AreaId.parse("440983102000/A栋", "area"))).isEqualTo("area "
        + AreaId.PART_ABOVE_VILLAGE);
    assertThat(code(() -> AreaId.parse("440983102001/ ", "area"))).isEqualTo("area " + AreaId.PART_BLANK);
    assertThat(code(() -> AreaId.of(VILLAGE, "x".repeat(65)))).isEqualTo("part " + AreaId.PART_TOO_LONG);
    assertThat(code(() -> AreaId.of(VILLAGE, "a\tb"))).isEqualTo("part " + AreaId.PART_CHARACTERS);
    assertThat(code(() -> AreaId.parse("４４０９８３102001", "area"))).isEqualTo("area core.division.code_length"
        .replace("code_length", "code_characters"));
    assertThatThrownBy(() -> Json.read("{\"id\":\"r\",\"area\":\"440983102000/A\",\"date\":\"2021-02-01\","
        + "\"localConfirmed\":1,\"localAsymptomatic\":0}", CaseReport.class))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).field())
            .isEqualTo("area"));
  }

  @Test
  @DisplayName("a negative count, a count written as a string, or a blank id is refused, not coerced")
  void badReports() {
    assertThat(code(() -> CaseReport.of("r", AreaId.of(VILLAGE), DAY, -1, 0)))
        .isEqualTo("localConfirmed " + CaseReport.NEGATIVE_COUNT);
    assertThat(code(() -> CaseReport.of(" r", AreaId.of(VILLAGE), DAY, 1, 0))).isEqualTo("id " + CaseReport.ID_INVALID);
    assertThatThrownBy(() -> Json.read("{\"id\":\"r\",\"area\":\"440983102001\",\"date\":\"2021-02-01\","
        + "\"localConfirmed\":\"1\",\"localAsymptomatic\":0}", CaseReport.class))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).field())
            .isEqualTo("localConfirmed"));
  }

  @Test
  @DisplayName("merging a day's events: order-free, idempotent, and events of another day or area refused")
  void merge() {
    AreaId area = AreaId.of(VILLAGE);
    CaseReport a = new CaseReport.Builder().id("a").area(area).date(DAY).localConfirmed(2).localAsymptomatic(1)
        .clusterId("k").build();
    CaseReport b = CaseReport.of("b", area, DAY, 1, 0);
    DayFacts f = DayFacts.merge(area, DAY, List.of(a, b, a), List.of(OfficialDesignation.of(area, DAY,
        RiskLevel.HIGH, "通告")));
    assertThat(f.cases()).isEqualTo(CaseCount.of(3, 1));
    assertThat(f.clusters()).containsExactly(java.util.Map.entry("k", CaseCount.of(2, 1)));
    assertThat(f.official()).contains(RiskLevel.HIGH);
    assertThat(f.officialDocument()).contains("通告");
    assertThat(f.notes()).isEmpty();
    assertThat(DayFacts.merge(area, DAY, List.of(b, a), List.of(OfficialDesignation.of(area, DAY, RiskLevel.HIGH,
        "通告")))).isEqualTo(f);
    assertThatThrownBy(() -> DayFacts.merge(area, DAY, List.of(CaseReport.of("c", area, DAY.plusDays(1), 1, 0),
        CaseReport.of("d", AreaId.of(DivisionCode.parse("440983102201")), DAY, 1, 0)), List.of()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + " " + v.code()).containsExactly(
                "reports[0].date " + DayFacts.OTHER_DAY, "reports[1].area " + DayFacts.OTHER_AREA));
  }

  @Test
  @DisplayName("any permutation of a day's reports merges to the same facts")
  void mergeOrderFree() {
    qt().forAll(RiskGenerators.reports(AreaId.of(VILLAGE), org.communityprevention.core.time.DateWindow.ofDays(DAY,
        1), 12), Generate.longRange(0, 1000)).checkAssert((reports, seed) -> {
          List<CaseReport> shuffled = new ArrayList<>(reports);
          Collections.shuffle(shuffled, new Random(seed));
          DayFacts f = DayFacts.merge(AreaId.of(VILLAGE), DAY, reports, List.of());
          assertThat(DayFacts.merge(AreaId.of(VILLAGE), DAY, shuffled, List.of())).isEqualTo(f);
          assertThat(Json.read(Json.write(f), DayFacts.class)).isEqualTo(f);
        });
  }

  @Test
  @DisplayName("reports roll up to the policy's unit: a village's to its township (ed7) or its county (2020)")
  void rollUp() {
    AreaId reported = AreaId.of(VILLAGE, "A栋");
    assertThat(DesignationRules.of(NationalBaselines.byId("ed7-2020")).designationAreaOf(reported, "r"))
        .isEqualTo(AreaId.of(DivisionCode.parse("440983102000")));
    assertThat(DesignationRules.of(NationalBaselines.byId("2020-county")).designationAreaOf(reported, "r"))
        .isEqualTo(AreaId.of(DivisionCode.parse("440983000000")));
    assertThat(DesignationRules.of(NationalBaselines.byId("ed9-2022")).designationAreaOf(reported, "r"))
        .isEqualTo(reported);
    assertThat(code(() -> DesignationRules.of(NationalBaselines.byId("opt20-2022"))
        .designationAreaOf(AreaId.of(VILLAGE), "r"))).isEqualTo("r " + DesignationRules.UNIT_TOO_COARSE);
    assertThat(code(() -> DesignationRules.of(NationalBaselines.byId("ed7-2020"))
        .designationAreaOf(AreaId.parse("440983", "r"), "r"))).isEqualTo("r " + DesignationRules.UNIT_TOO_COARSE);
  }

  static Policy withRisk(java.util.function.UnaryOperator<RiskPolicy.Builder> change) {
    Policy base = NationalBaselines.byId("ed9-2022");
    RiskPolicy.Builder b = new RiskPolicy.Builder();
    b.from(base.risk());
    return new Policy.Builder().from(base).risk(change.apply(b).build()).build();
  }

  @Test
  @DisplayName("a policy that cannot drive a timeline is refused, naming each field")
  void badPolicies() {
    assertThat(code(() -> DesignationRules.of(withRisk(b -> {
      b.tiers(List.of(RiskLevel.MEDIUM, RiskLevel.HIGH));
      return b;
    })))).isEqualTo("risk.tiers " + DesignationRules.TIERS);
    assertThat(code(() -> DesignationRules.of(withRisk(b -> {
      b.mediumToLowCleanDays(11);
      return b;
    })))).isEqualTo("risk.mediumToLowCleanDays " + DesignationRules.HIGH_SHORTER);
    // Negative numbers never make a policy at all: the policy itself refuses them.
    assertThatThrownBy(() -> DesignationRules.of(withRisk(b -> {
      b.highToMediumCleanDays(-1).highCumulativeThreshold(Optional.of(-1));
      return b;
    }))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
        .extracting(v -> v.field() + " " + v.code()).containsExactly(
            "risk.highCumulativeThreshold core.policy.negative", "risk.highToMediumCleanDays core.policy.negative"));
    // Zero is a valid number but not a window or a cluster: the designation rules refuse it.
    assertThatThrownBy(() -> DesignationRules.of(withRisk(b -> {
      b.windowDays(0).clusterMinCases(0);
      return b;
    }))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
        .extracting(v -> v.field()).containsExactly("risk.windowDays", "risk.clusterMinCases"));
  }

  @Test
  @DisplayName("every shipped baseline compiles, and their periods follow each other without a gap")
  void presets() {
    LocalDate previousEnd = null;
    for (String id : NationalBaselines.IDS) {
      Policy p = NationalBaselines.byId(id);
      DesignationRules r = DesignationRules.of(p);
      assertThat(r.policyRef().id()).isEqualTo(id);
      if (previousEnd != null) {
        assertThat(p.effectiveFrom()).isEqualTo(previousEnd);
      }
      previousEnd = p.effectiveUntil().orElseThrow();
    }
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2020, 2, 17)).id()).isEqualTo("2020-county");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2020, 9, 14)).id()).isEqualTo("2020-county");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2020, 9, 15)).id()).isEqualTo("ed7-2020");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2022, 11, 11)).id()).isEqualTo("opt20-2022");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2022, 12, 6)).id()).isEqualTo("opt20-2022");
    // The 新十条 of 2022-12-07 replaced the 二十条 until 乙类乙管 from 2023-01-08.
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2023, 1, 7)).id()).isEqualTo("new10-2022");
    assertThat(NationalBaselines.catalog().inForceOn(LocalDate.of(2023, 1, 8))).isEmpty();
  }

  @Test
  @DisplayName("2020-county: county unit, confirmed cases only, high above 50 cumulative with a cluster in 14 days")
  void county2020() {
    Policy p = NationalBaselines.byId("2020-county");
    assertThat(p.risk().designationUnit()).isEqualTo(DesignationUnit.COUNTY);
    assertThat(p.risk().countAsymptomatic()).isFalse();
    assertThat(p.risk().highCumulativeThreshold()).contains(50);
    assertThat(p.risk().windowDays()).isEqualTo(14);
    assertThat(p.population().secondaryCloseContact()).as("first defined in September 2020").isEmpty();
    assertThat(p.provenance().get("risk.countAsymptomatic").mark())
        .isEqualTo(org.communityprevention.core.policy.SourceMark.S2);
    assertThat(p.unverifiedFields()).contains("risk.clusterMinCases", "activities.electionsSuspendedFrom");
  }

  @Test
  @DisplayName("opt20-2022: two tiers by building, low after 5 clean days, close contacts 5 + 3")
  void opt20() {
    Policy p = NationalBaselines.byId("opt20-2022");
    assertThat(p.risk().tiers()).containsExactly(RiskLevel.LOW, RiskLevel.HIGH);
    assertThat(p.risk().designationUnit()).isEqualTo(DesignationUnit.BUILDING);
    assertThat(DesignationRules.of(p).highPeriod()).isEqualTo(5);
    assertThat(p.population().closeContact().totalDays()).isEqualTo(8);
    assertThat(p.population().secondaryCloseContact()).isEmpty();
    assertThat(p.unverifiedFields()).contains("risk.mediumToLowCleanDays").doesNotContain(
        "risk.highToMediumCleanDays");
  }
}
