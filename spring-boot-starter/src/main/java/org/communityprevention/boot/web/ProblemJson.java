package org.communityprevention.boot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.communityprevention.core.json.Json;
import org.springframework.http.ProblemDetail;

/** A problem detail as RFC 9457 JSON, for answers written before Spring MVC's message converters run. */
final class ProblemJson {
  private ProblemJson() {}

  static String write(ProblemDetail problem) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("type", problem.getType().toString());
    node.put("title", problem.getTitle());
    node.put("status", problem.getStatus());
    node.put("detail", problem.getDetail());
    if (problem.getProperties() != null) {
      problem.getProperties().forEach((k, v) -> node.set(k, v instanceof JsonNode ? (JsonNode) v
          : Json.mapper().valueToTree(v)));
    }
    return node.toString();
  }
}
