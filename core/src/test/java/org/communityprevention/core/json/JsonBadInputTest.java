package org.communityprevention.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Phase;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bad JSON input gets a typed error naming the field")
class JsonBadInputTest {

  private static List<String> fieldsAndCodes(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.violations().stream().map(v -> v.field() + " " + v.code()).toList();
    }
    throw new AssertionError("expected a ValidationException");
  }

  @Test
  @DisplayName("a timestamp without an offset is refused: a reporting day needs an explicit zone")
  void instantWithoutOffset() {
    assertThat(fieldsAndCodes(() -> Json.read("\"2021-02-01T10:00:00\"", Instant.class)))
        .singleElement().asString().endsWith("core.json.instant_format");
    assertThat(Json.read("\"2021-02-01T10:00:00+08:00\"", Instant.class))
        .isEqualTo(Instant.parse("2021-02-01T02:00:00Z"));
  }

  @Test
  @DisplayName("an impossible date is refused")
  void impossibleDate() {
    assertThat(fieldsAndCodes(() -> Json.read("{\"start\":\"2021-02-30\",\"endExclusive\":\"2021-03-01\"}",
        org.communityprevention.core.time.DateWindow.class)))
        .containsExactly("start core.json.date_format");
  }

  @Test
  @DisplayName("a negative, a string, an empty string, a NaN and a null where a count belongs are all refused")
  void numbers() {
    assertThat(fieldsAndCodes(() -> Json.read("{\"kind\":\"HOME_ISOLATION\",\"days\":-1,\"testDays\":[]}",
        Phase.class))).containsExactly("days core.policy.phase_days");
    assertThat(fieldsAndCodes(() -> Json.read("{\"kind\":\"HOME_ISOLATION\",\"days\":\"7\",\"testDays\":[]}",
        Phase.class))).containsExactly("days core.json.wrong_type");
    assertThat(fieldsAndCodes(() -> Json.read("{\"kind\":\"HOME_ISOLATION\",\"days\":\"\",\"testDays\":[]}",
        Phase.class))).containsExactly("days core.json.wrong_type");
    assertThat(fieldsAndCodes(() -> Json.read("{\"kind\":\"HOME_ISOLATION\",\"days\":\"NaN\",\"testDays\":[]}",
        Phase.class))).containsExactly("days core.json.wrong_type");
    assertThat(fieldsAndCodes(() -> Json.read("{\"kind\":\"HOME_ISOLATION\",\"days\":null,\"testDays\":[]}",
        Phase.class))).singleElement().asString().startsWith("days ");
    assertThat(fieldsAndCodes(() -> Json.read("{\"kind\":\"HOME_ISOLATION\",\"days\":7.5,\"testDays\":[]}",
        Phase.class))).containsExactly("days core.json.wrong_type");
  }

  @Test
  @DisplayName("a test day outside its phase and an unknown phase kind are refused with their paths")
  void nestedPaths() {
    assertThat(fieldsAndCodes(() -> Json.read(
        "{\"phases\":[{\"kind\":\"HOME_ISOLATION\",\"days\":7,\"testDays\":[8]}]}", ManagementPlan.class)))
        .containsExactly("phases[0].testDays core.policy.test_day_outside_phase");
    assertThat(fieldsAndCodes(() -> Json.read(
        "{\"phases\":[{\"kind\":\"HOTEL\",\"days\":7,\"testDays\":[]}]}", ManagementPlan.class)))
        .containsExactly("phases[0].kind core.json.invalid_value");
  }

  @Test
  @DisplayName("malformed JSON and trailing garbage are refused")
  void malformed() {
    assertThat(fieldsAndCodes(() -> Json.read("{\"start\":", org.communityprevention.core.time.DateWindow.class)))
        .singleElement().asString().endsWith("core.json.malformed");
    assertThat(fieldsAndCodes(() -> Json.read("\"2021-02-01\" x", LocalDate.class))).hasSize(1);
  }

  @Test
  @DisplayName("a violation round-trips through JSON")
  void violationRoundTrip() {
    Violation v = Violation.of("residents[2].phone", "core.person.phone_length", "length", 9);
    assertThat(Json.read(Json.write(v), Violation.class)).isEqualTo(v);
    assertThatThrownBy(() -> Json.read("{\"field\":\"x\"}", Violation.class)).isInstanceOf(ValidationException.class);
  }

  /** A value with a field of each JSON type the mapper checks. */
  record Sample(@com.fasterxml.jackson.annotation.JsonProperty(required = true) int count, String name,
      LocalDate day, Boolean flag, Long big, org.communityprevention.core.person.PhoneNumber phone, Sample inner) {
    Sample {
      if (count > 1000) {
        throw new IllegalArgumentException("too many");
      }
    }
  }

  private static String violation(String json) {
    try {
      Json.read(json, Sample.class);
    } catch (ValidationException e) {
      assertThat(e.violations()).hasSize(1);
      Violation v = e.violations().get(0);
      return v.field() + " " + v.code() + " " + v.params();
    }
    throw new AssertionError("accepted " + json);
  }

  @Test
  @DisplayName("each kind of mapping failure has its own code, the JSON path and the expected type")
  void mappingFailures() {
    assertThat(Json.read("{\"count\":1,\"inner\":{\"count\":2}}", Sample.class).inner().count()).isEqualTo(2);
    assertThat(violation("{\"count\":1,\"extra\":2}")).isEqualTo("extra core.json.unknown_field {}");
    assertThat(violation("{\"name\":\"a\"}")).isEqualTo("count core.json.missing_field {}");
    assertThat(violation("{\"count\":1,\"name\":[1]}")).isEqualTo("name core.json.wrong_type {type=String}");
    assertThat(violation("{\"count\":1,\"day\":\"2021-13-01\"}"))
        .isEqualTo("day core.json.date_format {}");
    assertThat(violation("{\"count\":\"1\"}")).isEqualTo("count core.json.wrong_type {type=int}");
    assertThat(violation("{\"count\":1,\"flag\":\"true\"}")).isEqualTo("flag core.json.wrong_type {type=Boolean}");
    assertThat(violation("{\"count\":1,\"big\":1.5}")).isEqualTo("big core.json.wrong_type {type=Long}");
    assertThat(violation("{\"count\":1,\"big\":true}")).isEqualTo("big core.json.wrong_type {type=Long}");
    assertThat(violation("{\"count\":1,\"inner\":{\"count\":\"x\"}}"))
        .isEqualTo("inner.count core.json.wrong_type {type=int}");
    assertThat(violation("{\"count\":1,\"phone\":\"12\"}")).startsWith("phone core.person.phone_");
    assertThat(violation("{\"count\":1,\"inner\":{\"count\":1,\"phone\":\"+86\"}}"))
        .isEqualTo("inner.phone core.person.phone_length {length=0}");
    assertThat(violation("{\"count\":1001}")).isEqualTo(" core.json.invalid_value {type=value}");
    assertThat(violation("{\n\"count\":")).isEqualTo("line 2 core.json.malformed {}");
  }
}
