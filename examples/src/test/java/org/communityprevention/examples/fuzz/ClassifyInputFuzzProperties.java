package org.communityprevention.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Fuzz.describe;
import static org.communityprevention.core.testing.Fuzz.jsonMutationsOf;
import static org.communityprevention.core.testing.Fuzz.randomStrings;
import static org.communityprevention.core.testing.Fuzz.withinTimeLimit;
import static org.communityprevention.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.testing.PopulationGenerators;
import org.communityprevention.examples.cli.CommunityPrevention;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Fuzzing of the command line's {@code classify} input (JSON Lines of {@code PersonFacts}) through
 * {@link CommunityPrevention#run}: every non-blank line is classified or reported as rejected with its line number
 * and typed violations; no stack trace reaches standard error and the exit code is one of the documented ones.
 */
@DisplayName("Fuzzing the classify command's input")
class ClassifyInputFuzzProperties {
  private static final Gen<String> VALID_LINES = PopulationGenerators.residents(PopulationGenerators.ED7_ANCHOR)
      .map(Json::writeRevealing);
  private static final Gen<String> LINES = jsonMutationsOf(VALID_LINES).mix(randomStrings(60), 20)
      .mix(VALID_LINES, 10);

  @TempDir
  Path dir;

  @Test
  @DisplayName("classify: every non-blank line of a mutated input is classified or rejected by line number")
  void classify() {
    Gen<String> inputs = lists().of(LINES).ofSizeBetween(0, 6).map(l -> String.join("\n", l));
    withinTimeLimit(() -> qt().forAll(inputs).checkAssert(this::checkClassify));
  }

  @Test
  @DisplayName("classify: JSON that is not a PersonFacts object is rejected, never classified or thrown")
  void fixedExamples() {
    checkClassify(String.join("\n", List.of("null", "[]", "{}", "1", "{\"personId\":null}",
        "{\"personId\":\"p1\",\"identityNumber\":\"\ud800\"}")));
  }

  private void checkClassify(String text) {
    Path input = dir.resolve("facts.jsonl");
    Path rejected = dir.resolve("rejected.jsonl");
    try {
      Files.write(input, text.getBytes(StandardCharsets.UTF_8));
      Files.deleteIfExists(rejected);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = CommunityPrevention.run(new String[] {"classify", "--date", "2021-02-10", "--rejected",
          rejected.toString(), input.toString()}, new PrintWriter(out), new PrintWriter(err));
      String shown = describe(text) + " (exit " + exit + ", standard error " + err + ")";
      assertThat(err.toString()).as("standard error for %s", shown).doesNotContain("Exception").doesNotContain("\tat ");
      List<String> errLines = err.toString().lines().toList();
      assertThat(errLines).as("standard error for %s", shown).isNotEmpty();
      JsonNode summary = Json.read(errLines.get(errLines.size() - 1), JsonNode.class);
      long records = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
      assertThat(summary.get("read").asLong()).as("read of %s", shown).isEqualTo(records);
      long classified = summary.get("classified").asLong();
      long rejectedCount = summary.get("rejected").asLong();
      long duplicates = summary.get("duplicates").asLong();
      assertThat(classified + rejectedCount + duplicates).as("classified + rejected + duplicates of %s", shown)
          .isEqualTo(records);
      assertThat(out.toString().lines().count()).as("classifications of %s", shown).isEqualTo(classified);
      List<String> rejectedLines = Files.exists(rejected)
          ? Files.readAllLines(rejected, StandardCharsets.UTF_8) : List.of();
      assertThat(rejectedLines).as("rejected lines of %s", shown).hasSize((int) rejectedCount);
      for (String line : rejectedLines) {
        JsonNode r = Json.read(line, JsonNode.class);
        assertThat(r.get("line").asLong()).isPositive();
        assertThat(r.get("violations")).isNotEmpty();
        r.get("violations").forEach(v -> assertThat(v.get("code").asText()).isNotBlank());
      }
      assertThat(exit).as("exit code for %s", shown).isIn(CommunityPrevention.OK, CommunityPrevention.FINDINGS,
          CommunityPrevention.BAD_INPUT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
