package org.communityprevention.risk.designation;

import org.communityprevention.core.area.AreaId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Violations.violations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.GoverningLevel;
import org.communityprevention.core.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Designation inputs: every check at its boundary, and what a day's merge keeps")
class DesignationInputTest {
  static final DivisionCode VILLAGE = DivisionCode.parse("440983102001");
  static final AreaId WHOLE = AreaId.of(VILLAGE);
  static final LocalDate DAY = LocalDate.of(2021, 2, 1);


  @Nested
  @DisplayName("areas")
  class Areas {
    @Test
    @DisplayName("a missing text, an empty part or a part without a code is refused under the caller's field")
    void missingPieces() {
      assertThat(violations(() -> AreaId.parse(null, "reports[3].area")))
          .containsExactly("reports[3].area " + DivisionCode.CODE_MISSING);
      assertThat(violations(() -> AreaId.parse("440983102001/", "area"))).containsExactly("area " + AreaId.PART_BLANK);
      assertThat(violations(() -> AreaId.parse("440983102001/ A栋", "area")))
          .containsExactly("area " + AreaId.PART_BLANK);
      assertThat(violations(() -> AreaId.of(VILLAGE, null))).containsExactly("part " + AreaId.PART_BLANK);
      assertThat(violations(() -> AreaId.parse("/A栋", "area"))).singleElement().asString().startsWith("area core.");
    }

    @Test
    @DisplayName("a part of 64 characters is taken, 65 are refused; a supplementary character counts as one")
    void partLength() {
      assertThat(AreaId.of(VILLAGE, "楼".repeat(64)).part()).contains("楼".repeat(64));
      assertThat(AreaId.of(VILLAGE, "𠀀".repeat(64)).part()).contains("𠀀".repeat(64));
      assertThat(violations(() -> AreaId.of(VILLAGE, "𠀀".repeat(65)))).containsExactly("part " + AreaId.PART_TOO_LONG);
    }

    @Test
    @DisplayName("two parts of one village are different areas, neither inside the other; a division has no part")
    void parts() {
      AreaId a = AreaId.of(VILLAGE, "A栋");
      AreaId b = AreaId.of(VILLAGE, "B栋");
      assertThat(WHOLE.part()).isEmpty();
      assertThat(WHOLE.isDivision()).isTrue();
      assertThat(a.isDivision()).isFalse();
      assertThat(a.contains(b)).isFalse();
      assertThat(a.contains(a)).isTrue();
      assertThat(a).isNotEqualTo(b).isNotEqualTo(WHOLE).isNotEqualTo("440983102001/A栋")
          .isEqualTo(AreaId.parse("440983102001/A栋", "area")).hasSameHashCodeAs(AreaId.of(VILLAGE, "A栋"));
      assertThat(a.toString()).isEqualTo("440983102001/A栋");
      assertThat(AreaId.of(DivisionCode.parse("440983102201"), "A栋")).isNotEqualTo(a);
      assertThat(AreaId.of(DivisionCode.parse("440983102201")).contains(a)).isFalse();
      Set<Integer> hashes = IntStream.range(0, 50).mapToObj(i -> AreaId.of(VILLAGE, "楼" + i).hashCode())
          .collect(Collectors.toSet());
      assertThat(hashes).hasSize(50);
    }
  }

  @Nested
  @DisplayName("case reports and counts")
  class Reports {
    @Test
    @DisplayName("each negative count is refused under its own field")
    void negativeCounts() {
      assertThat(violations(() -> CaseCount.of(-1, 0))).containsExactly("confirmed " + CaseReport.NEGATIVE_COUNT);
      assertThat(violations(() -> CaseCount.of(0, -1))).containsExactly("asymptomatic " + CaseReport.NEGATIVE_COUNT);
      assertThat(violations(() -> CaseReport.of("r", WHOLE, DAY, 0, -1)))
          .containsExactly("localAsymptomatic " + CaseReport.NEGATIVE_COUNT);
    }

    @Test
    @DisplayName("a count is zero only with no confirmed case and no asymptomatic infection")
    void zero() {
      assertThat(CaseCount.of(0, 0).isZero()).isTrue();
      assertThat(CaseCount.of(1, 0).isZero()).isFalse();
      assertThat(CaseCount.of(0, 1).isZero()).isFalse();
    }

