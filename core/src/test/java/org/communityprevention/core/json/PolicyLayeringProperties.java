package org.communityprevention.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.List;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyFields;
import org.communityprevention.core.policy.PolicyLayering;
import org.communityprevention.core.testing.PolicyGenerators;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Provincial policies may only tighten their baseline")
class PolicyLayeringProperties {

  @Test
  @DisplayName("merge(baseline, tightening override) is at least as strict as the baseline in every field")
  void tighteningIsAccepted() {
    qt().forAll(PolicyGenerators.baselines(), PolicyGenerators.tightenings()).checkAssert((baseline, changes) -> {
      Policy layered = PolicyJson.layer(baseline, PolicyGenerators.layerJson(baseline, changes));
      assertThat(layered.basedOn()).contains(baseline.id());
      assertThat(layered.jurisdiction()).isEqualTo("44");
      PolicyFields.all().forEach(f -> assertThat(f.atLeastAsStrict(layered, baseline)).as(f.path()).isTrue());
      assertThat(PolicyLayering.changedFields(baseline, layered))
          .isSubsetOf(changes.stream().map(PolicyGenerators.Change::path).toArray(String[]::new));
    });
  }

  @Test
  @DisplayName("any loosening is refused, naming the loosened field")
  void looseningIsRefused() {
    qt().forAll(PolicyGenerators.baselines(), PolicyGenerators.tightenings(), PolicyGenerators.changes(false))
        .checkAssert((baseline, tightenings, loosening) -> {
          // Tightening the same field elsewhere could cancel the loosening out, so other fields only.
          List<PolicyGenerators.Change> changes = new java.util.ArrayList<>();
          tightenings.stream().filter(t -> !t.path().equals(loosening.path())).forEach(changes::add);
          changes.add(loosening);
          String json = PolicyGenerators.layerJson(baseline, changes);
          assertThatThrownBy(() -> PolicyJson.layer(baseline, json))
              .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                  .anySatisfy(v -> {
                    assertThat(v.code()).isEqualTo("core.policy.loosening");
                    assertThat(v.field()).isEqualTo(loosening.path());
                  }));
        });
  }

  @Test
  @DisplayName("a changed value without its own source is refused")
  void changeNeedsProvenance() {
    Policy baseline = NationalBaselines.byId("ed7-2020");
    String json = PolicyGenerators.layerJson(baseline, List.of()).replace("\"adultAge\":18", "\"adultAge\":19");
    assertThatThrownBy(() -> PolicyJson.layer(baseline, json)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.code()).isEqualTo("core.policy.no_override_source");
          assertThat(v.params()).containsEntry("field", "population.adultAge");
        }));
  }

  @Test
  @DisplayName("a layer names its baseline; an unknown one is refused")
  void unknownBaseline() {
    String json = PolicyGenerators.layerJson(NationalBaselines.byId("ed7-2020"), List.of())
        .replace("\"basedOn\":\"ed7-2020\"", "\"basedOn\":\"ed5-2020\"");
    assertThatThrownBy(() -> PolicyJson.layer(NationalBaselines.catalog(), json))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.code()).containsExactly("core.policy.unknown_baseline"));
  }

  @Test
  @DisplayName("Guangdong lengthens close-contact home monitoring to 14 days: accepted, sourced L")
  void exampleProvincialTightening() {
    String json = "{\"id\":\"44-2021-02\",\"version\":\"1\",\"titleZh\":\"广东省加严规则\",\"titleEn\":\"Guangdong rules\","
        + "\"jurisdiction\":\"44\",\"basedOn\":\"ed7-2020\",\"effectiveFrom\":\"2021-02-01\","
        + "\"overrides\":{\"population\":{\"closeContact\":{\"phases\":["
        + "{\"kind\":\"CENTRALISED_ISOLATION\",\"days\":14,\"testDays\":[1,4,7,14]},"
        + "{\"kind\":\"HOME_HEALTH_MONITORING\",\"days\":14,\"testDays\":[2,7,14]}]}}},"
        + "\"provenance\":{\"population.closeContact\":{\"mark\":\"L\",\"source\":\"provincial notice\"}}}";
    Policy p = PolicyJson.layer(NationalBaselines.catalog(), json);
    assertThat(p.population().closeContact().totalDays()).isEqualTo(28);
    assertThat(p.provenance().get("population.closeContact").source()).isEqualTo("provincial notice");
    assertThat(p.inForceOn(java.time.LocalDate.of(2021, 1, 31))).isFalse();
    assertThat(PolicyJson.read(PolicyJson.write(p))).isEqualTo(p);
  }
}
