package org.communityprevention.flink.job.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.policy.Policy;

/** Reads a policy file given to a job (政策文件): a complete policy, or a provincial layer over the baselines. */
public final class PolicyText {
  private PolicyText() {}

  /** A complete policy, or a layer (it has {@code basedOn} and {@code overrides}) applied to its baseline. */
  public static Policy read(String json) {
    JsonNode node = Json.read(json, JsonNode.class);
    return node.has("basedOn") && node.has("overrides") ? PolicyJson.layer(NationalBaselines.catalog(), json)
        : PolicyJson.read(json);
  }
}
