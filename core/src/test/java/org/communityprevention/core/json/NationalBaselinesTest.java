package org.communityprevention.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.communityprevention.core.policy.Phase;
import org.communityprevention.core.policy.PhaseKind;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyFields;
import org.communityprevention.core.policy.SourceMark;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("National baselines")
class NationalBaselinesTest {

  @Test
  @DisplayName("the baseline in force when the notice was issued (2021-01-30) is ed7-2020")
  void inForceWhenNoticeIssued() {
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2021, 1, 30)).id()).isEqualTo("ed7-2020");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2022, 6, 27)).id()).isEqualTo("ed8-2021");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2022, 6, 28)).id()).isEqualTo("ed9-2022");
    assertThat(NationalBaselines.inForceOn(LocalDate.of(2022, 11, 10)).id()).isEqualTo("ed9-2022");
  }

  @Test
  @DisplayName("a date no baseline covers is a typed error naming the date")
  void noneInForce() {
    assertThatThrownBy(() -> NationalBaselines.inForceOn(LocalDate.of(2019, 12, 1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("date");
            assertThat(v.code()).isEqualTo("core.policy.none_in_force");
          });
        });
  }

  @Test
  @DisplayName("ed7-2020 holds the 2021 numbers: close contacts 14+7 with tests on days 1,4,7,14; returnees 14 days")
  void ed7Numbers() {
    Policy p = NationalBaselines.byId("ed7-2020");
    assertThat(p.population().closeContact().phases()).containsExactly(
        Phase.of(PhaseKind.CENTRALISED_ISOLATION, 14, 1, 4, 7, 14),
        Phase.of(PhaseKind.HOME_HEALTH_MONITORING, 7, 2, 7));
    assertThat(p.population().inbound().totalDays()).isEqualTo(21);
    assertThat(p.population().holidayReturnee().orElseThrow().phases()).containsExactly(
        Phase.of(PhaseKind.HOME_HEALTH_MONITORING, 14, 7, 14));
    assertThat(p.population().recovered().totalDays()).isEqualTo(14);
    assertThat(p.risk().windowDays()).isEqualTo(14);
    assertThat(p.risk().highCumulativeThreshold()).contains(50);
    assertThat(p.provenance().get("population.closeContact").mark()).isEqualTo(SourceMark.S2);
  }

  @Test
  @DisplayName("ed9-2022 holds the 9th edition: close contacts 7+3, downgrade after 7 clean days then 3 more")
  void ed9Numbers() {
    Policy p = NationalBaselines.byId("ed9-2022");
    assertThat(p.population().closeContact().totalDays()).isEqualTo(10);
    assertThat(p.population().closeContact().phases().get(0).testDays()).containsExactly(1, 2, 3, 5, 7);
    assertThat(p.risk().highToMediumCleanDays()).isEqualTo(7);
    assertThat(p.risk().steppedDownMediumToLowDays()).isEqualTo(3);
    assertThat(p.risk().highCumulativeThreshold()).isEmpty();
    assertThat(p.provenance().get("population.closeContact").mark()).isEqualTo(SourceMark.S);
  }

  @Test
  @DisplayName("every value of every baseline has a source and a mark, and the unverified ones are listed")
  void provenanceComplete() {
    for (Policy p : NationalBaselines.catalog().policies()) {
      PolicyFields.all().forEach(f -> assertThat(p.provenance()).containsKey(f.path()));
      assertThat(p.provenance().values()).allSatisfy(prov -> assertThat(prov.source()).isNotBlank());
      assertThat(p.unverifiedFields()).contains("reporting.graceMinutes")
          .doesNotContain("population.closeContact", "services.workerSubsidyYuanPerDay", "population.adultAge");
    }
  }

  @Test
  @DisplayName("the strictness table lists every value of the policy sections, and nothing else")
  void strictnessTableComplete() throws Exception {
    JsonNode tree = Json.mapper().valueToTree(NationalBaselines.byId("ed7-2020"));
    java.util.Set<String> paths = new java.util.TreeSet<>();
    for (String section : java.util.List.of("population", "risk", "reporting", "activities", "services")) {
      tree.get(section).properties().forEach(e -> paths.add(section + "." + e.getKey()));
    }
    // Optional in every national baseline: only a provincial layer sets a vaccination target (§6.5).
    paths.add("reporting.vaccinationCoverageTarget");
    assertThat(PolicyFields.all()).extracting(f -> f.path()).containsExactlyInAnyOrderElementsOf(paths);
  }

  @Test
  @DisplayName("a baseline survives a JSON round trip unchanged")
  void roundTrip() {
    for (Policy p : NationalBaselines.catalog().policies()) {
      assertThat(PolicyJson.read(PolicyJson.write(p))).isEqualTo(p);
    }
  }

  @Test
  @DisplayName("a policy with a misspelt field is refused with the field's path, not silently defaulted")
  void unknownField() {
    String json = NationalBaselines.json("ed7-2020").replace("\"graceMinutes\"", "\"graceMinute\"");
    assertThatThrownBy(() -> PolicyJson.read(json)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
            .contains("reporting.graceMinute core.json.unknown_field"));
  }

  @Test
  @DisplayName("a count written as a string is refused, not coerced")
  void countAsString() {
    String json = NationalBaselines.json("ed7-2020").replace("\"windowDays\": 14", "\"windowDays\": \"14\"");
    assertThat(json).contains("\"windowDays\": \"14\"");
    assertThatThrownBy(() -> PolicyJson.read(json)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(v -> v.field()).contains("risk.windowDays"));
  }

  @Test
  @DisplayName("a policy without a source for a value is refused, naming the value")
  void missingProvenance() {
    String json = NationalBaselines.json("ed7-2020").replace("\"risk.windowDays\"", "\"risk.windowDaysX\"");
    assertThatThrownBy(() -> PolicyJson.read(json)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).anySatisfy(v -> {
          assertThat(v.code()).isEqualTo("core.policy.missing_provenance");
          assertThat(v.params()).containsEntry("field", "risk.windowDays");
        }));
  }

  @Test
  @DisplayName("a negative count and a share above 1 are refused, naming the field")
  void ranges() {
    String json = NationalBaselines.json("ed7-2020").replace("\"windowDays\": 14", "\"windowDays\": -14")
        .replace("\"facilityFlowLimitShare\": 0.5", "\"facilityFlowLimitShare\": 1.5");
    assertThatThrownBy(() -> PolicyJson.read(json)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
            .contains("risk.windowDays core.policy.negative",
                "activities.facilityFlowLimitShare core.policy.share_range"));
  }
}
