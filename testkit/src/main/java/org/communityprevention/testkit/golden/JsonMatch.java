package org.communityprevention.testkit.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Matches an expected JSON pattern against an actual answer (部分匹配). An object matches when every field the
 * pattern gives is in the answer and matches (fields the pattern leaves out are not checked); an array matches an
 * array of the same length element by element, in order; a number matches an equal number, any other value an equal
 * value; a {@code null} in the pattern matches an absent field or a null.
 */
final class JsonMatch {
  private JsonMatch() {}

  /** The mismatches, each with its JSON path; empty when the answer matches. */
  static List<String> mismatches(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("", expected, actual, out);
    return out;
  }

  /** Whether the answer matches the pattern. */
  static boolean matches(JsonNode expected, JsonNode actual) {
    return mismatches(expected, actual).isEmpty();
  }

  private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.isNull()) {
      if (actual != null && !actual.isNull() && !actual.isMissingNode()) {
        out.add(at(path) + "expected absent, got " + actual);
      }
      return;
    }
    if (actual == null || actual.isMissingNode() || actual.isNull()) {
      out.add(at(path) + "expected " + expected + ", got nothing");
      return;
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        out.add(at(path) + "expected an object, got " + actual);
        return;
      }
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        compare(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()), out);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        out.add(at(path) + "expected " + expected + ", got " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
      }
    } else if (expected.isNumber()) {
      if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        out.add(at(path) + "expected " + expected + ", got " + actual);
      }
    } else if (!expected.equals(actual)) {
      out.add(at(path) + "expected " + expected + ", got " + actual);
    }
  }

  private static String at(String path) {
    return path.isEmpty() ? "" : path + ": ";
  }

  /** Every reason in an answer: any object with a text {@code code} and an array {@code clauses}, at any depth. */
  static List<JsonNode> reasons(JsonNode answer) {
    List<JsonNode> out = new ArrayList<>();
    collect(answer, out);
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isObject() && node.path("code").isTextual() && node.path("clauses").isArray()) {
      out.add(node);
    }
    node.forEach(child -> collect(child, out));
  }
}
