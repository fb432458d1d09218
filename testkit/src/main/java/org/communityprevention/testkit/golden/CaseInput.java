package org.communityprevention.testkit.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ServiceNeeds;

/**
 * The inputs of a case, read by name into the library's values with the strict reader ({@code Json.read}): a value
 * the library refuses is a {@link ValidationException} under the input's name, which a case may expect.
 */
final class CaseInput {
  private final GoldenCase golden;

  CaseInput(GoldenCase golden) {
    this.golden = golden;
  }

  /** A required input. */
  <T> T get(String name, Class<T> type) {
    return read(name, node(name), type);
  }

  /** An optional input. */
  <T> Optional<T> optional(String name, Class<T> type) {
    JsonNode n = golden.input().get(name);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(read(name, n, type));
  }

  /** A list input; absent means empty. */
  <T> List<T> list(String name, Class<T> type) {
    JsonNode n = golden.input().get(name);
    if (n == null) {
      return List.of();
    }
    CollectionType t = Json.mapper().getTypeFactory().constructCollectionType(List.class, type);
    try {
      return Json.read(n.toString(), t);
    } catch (ValidationException e) {
      throw e.under(name);
    }
  }

  /** The case's date, required by capabilities that decide on a day. */
  LocalDate date() {
    return golden.date().orElseThrow(() -> new IllegalArgumentException(golden.id() + ": the case needs a date"));
  }

  /**
   * A resident for the services capability: {@code facts}, optional {@code needs} and {@code householdId}, and the
   * day's {@code classification}, which is made by the library's classifier under the case's policy when absent.
   */
  Resident resident(JsonNode node, String name, Policy policy, LocalDate date) {
    JsonNode facts = node.get("facts");
    if (facts == null) {
      throw new IllegalArgumentException(golden.id() + ": " + name + " needs facts");
    }
    PersonFacts f = read(name + ".facts", facts, PersonFacts.class);
    Classification c = node.has("classification")
        ? read(name + ".classification", node.get("classification"), Classification.class)
        : PopulationClassifier.of(policy).classify(f, date);
    Resident.Builder b = new Resident.Builder().facts(f).classification(c);
    if (node.has("needs")) {
      b.needs(read(name + ".needs", node.get("needs"), ServiceNeeds.class));
    }
    if (node.has("householdId")) {
      b.householdId(node.get("householdId").asText());
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      throw e.under(name);
    }
  }

  /** The node of a required input. */
  JsonNode node(String name) {
    JsonNode n = golden.input().get(name);
    if (n == null) {
      throw new IllegalArgumentException(golden.id() + ": the case has no input " + name);
    }
    return n;
  }

  private static <T> T read(String name, JsonNode node, Class<T> type) {
    try {
      return Json.read(node.toString(), type);
    } catch (ValidationException e) {
      throw e.under(name);
    }
  }
}
