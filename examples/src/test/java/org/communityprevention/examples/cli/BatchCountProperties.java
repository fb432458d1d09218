package org.communityprevention.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Fuzz.withinTimeLimit;
import static org.communityprevention.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * For random mixes of good lines, resends, conflicting records, bad lines and blank lines, each new batch command
 * accounts for every non-blank line: read = accepted + rejected + duplicates, every rejected line is named once by its
 * number, and the exit code is bad input exactly when a line was rejected.
 */
@DisplayName("JSON command line: every line of a batch is accepted, rejected or a counted duplicate")
class BatchCountProperties {
  /** Lines every command refuses: not JSON, not an object, a blank id, a date that is not yyyy-MM-dd. */
  private static final List<String> COMMON_BAD = List.of("{", "[]", "null", "{\"personId\":\"\"}", "42",
      "{\"unknown\":1}");

  private static final List<String> RETURNEES = new ArrayList<>();
  private static final List<String> EVACUEES = new ArrayList<>();
  private static final List<String> VILLAGES = new ArrayList<>();

  static {
    for (int k = 0; k < 3; k++) {
      // Two variants per person: the same id with a different return day conflicts.
      RETURNEES.add(ReturneesCommandTest.returnee("p" + k, "2021-02-06", "2021-02-05", "2021-02-04"));
      RETURNEES.add(ReturneesCommandTest.returnee("p" + k, "2021-02-07", null, null));
      EVACUEES.add("{\"personId\":\"e" + k + "\",\"householdId\":\"h" + k + "\",\"birthDate\":\"1950-01-01\"}");
      EVACUEES.add("{\"personId\":\"e" + k + "\",\"householdId\":\"h9\"}");
      VILLAGES.add(OrdersCommandTest.village("44098310220" + k, "LOW", "MEDIUM", "LOW", "LOW"));
      VILLAGES.add(OrdersCommandTest.village("44098310220" + k, "HIGH", "HIGH"));
    }
    RETURNEES.addAll(List.of(ReturneesCommandTest.returnee("x", "2021-2-06", null, null),
        ReturneesCommandTest.returnee("11010519491231002X", "2021-02-06", null, null),
        ReturneesCommandTest.returnee("y", "2021-02-06", null, null).replace("\"returnedOn\":\"2021-02-06\"",
            "\"returnedOn\":\"2021-02-01\"")));
    EVACUEES.addAll(List.of("{\"personId\":\"13800138000\",\"householdId\":\"h1\"}",
        "{\"personId\":\"z\",\"householdId\":\"h1\",\"birthDate\":\"1950-1-01\"}",
        "{\"personId\":\"z\",\"householdId\":\"h1\",\"disabled\":\"yes\"}"));
    VILLAGES.addAll(List.of(OrdersCommandTest.village("440983102000", "LOW"),
        OrdersCommandTest.village("440983102209", "LOW", "GREEN"),
        OrdersCommandTest.village("440983102209", "LOW").replace("2021-02-01", "2021-2-01")));
  }

  @TempDir
  Path dir;
  private String order;
  private String vehicles;
  private String orders;

  @BeforeEach
  void files() throws IOException {
    order = write("order.json",
        "{\"orderId\":\"o1\",\"area\":\"440983102201\",\"announcedAt\":\"2021-02-10T08:00:00+08:00\"}");
    vehicles = write("vehicles.jsonl", "{\"vehicleId\":\"v1\",\"ratedSeats\":6}\n");
    orders = write("orders.jsonl", OrdersCommandTest.ORDER);
  }

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  /** Inputs of up to 10 lines drawn from a command's pool, the common bad lines and blank lines. */
  private static Gen<String> inputs(List<String> pool) {
    List<String> all = new ArrayList<>(pool);
    all.addAll(COMMON_BAD);
    all.add("");
    all.add("   ");
    return lists().of(integers().between(0, all.size() - 1)).ofSizeBetween(0, 10)
        .map(picks -> String.join("\n", picks.stream().map(all::get).toList()));
  }

  @Test
  @DisplayName("returnees: read = accepted + rejected + duplicates")
  void returnees() {
    withinTimeLimit(() -> qt().forAll(inputs(RETURNEES)).checkAssert(text ->
        accounted(text, CliRun.of(text, "returnees", "--date", "2021-02-08"))));
  }

  @Test
  @DisplayName("isolation: read = accepted + rejected + duplicates")
  void isolation() {
    withinTimeLimit(() -> qt().forAll(inputs(EVACUEES)).checkAssert(text ->
        accounted(text, CliRun.of(text, "isolation", "--order", order, "--vehicles", vehicles, "--site", "s1"))));
  }

  @Test
  @DisplayName("orders: read = accepted + rejected + duplicates")
  void orders() {
    withinTimeLimit(() -> qt().forAll(inputs(VILLAGES)).checkAssert(text ->
        accounted(text, CliRun.of(text, "orders", "--orders", orders))));
  }

  private static void accounted(String text, CliRun r) {
    String shown = text + " → exit " + r.exit() + ", " + r.err();
    assertThat(String.join("\n", r.err())).as(shown).doesNotContain("Exception").doesNotContain("\tat ");
    List<String> lines = text.lines().toList();
    Set<Long> nonBlank = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        nonBlank.add(i + 1L);
      }
    }
    JsonNode summary = r.summary();
    long read = summary.get("read").asLong();
    long accepted = summary.get("accepted").asLong();
    long rejected = summary.get("rejected").asLong();
    long duplicates = summary.get("duplicates").asLong();
    assertThat(read).as(shown).isEqualTo(nonBlank.size());
    assertThat(accepted + rejected + duplicates).as(shown).isEqualTo(read);
    List<Long> numbers = r.rejected().stream().map(j -> j.get("line").asLong()).toList();
    assertThat(numbers).as(shown).hasSize((int) rejected).doesNotHaveDuplicates();
    assertThat(nonBlank).as(shown).containsAll(numbers);
    r.rejected().forEach(j -> assertThat(j.get("violations")).as(shown).isNotEmpty());
    assertThat(r.exit() == CommunityPrevention.BAD_INPUT).as(shown).isEqualTo(rejected > 0);
    assertThat(r.exit()).as(shown).isIn(CommunityPrevention.OK, CommunityPrevention.FINDINGS,
        CommunityPrevention.BAD_INPUT);
  }
}
