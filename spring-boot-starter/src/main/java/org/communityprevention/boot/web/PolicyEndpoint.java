package org.communityprevention.boot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.policy.Policy;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST …/policy/validate}: a complete policy or a provincial layer in, its reference, baseline and unverified
 * fields out when it is valid; a problem detail naming every field at fault when not (a layer that loosens its
 * baseline names each loosened field). {@code GET …/policy}: the configured policy in the same form.
 */
@RestController
@RequestMapping("${community-prevention.web.base-path:/community-prevention}")
@Tag(name = "policy", description = "Policies: national baselines and provincial layers")
class PolicyEndpoint {
  private final EndpointSupport support;

  PolicyEndpoint(EndpointSupport support) {
    this.support = support;
  }

  @Operation(summary = "Validate a complete policy or a provincial layer",
      description = "A layer names its baseline (`basedOn`) and holds `overrides`; it may tighten the baseline, "
          + "never loosen it, and every change needs a source.")
  @PostMapping(path = "/policy/validate", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode validate(@RequestBody byte[] body) {
    return describe(load(EndpointSupport.utf8(body, "body")));
  }

  @Operation(summary = "The configured policy")
  @GetMapping(path = "/policy", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode configured() {
    return describe(support.configured());
  }

  /** A layer (it names a baseline and holds overrides) is merged; anything else is read as a complete policy. */
  static Policy load(String json) {
    JsonNode node = Json.read(json, JsonNode.class);
    return node.has("basedOn") && node.has("overrides") ? PolicyJson.layer(NationalBaselines.catalog(), json)
        : PolicyJson.read(json);
  }

  private static ObjectNode describe(Policy p) {
    ObjectNode doc = Json.mapper().createObjectNode();
    doc.put("valid", true);
    doc.set("policy", Json.mapper().valueToTree(p.ref()));
    doc.put("jurisdiction", p.jurisdiction());
    p.basedOn().ifPresent(b -> doc.put("basedOn", b));
    doc.put("effectiveFrom", p.effectiveFrom().toString());
    p.effectiveUntil().ifPresent(u -> doc.put("effectiveUntil", u.toString()));
    doc.set("unverifiedFields", Json.mapper().valueToTree(p.unverifiedFields()));
    return doc;
  }

  /** Any other media type: 415 with the types read (a handler of its own, so the answer is a problem detail). */
  @PostMapping(path = "/policy/validate")
  void validateOtherMediaType() {
    throw new MediaTypeRefused(MediaType.APPLICATION_JSON_VALUE);
  }
}
