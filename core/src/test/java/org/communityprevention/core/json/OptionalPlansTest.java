package org.communityprevention.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.Phase;
import org.communityprevention.core.policy.PhaseKind;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyLayering;
import org.communityprevention.core.policy.SourceMark;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.HealthCodeObservation;
import org.communityprevention.core.population.HealthCodeColour;
import org.communityprevention.core.population.Movement;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.testing.PolicyGenerators;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§2.3 plans a national preset may lack: red health codes and holiday returnees (review rows 17, 18)")
class OptionalPlansTest {
  private static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  private static final Policy ED9 = NationalBaselines.byId("ed9-2022");
  private static final LocalDate DAY = LocalDate.of(2022, 10, 3);

  private static PersonFacts red() {
    return new PersonFacts.Builder().personId("P-red").age(40)
        .addHealthCodes(HealthCodeObservation.of(DAY.minusDays(1), HealthCodeColour.RED)).build();
  }

  private static PersonFacts returnee() {
    return new PersonFacts.Builder().personId("P-ret").age(40)
        .addMovements(Movement.holidayReturn(RiskLevel.LOW, DAY.minusDays(2), DAY.minusDays(1))).build();
  }

  private static String layerAdding(Policy baseline, String plan, int days) {
    ObjectNode layer = (ObjectNode) Json.read(PolicyGenerators.layerJson(baseline, java.util.List.of()),
        com.fasterxml.jackson.databind.JsonNode.class);
    ObjectNode phase = Json.mapper().createObjectNode().put("kind", "CENTRALISED_ISOLATION").put("days", days);
    phase.putArray("testDays").add(1);
    ((ObjectNode) layer.get("overrides").get("population")).putObject(plan).putArray("phases").add(phase);
    ((ObjectNode) layer.get("provenance")).putObject("population." + plan).put("mark", "L")
        .put("source", "test province rule");
    return layer.toString();
  }

  @Test
  @DisplayName("§2.3 the 2022 presets hold no red-code plan and ed9 no holiday-returnee plan; the absence is sourced")
  void absentInTheNationalPresets() {
    for (String id : java.util.List.of("ed9-2022", "opt20-2022", "new10-2022")) {
      Policy p = NationalBaselines.byId(id);
      assertThat(p.population().healthCodeRed()).as(id).isEmpty();
      assertThat(p.provenance().get("population.healthCodeRed").mark()).isEqualTo(SourceMark.L);
    }
    assertThat(ED9.population().holidayReturnee()).isEmpty();
    assertThat(ED9.provenance().get("population.holidayReturnee").source()).contains("P8 #18");
    assertThat(NationalBaselines.byId("opt20-2022").population().holidayReturnee()).isPresent();
    assertThat(ED7.population().healthCodeRed()).isPresent();
    assertThat(ED7.population().holidayReturnee()).isPresent();
  }

  @Test
  @DisplayName("§2.3 without the plan the category does not arise, and a note says why")
  void categoryDoesNotArise() {
    PopulationClassifier c = PopulationClassifier.of(ED9);
    assertThat(c.automaticMask(red(), DAY)).isZero();
    Classification r = c.classify(red(), DAY);
    assertThat(r.memberships()).isEmpty();
    assertThat(r.notes()).extracting(Reason::code).contains("core.population.health_code_red_not_designated");
    assertThat(c.automaticMask(returnee(), DAY)).isZero();
    assertThat(c.classify(returnee(), DAY).notes()).extracting(Reason::code)
        .contains("core.population.holiday_returnee_not_designated");
  }

  @Test
  @DisplayName("§2.3 a provincial layer may supply an absent plan: absent in the baseline, present in the layer is a "
      + "tightening, and the category then arises")
  void layerSuppliesThePlan() {
    Policy layered = PolicyJson.layer(ED9, layerAdding(ED9, "healthCodeRed", 7));
    assertThat(layered.population().healthCodeRed().orElseThrow().phases())
        .containsExactly(Phase.of(PhaseKind.CENTRALISED_ISOLATION, 7, 1));
    assertThat(PolicyLayering.changedFields(ED9, layered)).containsExactly("population.healthCodeRed");
    assertThat(PopulationClassifier.of(layered).classify(red(), DAY).membership(Category.HEALTH_CODE_RED))
        .isPresent();
    Policy returnees = PolicyJson.layer(ED9, layerAdding(ED9, "holidayReturnee", 3));
    assertThat(Category.HOLIDAY_RETURNEE.in(PopulationClassifier.of(returnees).automaticMask(returnee(), DAY)))
        .isTrue();
  }

  @Test
  @DisplayName("§2.3 a layer may not drop a plan its baseline holds: that is a loosening")
  void droppingIsRefused() {
    ObjectNode layer = (ObjectNode) Json.read(PolicyGenerators.layerJson(ED7, java.util.List.of()),
        com.fasterxml.jackson.databind.JsonNode.class);
    ((ObjectNode) layer.get("overrides").get("population")).remove("healthCodeRed");
    ((ObjectNode) layer.get("overrides").get("population")).putNull("healthCodeRed");
    ((ObjectNode) layer.get("provenance")).putObject("population.healthCodeRed").put("mark", "L")
        .put("source", "test province rule");
    assertThatThrownBy(() -> PolicyJson.layer(ED7, layer.toString()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .anySatisfy(v -> {
              assertThat(v.code()).isEqualTo("core.policy.loosening");
              assertThat(v.field()).isEqualTo("population.healthCodeRed");
              assertThat(v.params()).containsEntry("value", "—");
            }));
  }
}
