package org.communityprevention.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Fuzz.jsonMutationsOf;
import static org.communityprevention.core.testing.Fuzz.mutationsOf;
import static org.communityprevention.core.testing.Fuzz.randomStrings;
import static org.communityprevention.core.testing.Fuzz.repeatedMutationsOf;
import static org.communityprevention.core.testing.Fuzz.valueOrRejection;
import static org.communityprevention.core.testing.Fuzz.withinTimeLimit;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.List;
import java.util.function.Function;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.person.IdentityNumber;
import org.communityprevention.core.person.PersonName;
import org.communityprevention.core.person.PhoneNumber;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyCatalog;
import org.communityprevention.core.testing.DivisionGenerators;
import org.communityprevention.core.testing.PersonGenerators;
import org.communityprevention.core.testing.PolicyGenerators;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzing of core's parsers and validators: random strings, random bytes and mutated valid inputs give a value or a
 * typed {@code ValidationException} naming a field, never another exception or a hang.
 */
@DisplayName("Fuzzing core's parsers: division codes, identity numbers, phones, names, policy JSON")
class CoreParserFuzzProperties {
  private static final Gen<String> DIVISION_TEXTS = DivisionGenerators.divisionCodes().map(DivisionCode::value)
      .mix(DivisionGenerators.divisionCodes().map(c -> c.value().substring(0, 6)), 20);
  private static final Gen<String> ID_TEXTS = PersonGenerators.identityNumberStrings()
      .mix(PersonGenerators.legacyIdentityNumberStrings(), 30);
  private static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  private static final String ED7_JSON = PolicyJson.write(ED7);

  @Test
  @DisplayName("division codes: any string parses or is rejected with a field and a code")
  void divisionCodes() {
    fuzz(DIVISION_TEXTS, DivisionCode::parse);
  }

  @Test
  @DisplayName("a parsed division code is one the parser accepts again unchanged")
  void divisionCodesRoundTrip() {
    withinTimeLimit(() -> qt().forAll(repeatedMutationsOf(DIVISION_TEXTS)).checkAssert(text -> {
      DivisionCode c = valueOrRejection(text, DivisionCode::parse);
      if (c != null) {
        assertThat(DivisionCode.parse(c.value())).isEqualTo(c);
        assertThat(c.value()).hasSize(12);
      }
    }));
  }

  @Test
  @DisplayName("identity numbers: parse, parseLegacy and parseAny give a value or a typed rejection")
  void identityNumbers() {
    fuzz(ID_TEXTS, IdentityNumber::parse);
    fuzz(ID_TEXTS, IdentityNumber::parseLegacy);
    fuzz(ID_TEXTS, IdentityNumber::parseAny);
  }

  @Test
  @DisplayName("an accepted identity number re-parses to itself and has a valid check character")
  void identityNumbersAccepted() {
    withinTimeLimit(() -> qt().forAll(repeatedMutationsOf(ID_TEXTS)).checkAssert(text -> {
      IdentityNumber id = valueOrRejection(text, IdentityNumber::parseAny);
      if (id != null) {
        String raw = id.toEighteenCharacters().revealRaw();
        assertThat(raw).hasSize(18);
        assertThat(raw.charAt(17)).isEqualTo(IdentityNumber.checkCharacterFor(raw.substring(0, 17)));
        assertThat(IdentityNumber.parse(raw)).isEqualTo(id.toEighteenCharacters());
      }
    }));
  }

  @Test
  @DisplayName("phone numbers: any string parses or is rejected with a field and a code")
  void phones() {
    fuzz(PersonGenerators.rawPhoneNumbers(), PhoneNumber::parse);
  }

  @Test
  @DisplayName("names: any string parses or is rejected with a field and a code")
  void names() {
    fuzz(PersonGenerators.personNameStrings(), PersonName::parse);
  }

  @Test
  @DisplayName("policy JSON: mutated baselines read to a policy or a typed rejection")
  void policyJson() {
    withinTimeLimit(() -> qt().forAll(jsonMutationsOf(Generate.constant(ED7_JSON)).mix(randomStrings(60), 10))
        .checkAssert(text -> valueOrRejection(text, PolicyJson::read)));
  }

  @Test
  @DisplayName("policy layers: mutated provincial layers apply or are rejected with a typed violation")
  void policyLayers() {
    PolicyCatalog catalog = NationalBaselines.catalog();
    Gen<String> layers = PolicyGenerators.tightenings().map(changes -> PolicyGenerators.layerJson(ED7, changes));
    withinTimeLimit(() -> qt().forAll(jsonMutationsOf(layers).mix(randomStrings(60), 10)).checkAssert(text -> {
      valueOrRejection(text, t -> PolicyJson.layer(catalog, t));
      valueOrRejection(text, t -> PolicyJson.layer(ED7, t));
    }));
  }

  @Test
  @DisplayName("fixed inputs that once broke a parser are rejected with a typed violation")
  void fixedExamples() {
    for (String text : List.of("", "\u0000", "１１０１０５", "11010519491231002\ud800", "{\"a\":", "[]", "null",
        "\"x\"", "{\"basedOn\":null}", "{\"basedOn\":1}")) {
      valueOrRejection(text, DivisionCode::parse);
      valueOrRejection(text, IdentityNumber::parseAny);
      valueOrRejection(text, PhoneNumber::parse);
      valueOrRejection(text, PersonName::parse);
      valueOrRejection(text, PolicyJson::read);
      valueOrRejection(text, t -> PolicyJson.layer(ED7, t));
    }
  }

  @Test
  @DisplayName("a policy document that is just null is the wrong JSON type, not a missing policy")
  void nullDocument() {
    assertThatThrownBy(() -> PolicyJson.read("null")).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.field()).isEmpty();
          assertThat(v.code()).isEqualTo("core.json.wrong_type");
          assertThat(v.params()).containsEntry("type", "Policy");
        }));
    assertThatThrownBy(() -> PolicyJson.layer(ED7, "null")).isInstanceOf(ValidationException.class);
  }

  private static <T> void fuzz(Gen<String> valid, Function<String, T> parser) {
    Gen<String> inputs = randomStrings(40).mix(mutationsOf(valid), 50).mix(repeatedMutationsOf(valid), 30);
    withinTimeLimit(() -> qt().forAll(inputs).checkAssert(text -> valueOrRejection(text, parser)));
  }
}
