package org.communityprevention.reporting.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("§1.5 §6.3 §6.4 §6.5 readiness: households, supplies, staff")
class ReadinessTest {
  static final DivisionCode V1 = DivisionCode.parse("440983102201");
  static final DivisionCode V2 = DivisionCode.parse("440983102202");
  static final LocalDate DAY = LocalDate.of(2021, 2, 1);
  static final Policy POLICY = NationalBaselines.byId("ed7-2020");

  @Test
  @DisplayName("§1.5 包片联户: households without a responsible cadre are listed; inactive links do not count")
  void households() {
    List<CadreLink> links = List.of(
        CadreLink.of(V1, "h1", "c1", DateWindow.ofDays(DAY.minusDays(10), 30)),
        CadreLink.of(V1, "h2", "c1", DateWindow.ofDays(DAY.minusDays(10), 5)),
        CadreLink.of(V1, "h9", "c2", DateWindow.ofDays(DAY, 1)),
        CadreLink.of(V2, "h3", "c3", DateWindow.ofDays(DAY, 1)));
    HouseholdCoverage c = HouseholdCoverage.check(V1, List.of("h1", "h2", "h3"), links, DAY);
    assertThat(c.linked()).isEqualTo(1);
    assertThat(c.unlinked()).containsExactly("h2", "h3");
    assertThat(c.linksToUnknownHouseholds()).isEqualTo(1);
    assertThat(c.rate().orElseThrow()).isEqualTo(1.0 / 3);
    assertThat(c.reason().code()).isEqualTo(HouseholdCoverage.UNLINKED);
    assertThat(c.reason().clauses()).containsExactly(Clause.S1_5);
    assertThat(c.reason().text(Messages.EN)).isEqualTo(
        "unit 440983102201 has 2 of 3 households without a responsible cadre on 2021-02-01 (1 cadre linked)");
    assertThat(Json.read(Json.write(c), HouseholdCoverage.class)).isEqualTo(c);
    assertThat(Json.read(Json.write(links.get(0)), CadreLink.class)).isEqualTo(links.get(0));
  }

