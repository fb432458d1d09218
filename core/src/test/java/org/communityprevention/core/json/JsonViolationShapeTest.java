package org.communityprevention.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Violations name the field and a type a vendor reads, one per cause")
class JsonViolationShapeTest {
  record Counts(SortedMap<String, Integer> cases, List<Integer> days) {}

  private static List<String> violations(String json, Class<?> type) {
    try {
      Json.read(json, type);
    } catch (ValidationException e) {
      return e.violations().stream().map(v -> v.field() + " " + v.code() + " " + v.params()).toList();
    }
    throw new AssertionError("accepted " + json);
  }

  @Test
  @DisplayName("a list where a map belongs, or an object where a list belongs, names the JSON shape, not TreeMap")
  void shapes() {
    assertThat(violations("{\"cases\":[1],\"days\":[]}", Counts.class))
        .containsExactly("cases core.json.wrong_type {type=object}");
    assertThat(violations("{\"cases\":{},\"days\":{}}", Counts.class))
        .containsExactly("days core.json.wrong_type {type=array}");
    assertThat(violations("{\"cases\":{\"a\":\"3\"},\"days\":[]}", Counts.class))
        .containsExactly("cases.a core.json.wrong_type {type=Integer}");
  }

  @Test
  @DisplayName("a required field that is absent is named, not reported at \"\"")
  void missingRequiredField() {
    assertThat(violations("{\"start\":\"2021-02-01\"}", DateWindow.class))
        .containsExactly("endExclusive core.json.missing_field {}");
  }

  @Test
  @DisplayName("the expected type of a value is its public name, never the generated class")
  void publicNames() {
    assertThat(Json.jsonType(org.communityprevention.core.policy.Phase.class)).isEqualTo("Phase");
    assertThat(Json.jsonType(java.util.TreeMap.class)).isEqualTo("object");
    assertThat(Json.jsonType(com.fasterxml.jackson.databind.JsonNode.class)).isEqualTo("value");
    assertThat(Json.jsonType(java.time.LocalDate.class)).isEqualTo("string");
    assertThat(Json.jsonType(int.class)).isEqualTo("int");
  }
}
