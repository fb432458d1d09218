package org.communityprevention.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyCatalog;
import org.communityprevention.core.policy.PolicyLayering;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * Reads and writes policies, and layers a provincial policy on its national baseline.
 *
 * <p>A provincial layer is a JSON document with its own header ({@code id}, {@code version}, {@code titleZh},
 * {@code titleEn}, {@code jurisdiction}, {@code basedOn}, {@code effectiveFrom}, optional {@code effectiveUntil}), an
 * {@code overrides} object shaped like the policy's sections and holding only what changes, and a
 * {@code provenance} entry for every field it changes. Objects merge field by field; arrays and numbers replace. The
 * result must be at least as strict as the baseline in every field ({@link PolicyLayering}).
 */
public final class PolicyJson {
  private static final Set<String> HEADER = Set.of("id", "version", "titleZh", "titleEn", "jurisdiction",
      "basedOn", "effectiveFrom", "effectiveUntil");
  private static final Set<String> LAYER_FIELDS = Set.of("id", "version", "titleZh", "titleEn", "jurisdiction",
      "basedOn", "effectiveFrom", "effectiveUntil", "overrides", "provenance");

  private PolicyJson() {}

  /** Reads a complete policy; every problem is a {@link ValidationException} naming its JSON path. */
  public static Policy read(String json) {
    return Json.read(json, Policy.class);
  }

  /** Writes a policy as indented JSON. */
  public static String write(Policy policy) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(policy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write policy " + policy.id(), e);
    }
  }

  /** Layers a provincial policy on the baseline its {@code basedOn} names, taken from a catalog. */
  public static Policy layer(PolicyCatalog baselines, String layerJson) {
    ObjectNode layer = parseObject(layerJson);
    JsonNode basedOn = layer.get("basedOn");
    if (basedOn == null || !basedOn.isTextual()) {
      throw ValidationException.of("basedOn", "core.json.missing_field");
    }
    Policy baseline = baselines.byId(basedOn.asText()).orElseThrow(() ->
        ValidationException.of("basedOn", "core.policy.unknown_baseline", "baseline", basedOn.asText()));
    return layer(baseline, layer);
  }

  /** Layers a provincial policy on a given baseline. */
  public static Policy layer(Policy baseline, String layerJson) {
    return layer(baseline, parseObject(layerJson));
  }

  private static Policy layer(Policy baseline, ObjectNode layer) {
    List<Violation> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : layer.properties()) {
      String name = property.getKey();
      if (!LAYER_FIELDS.contains(name)) {
        problems.add(Violation.of(name, "core.json.unknown_field"));
      }
    }
    if (layer.hasNonNull("basedOn") && !baseline.id().equals(layer.get("basedOn").asText())) {
      problems.add(Violation.of("basedOn", "core.policy.unknown_baseline", "baseline", layer.get("basedOn").asText()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    ObjectNode merged = Json.revealingMapper().valueToTree(baseline);
    merged.remove("effectiveUntil");
    for (String field : HEADER) {
      if (layer.has(field)) {
        merged.set(field, layer.get(field));
      }
    }
    merged.put("basedOn", baseline.id());
    JsonNode overrides = layer.get("overrides");
    if (overrides != null) {
      if (!overrides.isObject()) {
        throw ValidationException.of("overrides", "core.json.wrong_type", "type", "object");
      }
      deepMerge(merged, (ObjectNode) overrides);
    }
    JsonNode layerProvenance = layer.get("provenance");
    if (layerProvenance != null) {
      if (!layerProvenance.isObject()) {
        throw ValidationException.of("provenance", "core.json.wrong_type", "type", "object");
      }
      ((ObjectNode) merged.get("provenance")).setAll((ObjectNode) layerProvenance);
    }
    Policy layered;
    try {
      layered = Json.mapper().treeToValue(merged, Policy.class);
    } catch (JsonProcessingException e) {
      throw Json.toValidation(e);
    }
    for (String changed : PolicyLayering.changedFields(baseline, layered)) {
      if (layerProvenance == null || !layerProvenance.has(changed)) {
        problems.add(Violation.of("provenance", "core.policy.no_override_source", "field", changed));
      }
    }
    problems.addAll(PolicyLayering.loosenings(baseline, layered));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return layered;
  }

  private static void deepMerge(ObjectNode target, ObjectNode patch) {
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      JsonNode existing = target.get(e.getKey());
      if (existing != null && existing.isObject() && e.getValue().isObject()) {
        deepMerge((ObjectNode) existing, (ObjectNode) e.getValue());
      } else {
        target.set(e.getKey(), e.getValue());
      }
    }
  }

  private static ObjectNode parseObject(String json) {
    JsonNode node = Json.read(json, JsonNode.class);
    if (!node.isObject()) {
      throw ValidationException.of("", "core.json.wrong_type", "type", "object");
    }
    return (ObjectNode) node;
  }
}
