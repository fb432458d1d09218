package org.communityprevention.testkit.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The published golden vectors (黄金用例) and the entry points that check an integration against them.
 *
 * <p>Each vector is a clause-cited case: inputs, the policy and date it runs under, and the expected decision and
 * reasons (or the expected refusal). A vendor implements an adapter per capability it integrates
 * ({@link PopulationAdapter}, {@link DivisionAdapter}, {@link RiskAdapter}, {@link ReportingAdapter},
 * {@link ServicesAdapter}) and runs the vectors from its own CI in one line:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> goldenVectors() {
 *   return GoldenVectors.tests(GoldenAdapters.none().withPopulation(new MyPopulationAdapter()));
 * }
 * }</pre>
 *
 * <p>or, inside an ordinary test, {@code GoldenVectors.check(adapters)}, which fails listing every case that does
 * not pass. The vectors are JSON resources under {@code org/communityprevention/testkit/golden/} (listed in
 * {@code index.json}), so a suite on another platform can read them too; {@code docs/golden-vectors.md} describes the
 * format.
 */
public final class GoldenVectors {
  /** The resource folder of the vectors. */
  public static final String FOLDER = "/org/communityprevention/testkit/golden/";

  private GoldenVectors() {}

  /** Every vector, in file order and case order. */
  public static List<GoldenCase> load() {
    JsonNode index = resource("index.json");
    List<GoldenCase> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode file : index.get("files")) {
      for (GoldenCase c : parse(file.asText(), resource(file.asText()))) {
        if (!ids.add(c.id())) {
          throw new IllegalStateException("golden vector id used twice: " + c.id());
        }
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Runs every vector against the adapters, as JUnit 5 dynamic tests grouped by file: return it from a
   * {@code @TestFactory} method. A case whose capability has no adapter is reported as skipped.
   */
  public static Stream<DynamicNode> tests(GoldenAdapters adapters) {
    Map<String, List<GoldenCase>> byFile = new LinkedHashMap<>();
    load().forEach(c -> byFile.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c));
    return byFile.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
        e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> {
          GoldenResult r = run(c, adapters);
          Assumptions.assumeFalse(r.status() == GoldenResult.Status.SKIPPED, r.message());
          if (r.status() == GoldenResult.Status.FAILED) {
            Assertions.fail(r.message());
          }
        }))));
  }

  /**
   * Runs every vector against the adapters and fails, listing each failing case, if any does not pass.
   *
   * @return the results, for a caller that wants the counts
   * @throws AssertionError if a case fails
   */
  public static List<GoldenResult> check(GoldenAdapters adapters) {
    List<GoldenResult> results = load().stream().map(c -> run(c, adapters)).toList();
    List<String> failures = results.stream().filter(r -> r.status() == GoldenResult.Status.FAILED)
        .map(r -> r.golden().displayName() + "\n    " + r.message().replace("\n", "\n    ")).toList();
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " of " + results.size() + " golden vectors failed:\n"
          + String.join("\n", failures));
    }
    return results;
  }

  /** Runs one vector against the adapters. */
  public static GoldenResult run(GoldenCase golden, GoldenAdapters adapters) {
    Optional<Capability> capability = Capability.ofId(golden.capability());
    if (capability.isEmpty()) {
      return failed(golden, "unknown capability " + golden.capability());
    }
    if (!capability.get().answeredBy(adapters)) {
      return new GoldenResult(golden, GoldenResult.Status.SKIPPED, "no adapter for " + golden.capability());
    }
    Object answer;
    try {
      answer = capability.get().call(adapters, golden);
    } catch (ValidationException e) {
      JsonNode violations = Json.mapper().valueToTree(e.violations());
      if (!golden.expected().expectsRejection()) {
        return failed(golden, "the input was refused: " + violations);
      }
      List<String> missing = missing(golden.expected().rejected(), violations);
      return missing.isEmpty() ? passed(golden)
          : failed(golden, "the refusal lacks " + String.join(", ", missing) + "; it lists " + violations);
    }
    JsonNode actual = Json.mapper().valueToTree(answer);
    if (golden.expected().expectsRejection()) {
      return failed(golden, "expected a refusal with " + golden.expected().rejected() + ", got " + actual);
    }
    List<String> problems = new ArrayList<>();
    golden.expected().outcome().ifPresent(o -> problems.addAll(JsonMatch.mismatches(o, actual)));
    JsonNode reasons = Json.mapper().valueToTree(JsonMatch.reasons(actual));
    List<String> missing = missing(golden.expected().reasons(), reasons);
    if (!missing.isEmpty()) {
      problems.add("reasons lack " + String.join(", ", missing) + "; they are " + codes(reasons));
    }
    return problems.isEmpty() ? passed(golden)
        : failed(golden, String.join("\n", problems) + "\nanswer: " + actual);
  }

  private static List<String> missing(List<JsonNode> expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : expected) {
      boolean found = false;
      for (JsonNode a : actual) {
        found |= JsonMatch.matches(e, a);
      }
      if (!found) {
        out.add(e.toString());
      }
    }
    return out;
  }

  private static String codes(JsonNode reasons) {
    List<String> out = new ArrayList<>();
    reasons.forEach(r -> out.add(r.path("code").asText() + " " + r.path("clauses")));
    return out.toString();
  }

  private static GoldenResult passed(GoldenCase golden) {
    return new GoldenResult(golden, GoldenResult.Status.PASSED, "");
  }

  private static GoldenResult failed(GoldenCase golden, String message) {
    return new GoldenResult(golden, GoldenResult.Status.FAILED, message);
  }

  /** The cases of one file; the file's {@code capability} and {@code policy} are the defaults of its cases. */
  static List<GoldenCase> parse(String file, JsonNode root) {
    List<GoldenCase> out = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      String id = required(file, c, "id").asText();
      String capability = c.has("capability") ? c.get("capability").asText()
          : required(file, root, "capability").asText();
      String policy = c.has("policy") ? c.get("policy").asText() : required(file, root, "policy").asText();
      List<Clause> clauses = new ArrayList<>();
      required(file, c, "clauses").forEach(x -> clauses.add(Clause.ofId(x.asText())));
      if (clauses.isEmpty()) {
        throw new IllegalStateException(file + " " + id + ": a case cites at least one clause");
      }
      JsonNode expected = required(file, c, "expected");
      List<JsonNode> reasons = new ArrayList<>();
      expected.path("reasons").forEach(reasons::add);
      List<JsonNode> rejected = new ArrayList<>();
      expected.path("rejected").forEach(rejected::add);
      boolean answer = expected.has("outcome") || !reasons.isEmpty();
      if (answer == !rejected.isEmpty()) {
        throw new IllegalStateException(file + " " + id + ": a case expects an outcome or a rejection, one of them");
      }
      out.add(new GoldenCase(file, id, capability, List.copyOf(clauses), required(file, c, "title").asText(), policy,
          Optional.ofNullable(c.get("layer")), c.has("date") ? Optional.of(LocalDate.parse(c.get("date").asText()))
              : Optional.empty(), c.has("input") ? c.get("input") : Json.mapper().createObjectNode(),
          new GoldenCase.Expectation(Optional.ofNullable(expected.get("outcome")), List.copyOf(reasons),
              List.copyOf(rejected))));
    }
    return out;
  }

  private static JsonNode required(String file, JsonNode node, String field) {
    JsonNode n = node.get(field);
    if (n == null) {
      throw new IllegalStateException(file + ": missing " + field + " in " + node.path("id").asText("the file"));
    }
    return n;
  }

  private static JsonNode resource(String name) {
    try (InputStream in = GoldenVectors.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("no golden vector resource " + name);
      }
      return Json.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
