package org.communityprevention.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityprevention.core.testing.PersonalDataLeaks.assertNoRawIn;
import static org.communityprevention.core.testing.PersonalDataLeaks.rawsOf;
import static org.communityprevention.core.testing.PersonalDataLeaks.residentsWithPersonalData;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.person.IdentityNumber;
import org.communityprevention.core.person.PersonName;
import org.communityprevention.core.person.PhoneNumber;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.Pregnancy;
import org.communityprevention.core.testing.PopulationGenerators;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Personal data (个人信息) in core's values: residents' facts, classifications and their parts, and validation
 * errors show identity numbers, phone numbers and names only masked.
 */
@DisplayName("Personal data never shows raw in core's values and errors")
class PersonalDataExposureProperties {
  private static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  private static final LocalDate DAY = PopulationGenerators.ED7_ANCHOR;

  @Test
  @DisplayName("facts and their classification: toString of every part and default JSON hold no raw value")
  void factsAndClassifications() {
    PopulationClassifier classifier = PopulationClassifier.of(ED7);
    qt().forAll(residentsWithPersonalData(DAY)).checkAssert(facts -> {
      List<String> raws = rawsOf(facts);
      assertThat(raws).hasSize(3);
      assertThat(Json.writeRevealing(facts)).as("the revealing mapper does write them").contains(raws);
      assertThat(assertNoRawIn(facts, raws)).isGreaterThan(3);
      try {
        Classification c = classifier.classify(facts, DAY);
        assertNoRawIn(c, raws);
      } catch (ValidationException e) {
        assertNoRawIn(e, raws);
      }
    });
  }

  @Test
  @DisplayName("corrupted facts are rejected with errors that hold neither the raw nor the corrupted value")
  void corruptedFacts() {
    long[] rejectedOrRead = new long[2];
    qt().forAll(residentsWithPersonalData(DAY)).checkAssert(facts -> {
      String id = facts.identityNumber().orElseThrow().revealRaw();
      String phone = facts.phone().orElseThrow().revealRaw();
      String name = facts.name().orElseThrow().revealRaw();
      String json = Json.writeRevealing(facts);
      char wrongCheck = IdentityNumber.checkCharacterFor(id.substring(0, 17)) == '0' ? '1' : '0';
      List<String> corruptedIds = List.of(id.substring(0, 17) + wrongCheck, id + "7", id.substring(0, 16),
          id.substring(0, 6) + "1899" + id.substring(10), id.replace('1', 'l'));
      List<String> corruptedPhones = List.of(phone + "12", phone.substring(1), "2" + phone.substring(1),
          phone.substring(0, 5) + "x" + phone.substring(6));
      List<String> corruptedNames = List.of(name + "\u0001", name.charAt(0) + " \n" + name.substring(1),
          name + "1234");
      List<String> documents = new ArrayList<>();
      List<String> corrupted = new ArrayList<>();
      for (String bad : corruptedIds) {
        documents.add(json.replace("\"" + id + "\"", "\"" + bad + "\""));
        corrupted.add(bad);
      }
      for (String bad : corruptedPhones) {
        documents.add(json.replace("\"" + phone + "\"", "\"" + bad + "\""));
        corrupted.add(bad);
      }
      for (String bad : corruptedNames) {
        documents.add(json.replace("\"" + name + "\"", Json.writeRevealing(bad)));
        corrupted.add(bad);
      }
      for (int i = 0; i < documents.size(); i++) {
        String document = documents.get(i);
        List<String> secrets = new ArrayList<>(rawsOf(facts));
        secrets.add(corrupted.get(i));
        try {
          // A corruption can still be valid (a phone missing its first digit may be another number): then the
          // value read must itself show nothing raw.
          PersonFacts read = Json.read(document, PersonFacts.class);
          assertNoRawIn(read, rawsOf(read));
          rejectedOrRead[0]++;
        } catch (ValidationException e) {
          assertNoRawIn(e, secrets);
          rejectedOrRead[1]++;
        }
      }
    });
    assertThat(rejectedOrRead[1]).as("corruptions rejected").isGreaterThan(9 * rejectedOrRead[0]);
  }

  @Test
  @DisplayName("facts that break a cross-field check are rejected without repeating the personal values")
  void inconsistentFacts() {
    qt().forAll(residentsWithPersonalData(DAY)).checkAssert(facts -> {
      IdentityNumber id = facts.identityNumber().orElseThrow();
      List<String> raws = rawsOf(facts);
      ValidationException wrongBirth = catchThrowableOfType(ValidationException.class, () ->
          new PersonFacts.Builder().from(facts).birthDate(id.birthDate().plusDays(1)).build());
      assertThat(wrongBirth).isNotNull();
      assertNoRawIn(wrongBirth, raws);
      IdentityNumber male = PopulationGenerators.identityNumberBornOn(id.birthDate(), 1);
      List<String> maleRaws = new ArrayList<>(raws);
      maleRaws.add(male.revealRaw());
      ValidationException pregnantMale = catchThrowableOfType(ValidationException.class, () ->
          new PersonFacts.Builder().from(facts).identityNumber(male).birthDate(id.birthDate())
              .pregnancy(Pregnancy.since(DAY.minusDays(30))).build());
      assertThat(pregnantMale).isNotNull();
      assertNoRawIn(pregnantMale, maleRaws);
    });
  }

  @Test
  @DisplayName("the parsers' own errors never repeat the input")
  void parserErrors() {
    qt().forAll(residentsWithPersonalData(DAY)).checkAssert(facts -> {
      String id = facts.identityNumber().orElseThrow().revealRaw();
      String phone = facts.phone().orElseThrow().revealRaw();
      String name = facts.name().orElseThrow().revealRaw();
      for (String bad : List.of(id + "0", id.substring(0, 17) + "Y", id.substring(0, 15) + "X")) {
        assertNoRawIn(catchThrowableOfType(ValidationException.class, () -> IdentityNumber.parseAny(bad)),
            List.of(bad, id));
      }
      for (String bad : List.of(phone + "000", "9" + phone)) {
        assertNoRawIn(catchThrowableOfType(ValidationException.class, () -> PhoneNumber.parse(bad)),
            List.of(bad, phone));
      }
      String badName = name + "\u0000";
      assertNoRawIn(catchThrowableOfType(ValidationException.class, () -> PersonName.parse(badName)),
          List.of(badName, name));
    });
  }
}
