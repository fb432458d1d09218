package org.communityprevention.testkit.county;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.policy.Policy;

/**
 * A sample provincial layer (省级政策) for the sample county: a national baseline with the one value every
 * province must add itself, the community workers' subsidy per day in medium- and high-risk areas (§6.6). No
 * national amount exists (补助标准由省级人民政府制定, 国发明电〔2020〕8号), so the amounts here are examples, marked
 * {@code U} with a source that says so; they are no province's standard.
 */
public final class SampleProvince {
  /** Example yuan per day in a medium-risk area. */
  public static final int EXAMPLE_MEDIUM_YUAN = 100;
  /** Example yuan per day in a high-risk area. */
  public static final int EXAMPLE_HIGH_YUAN = 200;

  private SampleProvince() {}

  /** The sample province's layer on a national baseline, in force from the baseline's first day. */
  public static Policy on(Policy baseline) {
    ObjectNode services = Json.revealingMapper().valueToTree(baseline.services());
    services.putObject("workerSubsidyYuanPerDay").put("MEDIUM", EXAMPLE_MEDIUM_YUAN).put("HIGH", EXAMPLE_HIGH_YUAN);
    ObjectNode layer = Json.mapper().createObjectNode();
    layer.put("id", "44-sample").put("version", "1").put("titleZh", "示例省级政策（补助金额为示例）")
        .put("titleEn", "Sample provincial policy (example subsidy amounts)").put("jurisdiction", "44")
        .put("basedOn", baseline.id()).put("effectiveFrom", baseline.effectiveFrom().toString());
    baseline.effectiveUntil().ifPresent(u -> layer.put("effectiveUntil", u.toString()));
    layer.putObject("overrides").set("services", services);
    layer.putObject("provenance").putObject("services.workerSubsidyYuanPerDay").put("mark", "U")
        .put("source", "example amounts for the sample county only, no province's standard: each province sets its"
            + " own (国发明电〔2020〕8号)");
    return PolicyJson.layer(baseline, layer.toString());
  }
}
