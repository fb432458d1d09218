package org.communityprevention.flink.population;

import java.io.Serializable;
import java.time.LocalDate;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.PopulationClassifier;

/**
 * What the classification operators need (分类作业配置), in a form Flink ships to the task managers: the policy as its
 * JSON and the day to classify on. Each operator rebuilds the {@link PopulationClassifier} once when it opens.
 *
 * @param policyJson the complete policy, as {@link PolicyJson} writes it
 * @param asOf the Beijing day of the classification
 */
public record PopulationSetup(String policyJson, LocalDate asOf) implements Serializable {
  /** The setup of a policy and a day. */
  public static PopulationSetup of(Policy policy, LocalDate asOf) {
    return new PopulationSetup(PolicyJson.write(policy), asOf);
  }

  /** The library's classifier. */
  public PopulationClassifier classifier() {
    return PopulationClassifier.of(PolicyJson.read(policyJson));
  }
}
