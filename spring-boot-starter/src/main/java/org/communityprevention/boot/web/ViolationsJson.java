package org.communityprevention.boot.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.Violation;

/**
 * Violations as the JSON command line writes them: each with its {@code field}, stable {@code code},
 * {@code message} in the language and {@code params}; never the offending value.
 */
final class ViolationsJson {
  private ViolationsJson() {}

  static ArrayNode of(List<Violation> violations, Locale locale) {
    ArrayNode list = Json.mapper().createArrayNode();
    for (Violation v : violations) {
      ObjectNode node = list.addObject();
      node.put("field", v.field()).put("code", v.code()).put("message", v.message(locale));
      if (!v.params().isEmpty()) {
        ObjectNode params = node.putObject("params");
        v.params().forEach(params::put);
      }
    }
    return list;
  }

  /** A rejected line: {@code {"line":N,"violations":[…]}}. */
  static ObjectNode rejected(Rejected r, Locale locale) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("line", r.position());
    node.set("violations", of(r.violations(), locale));
    return node;
  }
}