  @Test
  @DisplayName("§1.5 linked plus unlinked households is every household, on any day")
  void householdsAddUp() {
    qt().forAll(Generate.range(0, 30), Generate.range(0, 40), Generate.range(-5, 5)).checkAssert((n, k, shift) -> {
      List<String> ids = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add("h" + i);
      }
      List<CadreLink> links = new java.util.ArrayList<>();
      for (int i = 0; i < k; i++) {
        links.add(CadreLink.of(V1, "h" + (i * 7 % 37), "c" + (i % 4), DateWindow.ofDays(DAY.plusDays(i % 3 - 1),
            2)));
      }
      HouseholdCoverage c = HouseholdCoverage.check(V1, ids, links, DAY.plusDays(shift));
      assertThat(c.linked() + c.unlinked().size()).isEqualTo(c.households());
      assertThat(c.isComplete()).isEqualTo(c.unlinked().isEmpty());
      c.rate().ifPresent(r -> assertThat(r).isBetween(0.0, 1.0));
    });
  }

  @Test
  @DisplayName("§6.4 supplies in full: per 1,000 residents rounded up, never below the floor for any unit")
  void supplies() {
    SupplyReadiness big = SupplyCheck.check(SupplyStock.of(V1, DAY, 2345,
        Map.of("masks", 1200, "thermometers", 11, "disinfectantLitres", 47)), POLICY);
    assertThat(big.lines()).extracting(SupplyLine::supply, SupplyLine::required, SupplyLine::shortfall)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("disinfectantLitres", 47L, 0L),
            org.assertj.core.groups.Tuple.tuple("masks", 1173L, 0L),
            org.assertj.core.groups.Tuple.tuple("thermometers", 12L, 1L));
    assertThat(big.isInFull()).isFalse();
    assertThat(big.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo(SupplyCheck.SHORTFALL);
      assertThat(r.clauses()).containsExactly(Clause.S6_4);
      assertThat(r.text(Messages.EN)).isEqualTo("unit 440983102201 holds 11 thermometers of the 12 required for 2345"
          + " residents: 1 short (5 per 1,000 residents, at least 2)");
    });
    SupplyReadiness small = SupplyCheck.check(SupplyStock.of(V2, DAY, 100, Map.of("masks", 200, "thermometers", 2,
        "disinfectantLitres", 10)), POLICY);
    assertThat(small.isInFull()).isTrue();
    assertThat(small.lines()).extracting(SupplyLine::required).containsExactly(10L, 200L, 2L);
    assertThat(small.reasons().get(0).code()).isEqualTo(SupplyCheck.IN_FULL);
    assertThat(Json.read(Json.write(big), SupplyReadiness.class)).isEqualTo(big);
    SupplyStock stock = SupplyStock.of(V1, DAY, 10, Map.of("masks", 3));
    assertThat(Json.read(Json.write(stock), SupplyStock.class)).isEqualTo(stock);
    DutyNotice notice = DutyNotice.of(V1, java.time.Instant.parse("2021-01-27T02:00:00Z"), java.util.Set.of("c1"));
    assertThat(Json.read(Json.write(notice), DutyNotice.class)).isEqualTo(notice);
    assertThatThrownBy(() -> SupplyStock.of(V1, DAY, -1, Map.of("masks", -3)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field()).containsExactly("residents", "held.masks"));
  }

  @Test
  @DisplayName("§6.4 the hot-path shortfall equals the explained line, and the requirement respects both rules")
  void supplyProperty() {
    qt().forAll(Generate.range(0, 50_000), Generate.range(0, 30_000), Generate.range(0, 50))
        .checkAssert((residents, masks, thermometers) -> {
          SupplyStock s = SupplyStock.of(V1, DAY, residents, Map.of("masks", masks, "thermometers", thermometers));
          SupplyReadiness r = SupplyCheck.check(s, POLICY);
          for (SupplyLine l : r.lines()) {
            assertThat(SupplyCheck.shortfall(s, POLICY.reporting(), l.supply())).isEqualTo(l.shortfall());
            int perThousand = POLICY.reporting().suppliesPerThousandResidents().get(l.supply());
            assertThat(l.required() * 1000).isGreaterThanOrEqualTo((long) perThousand * residents);
            assertThat(l.required()).isGreaterThanOrEqualTo(
                POLICY.reporting().suppliesMinimumPerUnit().get(l.supply()));
          }
          assertThat(r.isInFull()).isEqualTo(r.reasons().get(0).code().equals(SupplyCheck.IN_FULL));
        });
  }

  @Test
  @DisplayName("§6.3 §6.5 coverage rates of community workers, social workers and medical staff against targets")
  void staff() {
    List<StaffRecord> records = List.of(
        StaffRecord.of(V1, StaffCategory.COMMUNITY_WORKER, 10, 10, 9, 10),
        StaffRecord.of(V2, StaffCategory.COMMUNITY_WORKER, 5, 5, 5, 4),
        StaffRecord.of(V1, StaffCategory.SOCIAL_WORKER, 2, 2, 2, 2),
        StaffRecord.of(DivisionCode.parse("110105001001"), StaffCategory.GRASSROOTS_MEDICAL, 3, 0, 0, 0));
    List<StaffCoverage> c = StaffCoverage.of(records, DivisionCode.parse("440983102000"), POLICY);
    assertThat(c).extracting(StaffCoverage::category).containsExactly(StaffCategory.COMMUNITY_WORKER,
        StaffCategory.SOCIAL_WORKER);
    StaffCoverage workers = c.get(0);
    assertThat(workers.headcount()).isEqualTo(15);
    assertThat(workers.drillRate().orElseThrow()).isEqualTo(14.0 / 15);
    assertThat(workers.meetsTargets()).isFalse();
    // §6.5: vaccination is voluntary; the national baseline sets no target, so the rate is reported, not judged.
    assertThat(POLICY.reporting().vaccinationCoverageTarget()).isEmpty();
    assertThat(workers.reasons()).extracting(r -> r.code()).containsExactly(StaffCoverage.BELOW_TARGET,
        StaffCoverage.VACCINATION_REPORTED);
    assertThat(workers.reasons().get(0).facts().get("measure")).isEqualTo("drills");
    assertThat(workers.reasons().get(1).clauses()).containsExactly(Clause.S6_5);
    assertThat(workers.reasons().get(1).text(Messages.ZH))
        .isEqualTo("440983102000 的社区工作者疫苗接种 14/15：接种遵循自愿原则，未设目标，仅报告接种率");
    assertThat(workers.vaccinationRate().orElseThrow()).isEqualTo(14.0 / 15);
    // A province that sets a target gets the shortfall as a finding.
    com.fasterxml.jackson.databind.node.ObjectNode reporting = Json.revealingMapper().valueToTree(POLICY.reporting());
    reporting.put("vaccinationCoverageTarget", 0.95);
    com.fasterxml.jackson.databind.node.ObjectNode layer = Json.mapper().createObjectNode();
    layer.put("id", "44-test").put("version", "1").put("titleZh", "测试").put("titleEn", "Test")
        .put("jurisdiction", "44").put("basedOn", POLICY.id()).put("effectiveFrom", POLICY.effectiveFrom().toString());
    layer.putObject("overrides").set("reporting", reporting);
    layer.putObject("provenance").putObject("reporting.vaccinationCoverageTarget").put("mark", "L")
        .put("source", "test province target");
    org.communityprevention.core.policy.Policy province =
        org.communityprevention.core.json.PolicyJson.layer(POLICY, layer.toString());
    StaffCoverage targeted = StaffCoverage.of(records, DivisionCode.parse("440983102000"), province).get(0);
    assertThat(targeted.reasons()).extracting(r -> r.facts().get("measure")).containsExactly("drills", "vaccination");
    assertThat(targeted.reasons().get(1).text(Messages.ZH))
        .isEqualTo("440983102000 的社区工作者疫苗接种完成 14/15，低于目标比例 0.95");
    assertThat(StaffCoverage.of(records, DivisionCode.parse("440983102000"), POLICY).get(1).reasons())
        .extracting(r -> r.code()).containsExactly(StaffCoverage.TRAINING_ON_TARGET, StaffCoverage.VACCINATION_REPORTED);
    assertThat(c.get(1).meetsTargets()).isTrue();
    assertThat(Json.read(Json.write(workers), StaffCoverage.class)).isEqualTo(workers);
    assertThat(Json.read(Json.write(records.get(0)), StaffRecord.class)).isEqualTo(records.get(0));
    assertThatThrownBy(() -> StaffRecord.of(V1, StaffCategory.SOCIAL_WORKER, 2, 3, -1, 0))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field()).containsExactly("trained", "drilled"));
  }
}
