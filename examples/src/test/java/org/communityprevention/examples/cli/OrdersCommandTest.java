package org.communityprevention.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("JSON command line: orders (§2.1)")
class OrdersCommandTest {
  @TempDir
  Path dir;

  /** A village's line: rural, no feature, levels from 2021-02-01. */
  static String village(String code, String... levels) {
    return "{\"village\":\"" + code + "\",\"profile\":{\"rural\":true,\"features\":[]},\"levels\":{\"start\":"
        + "\"2021-02-01\",\"levels\":[\"" + String.join("\",\"", levels) + "\"]}}";
  }

  /** A county order for township 440983102000 at medium from 2021-02-02 until 2021-02-04 (exclusive). */
  static final String ORDER = "{\"authority\":\"COUNTY\",\"document\":\"某县通告第3号\",\"area\":\"440983102000\","
      + "\"level\":\"MEDIUM\",\"measures\":[],\"start\":\"2021-02-02\",\"endExclusive\":\"2021-02-04\"}";

  private String orders(String... lines) throws IOException {
    Path p = dir.resolve("orders.jsonl");
    Files.writeString(p, String.join("\n", lines), StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  @DisplayName("§2.1 an order starts the response of a village at low risk; the level takes over when it ends")
  void orderStartsResponse() throws IOException {
    CliRun r = CliRun.of(village("440983102201", "LOW", "LOW", "LOW", "LOW", "LOW"), "orders", "--orders",
        orders(ORDER));
    assertThat(r.exit()).isZero();
    JsonNode doc = Json(r.out().get(0));
    List<String> days = new ArrayList<>();
    doc.get("days").forEach(d -> days.add(d.get("date").asText().substring(8) + " " + d.get("state").asText() + " "
        + d.get("level").asText() + " " + d.get("responseLevel").asText() + " " + d.get("orders").size()));
    assertThat(days).containsExactly("01 INACTIVE LOW LOW 0", "02 ACTIVATED LOW MEDIUM 1", "03 ACTIVATED LOW MEDIUM 1",
        "04 STOOD_DOWN LOW LOW 0", "05 STOOD_DOWN LOW LOW 0");
    List<String> changes = new ArrayList<>();
    doc.get("changes").forEach(c -> changes.add(c.get("date").asText() + " " + c.get("toState").asText() + " "
        + c.get("decidedBy").asText()));
    assertThat(changes).containsExactly("2021-02-02 ACTIVATED ORDER", "2021-02-04 STOOD_DOWN LEVEL");
    assertThat(r.summary().get("decidedByOrder").asLong()).isEqualTo(1);
  }

  @Test
  @DisplayName("§2.1 an order never lowers a response: a high level stays high, decided by the level")
  void neverLowers() throws IOException {
    CliRun r = CliRun.of(village("440983102201", "HIGH", "HIGH", "HIGH"), "--lang", "en", "orders", "--orders",
        orders(ORDER), "--format", "text");
    assertThat(r.out()).hasSize(1);
    assertThat(r.out().get(0)).startsWith("440983102201\t2021-02-01\tinactive → activated\tdecided by the risk level");
  }

  @Test
  @DisplayName("§2.1 a village outside the order's area keeps the level's response; Chinese text names the source")
  void outsideArea() throws IOException {
    CliRun r = CliRun.of(village("440983102201", "LOW", "LOW", "LOW", "LOW") + "\n"
        + village("440983103201", "LOW", "LOW", "LOW", "LOW"), "orders", "--orders", orders(ORDER), "--format", "text");
    assertThat(r.out()).hasSize(2);
    assertThat(r.out()).allMatch(l -> l.startsWith("440983102201\t"));
    assertThat(r.out().get(0)).contains("未启动 → 启动\t决定来源：部署要求\t");
    assertThat(r.out().get(1)).contains("启动 → 终止\t决定来源：风险等级\t");
    assertThat(r.summary().get("accepted").asLong()).isEqualTo(2);
  }

  @Test
  @DisplayName("a bad village line is rejected and the others folded; one bad order is bad input for the run")
  void badLines() throws IOException {
    CliRun r = CliRun.of(String.join("\n", village("440983102201", "LOW"), village("440983102000", "LOW"),
        village("440983102202", "LOW", "PURPLE"), village("440983102201", "LOW"),
        village("440983102203", "LOW").replace("[\"LOW\"]", "[]")),
        "orders", "--orders", orders(ORDER));
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.rejected()).extracting(j -> j.get("line").asLong() + " " + j.get("violations").get(0).get("field")
        .asText()).containsExactly("2 village", "3 levels.levels[1]", "5 levels");
    assertThat(r.summary().get("read").asLong()).isEqualTo(5);
    assertThat(r.summary().get("accepted").asLong()).isEqualTo(1);
    assertThat(r.summary().get("duplicates").asLong()).isEqualTo(1);

    CliRun o = CliRun.of(village("440983102201", "LOW"), "orders", "--orders",
        orders(ORDER, ORDER.replace("\"level\":\"MEDIUM\",\"measures\":[]", "\"level\":\"LOW\",\"measures\":[]")));
    assertThat(o.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(o.out()).isEmpty();
    assertThat(o.violations().get(0).get("field").asText()).isEqualTo("orders:2.measures");
  }

  private static JsonNode Json(String line) {
    return org.communityprevention.core.json.Json.read(line, JsonNode.class);
  }
}
