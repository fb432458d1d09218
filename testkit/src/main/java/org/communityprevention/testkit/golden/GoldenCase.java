package org.communityprevention.testkit.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.policy.Policy;

/**
 * One golden vector (黄金用例): a clause-cited case with its inputs and the expected decision and reasons. Read from
 * the JSON resources by {@link GoldenVectors#load()}; the format is described in {@code docs/golden-vectors.md}.
 *
 * @param file the resource file the case comes from
 * @param id a stable id, unique over all files
 * @param capability the capability called, such as {@code population.classify} (see {@link Capability})
 * @param clauses the clauses of 民发〔2021〕11号 the case checks
 * @param title what the case checks, in plain words
 * @param policyId the national baseline the case runs under
 * @param layer a provincial layer on that baseline, if the case runs under one
 * @param date the Beijing date of the decision, where the capability takes one
 * @param input the inputs, by name
 * @param expected what the answer must hold
 */
public record GoldenCase(String file, String id, String capability, List<Clause> clauses, String title,
    String policyId, Optional<JsonNode> layer, Optional<LocalDate> date, JsonNode input, Expectation expected) {

  /**
   * What a case expects: either an outcome (every field given must be in the answer with the same value) and
   * reasons (each must be among the answer's reasons), or a rejection (each listed violation must be among the
   * violations of the refusal).
   *
   * @param outcome the expected fields of the answer's JSON, if the case expects an answer
   * @param reasons reasons the answer must give, each matched by its given fields ({@code code}, {@code clauses}, …)
   * @param rejected violations the refusal must list, each matched by its given fields ({@code field}, {@code code});
   *     empty if the case expects an answer
   */
  public record Expectation(Optional<JsonNode> outcome, List<JsonNode> reasons, List<JsonNode> rejected) {
    /** Whether the case expects the input to be refused. */
    public boolean expectsRejection() {
      return !rejected.isEmpty();
    }
  }

  /** The policy of the case: the baseline, with the layer merged on it if there is one. */
  public Policy policy() {
    return layer.map(l -> PolicyJson.layer(NationalBaselines.byId(policyId), l.toString()))
        .orElseGet(() -> NationalBaselines.byId(policyId));
  }

  /** The name a test runner shows: clauses, id and title. */
  public String displayName() {
    StringBuilder s = new StringBuilder();
    clauses.forEach(c -> s.append(c.id()).append(' '));
    return s.append(id).append(": ").append(title).toString();
  }
}
