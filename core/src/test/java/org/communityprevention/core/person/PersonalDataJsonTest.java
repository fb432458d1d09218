package org.communityprevention.core.person;

import org.communityprevention.core.testing.Theories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityprevention.core.testing.Theories.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.testing.PersonGenerators;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Personal data in JSON")
class PersonalDataJsonTest {
  /** A value that holds all three kinds, as a vendor's record would. */
  record Resident(IdentityNumber identityNumber, PhoneNumber phone, PersonName name) {}

  private static final Resident ZHANG = new Resident(IdentityNumber.parse("11010519491231002X"),
      PhoneNumber.parse("+86 138 1234 5678"), PersonName.parse("张𠀀丰"));

  private static Violation violationReading(String json) {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Json.read(json, Resident.class));
    assertThat(e).as("rejected").isNotNull();
    return e.violations().get(0);
  }

  @Test
  @DisplayName("the default mapper writes personal data masked")
  void defaultMapperMasks() {
    assertThat(Json.write(ZHANG)).isEqualTo(
        "{\"identityNumber\":\"1****************X\",\"phone\":\"138****5678\",\"name\":\"张**\"}");
    assertThat(Json.write(PhoneNumber.parse("0755 8888 9999"))).isEqualTo("\"0755-******99\"");
  }

  @Test
  @DisplayName("the revealing mapper writes raw values that read back to equal values")
  void revealingRoundTrip() {
    String json = Json.writeRevealing(ZHANG);
    assertThat(json).isEqualTo(
        "{\"identityNumber\":\"11010519491231002X\",\"phone\":\"13812345678\",\"name\":\"张𠀀丰\"}");
    assertThat(Json.read(json, Resident.class)).isEqualTo(ZHANG);
  }

  @Test
  @DisplayName("a legacy 15-digit number round-trips as its 15 digits")
  void legacyRoundTrip() {
    IdentityNumber legacy = IdentityNumber.parseLegacy("110105491231002");
    String json = Json.writeRevealing(legacy);
    assertThat(json).isEqualTo("\"110105491231002\"");
    IdentityNumber back = Json.read(json, IdentityNumber.class);
    assertThat(back).isEqualTo(legacy);
    assertThat(back.isLegacy()).isTrue();
  }

  @Test
  @DisplayName("generated values round-trip through the revealing mapper")
  void generatedRoundTrip() {
    qt().forAll(PersonGenerators.identityNumbers(), PersonGenerators.phoneNumbers(), PersonGenerators.personNames())
        .checkAssert((id, phone, name) -> {
          Resident r = new Resident(id, phone, name);
          assertThat(Json.read(Json.writeRevealing(r), Resident.class)).isEqualTo(r);
          assertThat(Json.write(r)).doesNotContain(id.revealRaw(), phone.revealRaw().substring(3));
        });
  }

  @Test
  @DisplayName("an invalid identity number is rejected naming its field, without repeating it")
  void invalidIdentityNumber() {
    String json = "{\"identityNumber\":\"110105194912310021\",\"phone\":\"13812345678\",\"name\":\"张三\"}";
    Violation v = violationReading(json);
    assertThat(v.field()).isEqualTo("identityNumber");
    assertThat(v.code()).isEqualTo("core.person.id_number_check");
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Json.read(json, Resident.class));
    Leaks.assertNoPieceOf("110105194912310021", e);
  }

  @Test
  @DisplayName("an invalid phone and a blank name are rejected naming their fields")
  void invalidPhoneAndName() {
    assertThat(violationReading("{\"identityNumber\":\"11010519491231002X\",\"phone\":\"12345\",\"name\":\"张三\"}")
        .field()).isEqualTo("phone");
    Violation blank = violationReading(
        "{\"identityNumber\":\"11010519491231002X\",\"phone\":\"13812345678\",\"name\":\"  \"}");
    assertThat(blank.field()).isEqualTo("name");
    assertThat(blank.code()).isEqualTo("core.person.name_blank");
  }

  @Test
  @DisplayName("a violation inside a list names the item and the field")
  void invalidInList() {
    String json = "[{\"identityNumber\":\"11010519491231002X\",\"phone\":\"13812345678\",\"name\":\"张三\"},"
        + "{\"identityNumber\":\"11010519491231002X\",\"phone\":\"138-1234-567a\",\"name\":\"李四\"}]";
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> Json.read(json, new TypeReference<List<Resident>>() {}));
    assertThat(e.violations().get(0).field()).isEqualTo("[1].phone");
    assertThat(e.violations().get(0).code()).isEqualTo("core.person.phone_characters");
  }

  @Test
  @DisplayName("a number where a string is expected is a wrong JSON type")
  void wrongType() {
    Violation v = violationReading(
        "{\"identityNumber\":\"11010519491231002X\",\"phone\":13812345678,\"name\":\"张三\"}");
    assertThat(v.field()).isEqualTo("phone");
    assertThat(v.code()).isEqualTo("core.json.wrong_type");
  }

  @Test
  @DisplayName("the masked form does not read back: masking is one way")
  void maskedDoesNotReadBack() {
    Violation v = violationReading(Json.write(ZHANG));
    assertThat(v.field()).isEqualTo("identityNumber");
    assertThat(v.code()).isEqualTo("core.person.id_number_characters");
  }
}
