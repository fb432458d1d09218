package org.communityprevention.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityprevention.core.population.Examples.ED7;
import static org.communityprevention.core.population.Examples.d;
import static org.communityprevention.core.population.Examples.person;

import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.person.PersonName;
import org.communityprevention.core.person.PhoneNumber;
import org.communityprevention.core.testing.PopulationGenerators;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("Resident facts: bad input is refused with typed violations that name the field")
class PersonFactsValidationTest {

  private static String violation(Executable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::execute);
    assertThat(e).as("refused").isNotNull();
    return e.violations().stream().map(v -> v.field() + " " + v.code()).reduce((a, b) -> a + "; " + b).orElseThrow();
  }

  @Test
  @DisplayName("a blank or over-long person id, a blank worker id, an age out of range")
  void ids() {
    assertThat(violation(() -> PersonFacts.of(" "))).isEqualTo("personId core.person.id");
    assertThat(violation(() -> PersonFacts.of("x".repeat(65)))).isEqualTo("personId core.person.id");
    assertThat(violation(() -> person().responsibleWorkerId("").build()))
        .isEqualTo("responsibleWorkerId core.person.id");
    assertThat(violation(() -> person().age(151).build())).isEqualTo("age core.population.age_range");
    assertThat(violation(() -> person().age(-1).build())).isEqualTo("age core.population.age_range");
  }

  @Test
  @DisplayName("a birth date that contradicts the identity number, a pregnancy on a male number")
  void identityConsistency() {
    assertThat(violation(() -> person().birthDate(d("1980-01-01"))
        .identityNumber(PopulationGenerators.identityNumberBornOn(d("1980-01-02"), 12)).build()))
        .isEqualTo("birthDate core.population.birth_date_mismatch");
    assertThat(violation(() -> person().identityNumber(PopulationGenerators.identityNumberBornOn(d("1990-01-01"), 11))
        .pregnancy(Pregnancy.since(d("2021-01-01"))).build())).isEqualTo("pregnancy core.population.pregnancy_sex");
  }

  @Test
  @DisplayName("dates in the wrong order and journeys without what they need")
  void datesAndJourneys() {
    assertThat(violation(() -> Pregnancy.delivered(d("2021-01-02"), d("2021-01-01"))))
        .isEqualTo("deliveredOn core.population.delivered_before_pregnancy");
    assertThat(violation(() -> ColdChainWork.between(d("2021-01-02"), d("2021-01-02"))))
        .isEqualTo("until core.population.until_not_after_since");
    assertThat(violation(() -> Movement.domestic(RiskLevel.HIGH, d("2021-01-02"), d("2021-01-01"))))
        .isEqualTo("arrivedOn core.population.arrived_before_departed");
    assertThat(violation(() -> new Movement.Builder().departedOn(d("2021-01-01")).arrivedOn(d("2021-01-01"))
        .build())).isEqualTo("originRiskLevel core.population.origin_risk_level_missing");
    assertThat(violation(() -> new Movement.Builder().inbound(true).originRiskLevel(RiskLevel.LOW)
        .departedOn(d("2021-01-01")).arrivedOn(d("2021-01-01")).build()))
        .isEqualTo("originRiskLevel core.population.inbound_with_risk_level");
    assertThat(violation(() -> MedicalHistory.recovered(d("2021-01-02"), d("2021-01-01"))))
        .isEqualTo("dischargedOn core.population.discharged_before_confirmed");
  }

  @Test
  @DisplayName("contacts and household links without their links")
  void links() {
    assertThat(violation(() -> ContactExposure.secondary(d("2021-01-01"), " ")))
        .isEqualTo("linkedCloseContactId core.population.secondary_without_link");
    assertThat(violation(() -> new ContactExposure.Builder().tier(ContactTier.CLOSE).lastExposureOn(d("2021-01-01"))
        .linkedCloseContactId("C-1").build())).isEqualTo("linkedCloseContactId core.population.close_contact_with_link");
    assertThat(violation(() -> Json.read("{\"relativeId\":\"K\",\"situation\":\"IN_CENTRALISED_ISOLATION\"}",
        HouseholdLink.class))).isEqualTo("since core.population.isolation_start_missing");
    assertThat(violation(() -> ManualOverride.of(Category.TENANT, OverrideAction.ADD, d("2021-01-01"), "W", " ")))
        .isEqualTo("reasonText core.population.override_reason_blank");
    assertThat(violation(() -> ManualOverride.of(Category.TENANT, OverrideAction.ADD, d("2021-01-01"), "W",
        "x".repeat(501)))).isEqualTo("reasonText core.population.override_reason_length");
  }

  @Test
  @DisplayName("JSON: a typo, a number as a string, a bad identity number, an unknown category; never the raw value")
  void json() {
    assertThat(violation(() -> Json.read("{\"personId\":\"P\",\"birthdate\":\"2000-01-01\"}", PersonFacts.class)))
        .isEqualTo("birthdate core.json.unknown_field");
    assertThat(violation(() -> Json.read("{\"personId\":\"P\",\"age\":\"40\"}", PersonFacts.class)))
        .isEqualTo("age core.json.wrong_type");
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Json.read(
        "{\"personId\":\"P\",\"identityNumber\":\"110105194912310021\"}", PersonFacts.class));
    assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
        .containsExactly("identityNumber core.person.id_number_check");
    assertThat(e.getMessage()).doesNotContain("110105194912310021");
    assertThat(violation(() -> Json.read("{\"personId\":\"P\",\"movements\":[{\"departedOn\":\"2021-01-02\","
        + "\"arrivedOn\":\"2021-01-01\",\"originRiskLevel\":\"HIGH\"}]}", PersonFacts.class)))
        .isEqualTo("movements[0].arrivedOn core.population.arrived_before_departed");
    assertThat(violation(() -> Json.read("{\"personId\":\"P\",\"overrides\":[{\"category\":\"NOBODY\","
        + "\"action\":\"ADD\",\"decidedOn\":\"2021-01-01\",\"workerId\":\"W\",\"reasonText\":\"r\"}]}",
        PersonFacts.class))).isEqualTo("overrides[0].category core.json.invalid_value");
  }

  @Test
  @DisplayName("personal data is masked in toString and default JSON and round-trips through the revealing mapper")
  void personalData() {
    PersonFacts f = person().name(PersonName.parse("张三丰")).phone(PhoneNumber.parse("13812345678"))
        .identityNumber(PopulationGenerators.identityNumberBornOn(d("1949-12-31"), 2)).build();
    assertThat(f.toString()).doesNotContain("张三丰").doesNotContain("13812345678").doesNotContain("19491231");
    assertThat(Json.write(f)).doesNotContain("张三丰").doesNotContain("13812345678");
    assertThat(Json.read(Json.writeRevealing(f), PersonFacts.class)).isEqualTo(f);
  }

  @Test
  @DisplayName("a person id that is an identity number or a mobile number is refused, saying why, without repeating it")
  void personIdIsPersonalData() {
    for (String id : List.of("11010519491231002X", "110105194912310021", "110105 19491231 002x", "110105491231002")) {
      ValidationException e = catchThrowableOfType(ValidationException.class, () -> PersonFacts.of(id));
      assertThat(e).as(id).isNotNull();
      assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
          .containsExactly("personId core.person.id_is_identity_number");
      assertThat(e.violations().get(0).message(org.communityprevention.core.message.Messages.EN))
          .contains("identity number").doesNotContain(id);
      assertThat(e.getMessage()).doesNotContain(id);
    }
    for (String id : List.of("13812345678", "+86 138 1234 5678", "138-1234-5678")) {
      assertThat(violation(() -> PersonFacts.of(id))).as(id).isEqualTo("personId core.person.id_is_phone_number");
    }
    // Vendors' own keys, numeric ones included, are fine.
    for (String id : List.of("R-0042", "1234567", "P20210201000017", "00000000001")) {
      assertThat(PersonFacts.of(id).personId()).isEqualTo(id);
    }
  }

  @Test
  @DisplayName("the age limit is 120 years for a recorded age, a birth date and an identity number alike")
  void ageLimit() {
    assertThat(person().age(PersonFacts.MAX_AGE).build().age()).contains(120);
    assertThat(violation(() -> person().age(121).build())).isEqualTo("age core.population.age_range");
    PersonFacts born1880 = person().personId("P-3")
        .identityNumber(PopulationGenerators.identityNumberBornOn(d("1880-06-01"), 2)).build();
    assertThat(violation(() -> PopulationClassifier.classify(born1880, d("2021-02-28"), ED7)))
        .isEqualTo("identityNumber core.population.age_range");
    PersonFacts birth1880 = person().personId("P-4").birthDate(d("1880-06-01")).build();
    assertThat(violation(() -> PopulationClassifier.classify(birth1880, d("2021-02-28"), ED7)))
        .isEqualTo("birthDate core.population.age_range");
  }

  @Test
  @DisplayName("classifying someone not yet born, or older than 120, on the as-of date is refused")
  void asOfChecks() {
    PersonFacts unborn = person().birthDate(d("2021-03-01")).build();
    assertThat(violation(() -> PopulationClassifier.classify(unborn, d("2021-02-28"), ED7)))
        .isEqualTo("birthDate core.population.not_born");
    PersonFacts old = person().personId("P-2").identityNumber(PopulationGenerators.identityNumberBornOn(d("1870-01-01"), 2)).build();
    assertThat(violation(() -> PopulationClassifier.classify(old, d("2021-02-28"), ED7)))
        .isEqualTo("identityNumber core.population.age_range");
    BatchResult<Classification> batch = PopulationClassifier.of(ED7)
        .classifyAll(List.of(unborn, PersonFacts.of("ok"), old), d("2021-02-28"));
    assertThat(batch.accepted()).extracting(Classification::personId).containsExactly("ok");
    assertThat(batch.rejected()).extracting(r -> r.position()).containsExactly(0L, 2L);
    assertThat(batch.rejected().get(1).violations()).extracting(Violation::field)
        .containsExactly("[2].identityNumber");
  }
}