    @Test
    @DisplayName("an id or cluster id of 100 characters is taken; 101, blank or with spaces around it is refused")
    void ids() {
      assertThat(CaseReport.of("r".repeat(100), WHOLE, DAY, 1, 0).id()).hasSize(100);
      assertThat(violations(() -> CaseReport.of("r".repeat(101), WHOLE, DAY, 1, 0)))
          .containsExactly("id " + CaseReport.ID_INVALID);
      assertThat(violations(() -> CaseReport.of("  ", WHOLE, DAY, 1, 0)))
          .containsExactly("id " + CaseReport.ID_INVALID);
      assertThat(violations(() -> CaseReport.of("r ", WHOLE, DAY, 1, 0)))
          .containsExactly("id " + CaseReport.ID_INVALID);
      CaseReport.Builder b = new CaseReport.Builder().id("r").area(WHOLE).date(DAY).localConfirmed(1)
          .localAsymptomatic(0);
      assertThat(b.clusterId("k".repeat(100)).build().clusterId()).contains("k".repeat(100));
      assertThat(violations(() -> b.clusterId("k".repeat(101)).build()))
          .containsExactly("clusterId " + CaseReport.CLUSTER_ID_INVALID);
      assertThat(violations(() -> b.clusterId(" k").build()))
          .containsExactly("clusterId " + CaseReport.CLUSTER_ID_INVALID);
    }

    @Test
    @DisplayName("a document of 200 characters is taken; 201 or a blank one is refused")
    void documents() {
      assertThat(OfficialDesignation.of(WHOLE, DAY, RiskLevel.HIGH, "号".repeat(200)).document())
          .contains("号".repeat(200));
      assertThat(violations(() -> OfficialDesignation.of(WHOLE, DAY, RiskLevel.HIGH, "号".repeat(201))))
          .containsExactly("document " + OfficialDesignation.DOCUMENT_INVALID);
      assertThat(violations(() -> OfficialDesignation.of(WHOLE, DAY, RiskLevel.HIGH, " ")))
          .containsExactly("document " + OfficialDesignation.DOCUMENT_INVALID);
    }
  }

  @Nested
  @DisplayName("a day's facts")
  class Facts {
    ImmutableDayFacts.Builder facts(int confirmed, int asymptomatic) {
      return ImmutableDayFacts.builder().area(WHOLE).date(DAY).cases(CaseCount.of(confirmed, asymptomatic));
    }

    @Test
    @DisplayName("clusters may hold all of the day's infections, not more of either kind, even spread over clusters")
    void clustersWithinTheDay() {
      assertThat(facts(3, 2).putClusters("k1", CaseCount.of(2, 1)).putClusters("k2", CaseCount.of(1, 1)).build()
          .clusters()).hasSize(2);
      assertThat(violations(() -> facts(3, 2).putClusters("k1", CaseCount.of(2, 1))
          .putClusters("k2", CaseCount.of(2, 0)).build())).containsExactly("clusters " + DayFacts.CLUSTER_EXCEEDS_DAY);
      assertThat(violations(() -> facts(3, 2).putClusters("k1", CaseCount.of(0, 2))
          .putClusters("k2", CaseCount.of(0, 1)).build())).containsExactly("clusters " + DayFacts.CLUSTER_EXCEEDS_DAY);
      assertThat(violations(() -> facts(3, 2).putClusters(" k", CaseCount.of(1, 0)).build()))
          .containsExactly("clusters " + CaseReport.CLUSTER_ID_INVALID);
    }

    @Test
    @DisplayName("a document without an official level is refused")
    void documentNeedsLevel() {
      assertThat(violations(() -> facts(0, 0).officialDocument("通告").build()))
          .containsExactly("officialDocument " + OfficialDesignation.DOCUMENT_INVALID);
    }

    @Test
    @DisplayName("a day is empty only with no infection and no designation")
    void empty() {
      assertThat(DayFacts.empty(WHOLE, DAY).isEmpty()).isTrue();
      assertThat(facts(0, 1).build().isEmpty()).isFalse();
      assertThat(facts(0, 0).official(RiskLevel.LOW).build().isEmpty()).isFalse();
    }

    @Test
    @DisplayName("a designation of another day or of a part of the area is refused, naming its index")
    void designationsThatDoNotBelong() {
      assertThat(violations(() -> DayFacts.merge(WHOLE, DAY, List.of(), List.of(
          OfficialDesignation.of(WHOLE, DAY, RiskLevel.HIGH),
          OfficialDesignation.of(WHOLE, DAY.minusDays(1), RiskLevel.HIGH),
          OfficialDesignation.of(AreaId.of(VILLAGE, "A栋"), DAY, RiskLevel.HIGH)))))
          .containsExactly("designations[1].effectiveDate " + DayFacts.OTHER_DAY,
              "designations[2].area " + DayFacts.OTHER_AREA);
    }

    @Test
    @DisplayName("conflicting levels keep the most severe with its own document, and say so")
    void conflictingDesignations() {
      DayFacts f = DayFacts.merge(WHOLE, DAY, List.of(), List.of(
          OfficialDesignation.of(WHOLE, DAY, RiskLevel.MEDIUM, "A号"),
          OfficialDesignation.of(WHOLE, DAY, RiskLevel.HIGH, "C号"),
          OfficialDesignation.of(WHOLE, DAY, RiskLevel.HIGH, "B号")));
      assertThat(f.official()).contains(RiskLevel.HIGH);
      assertThat(f.officialDocument()).contains("B号");
      assertThat(f.notes()).singleElement().satisfies(n -> {
        assertThat(n.code()).isEqualTo(DayFacts.CONFLICTING_DESIGNATIONS);
        assertThat(n.facts()).containsEntry("kept", "HIGH");
      });
      assertThat(DayFacts.merge(WHOLE, DAY, List.of(), List.of(OfficialDesignation.of(WHOLE, DAY, RiskLevel.LOW),
          OfficialDesignation.of(WHOLE, DAY, RiskLevel.LOW, "D号"))).notes()).isEmpty();
    }

    @Test
    @DisplayName("a report resent counts once; one id with two versions keeps the larger and notes it, in id order")
    void duplicates() {
      AreaId a = AreaId.of(VILLAGE, "A栋");
      CaseReport small = CaseReport.of("r2", WHOLE, DAY, 1, 0);
      CaseReport large = CaseReport.of("r2", WHOLE, DAY, 1, 2);
      CaseReport other = CaseReport.of("r1", WHOLE, DAY, 2, 0);
      CaseReport otherLarger = CaseReport.of("r1", WHOLE, DAY, 3, 0);
      CaseReport inPart = CaseReport.of("r2", a, DAY, 5, 0);
      DayFacts f = DayFacts.merge(WHOLE, DAY, List.of(small, large, large, otherLarger, other, inPart), List.of());
      assertThat(f.cases()).isEqualTo(CaseCount.of(9, 2));
      assertThat(f.notes()).extracting(Reason::code).containsExactly(DayFacts.DUPLICATE_REPORT,
          DayFacts.DUPLICATE_REPORT);
      assertThat(f.notes()).extracting(n -> n.facts().get("id")).containsExactly("r1", "r2");
      assertThat(f.notes().get(1).facts()).containsEntry("versions", "2").containsEntry("kept", "1+2");
      assertThat(DayFacts.merge(WHOLE, DAY, List.of(large, large), List.of()).notes()).isEmpty();
      assertThat(DayFacts.merge(WHOLE, DAY, List.of(large, large), List.of()).cases()).isEqualTo(CaseCount.of(1, 2));
    }
  }

  @Nested
  @DisplayName("the rules a policy compiles to")
  class Rules {
    Policy withTiers(RiskLevel... tiers) {
      Policy base = NationalBaselines.byId("ed9-2022");
      return new Policy.Builder().from(base).risk(new org.communityprevention.core.policy.RiskPolicy.Builder()
          .from(base.risk()).tiers(List.of(tiers)).build()).build();
    }

    @Test
    @DisplayName("tiers without HIGH are refused like tiers without LOW")
    void tiers() {
      assertThat(violations(() -> DesignationRules.of(withTiers(RiskLevel.LOW, RiskLevel.MEDIUM))))
          .containsExactly("risk.tiers " + DesignationRules.TIERS);
    }

    @Test
    @DisplayName("a day without a counted infection gives no level; one infection gives one")
    void factsLevel() {
      DesignationRules r = DesignationRules.of(NationalBaselines.byId("2020-county"));
      assertThat(r.factsLevel(0, 60, true)).isEmpty();
      assertThat(r.factsLevelOrdinal(0, 60, true)).isEqualTo(-1);
      assertThat(r.factsLevel(1, 1, false)).contains(RiskLevel.MEDIUM);
      assertThat(r.factsLevel(1, 51, true)).contains(RiskLevel.HIGH);
      assertThat(r.factsLevel(1, 50, true)).contains(RiskLevel.MEDIUM);
      assertThat(r.factsLevel(1, 51, false)).contains(RiskLevel.MEDIUM);
      assertThat(r.highCumulativeThreshold()).hasValue(50);
    }

    @Test
    @DisplayName("the rules name their policy and pass on its governing level")
    void describe() {
      Policy p = NationalBaselines.byId("ed7-2020");
      DesignationRules r = DesignationRules.of(p);
      assertThat(r.toString()).isEqualTo("DesignationRules{" + p.ref() + "}");
      assertThat(r.governingLevel()).isEqualTo(p.risk().governingLevel()).isInstanceOf(GoverningLevel.class);
      assertThat(r.policy()).isSameAs(p);
      assertThat(r.tiers()).isEqualTo(p.risk().tiers());
      assertThat(r.designationUnit()).isEqualTo(p.risk().designationUnit());
    }
  }
}
