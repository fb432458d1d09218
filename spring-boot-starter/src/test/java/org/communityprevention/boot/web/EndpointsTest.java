package org.communityprevention.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HTTP endpoints of a Spring Boot application with the starter, against a real server: each operation answers
 * as the JSON command line does for the same input (the outputs {@code docs/cli.md} shows), bad input gets problem
 * details with the violations list, and no personal data comes back.
 */
@SpringBootTest(classes = EndpointsTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "community-prevention.policy.layer=file:../docs/examples/guangdong-2021.json",
        "community-prevention.web.enabled=true",
        "community-prevention.web.max-request-size=256KB",
        "management.endpoints.web.exposure.include=health,metrics",
        "management.endpoint.health.show-details=always"})
class EndpointsTest {
  /**
   * An application with nothing but the auto-configuration: no database (the ledger has its own test) and no
   * security (SecuredEndpointsTest puts it on).
   */
  @SpringBootConfiguration
  @EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, SecurityAutoConfiguration.class,
      ManagementWebSecurityAutoConfiguration.class})
  static class App {}

  private static final CliDocument CLI = CliDocument.read();

  @LocalServerPort
  int port;
  @Autowired
  MeterRegistry meters;
  @Autowired
  org.communityprevention.core.policy.Policy policy;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  @DisplayName("classify answers each line in input order as the command line does: classifications, rejections, findings")
  void classify() {
    HttpResponse<String> r = http.post("/community-prevention/classify?date=2021-02-04&policy=ed7-2020",
        "application/x-ndjson", Http.example("residents.jsonl"), "en");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/x-ndjson"));
    List<JsonNode> lines = Http.lines(r.body());
    List<String> cli = CLI.output("community-prevention --lang en classify --date 2021-02-04");
    List<String> rejected = CLI.output("cat rejected.jsonl");
    List<String> findings = CLI.output("cat findings.jsonl");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0).get("line").asLong()).isEqualTo(1);
    assertThat(lines.get(0).get("result")).isEqualTo(Http.json(cli.get(0)));
    assertThat(lines.get(0).get("findings")).containsExactlyElementsOf(
        findings.stream().map(Http::json).toList());
    assertThat(lines.get(1).get("line").asLong()).isEqualTo(2);
    assertThat(lines.get(1).get("result")).isEqualTo(Http.json(cli.get(1)));
    assertThat(lines.get(1).get("findings")).isEmpty();
    assertThat(lines.subList(2, 4)).containsExactlyElementsOf(rejected.stream().map(Http::json).toList());
    assertThat(lines.get(4)).isEqualTo(summary(cli.get(2)));
  }

  @Test
  @DisplayName("classify answers an identical resend once and rejects different records under one person id")
  void classifyResends() {
    String a = "{\"personId\":\"R-1\",\"birthDate\":\"1950-03-01\"}";
    String b = "{\"personId\":\"R-2\",\"birthDate\":\"1960-03-01\"}";
    String c = "{\"personId\":\"R-2\",\"birthDate\":\"1961-03-01\"}";
    HttpResponse<String> r = http.post("/community-prevention/classify?date=2021-02-04", "application/x-ndjson",
        a + "\n" + b + "\n" + a + "\n" + c + "\n", "en");
    List<JsonNode> lines = Http.lines(r.body());
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).get("line").asLong()).isEqualTo(1);
    assertThat(lines.get(0).get("result").get("personId").asText()).isEqualTo("R-1");
    assertThat(lines.get(1).get("line").asLong()).isEqualTo(2);
    assertThat(lines.get(1).get("violations").get(0).get("code").asText())
        .isEqualTo("core.population.conflicting_records");
    assertThat(lines.get(1).get("violations").get(0).get("params").get("lines").asText()).isEqualTo("4");
    assertThat(lines.get(2).get("line").asLong()).isEqualTo(4);
    assertThat(lines.get(2).get("violations").get(0).get("params").get("lines").asText()).isEqualTo("2");
    assertThat(lines.get(3).get("summary").toString()).isEqualTo("{\"read\":4,\"classified\":1,\"rejected\":2,"
        + "\"duplicates\":1,\"disagreements\":0,\"unmanaged\":0}");
  }

  @Test
  @DisplayName("risk timeline folds each area's days as the command line does")
  void riskTimeline() {
    HttpResponse<String> r = http.post("/community-prevention/risk/timeline?until=2022-07-12&policy=ed9-2022",
        "application/x-ndjson", Http.example("day-facts-clean.jsonl"));
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> cli = CLI.output("community-prevention risk timeline --until 2022-07-12");
    List<JsonNode> lines = Http.lines(r.body());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("result")).isEqualTo(Http.json(cli.get(0)));
    assertThat(lines.get(1)).isEqualTo(summary(cli.get(1)));
  }

  @Test
  @DisplayName("reports check gives the completeness of every node, the gaps, stopped units, conflicts and rejected lines")
  void reportsCheck() {
    double before = meters.counter("community.prevention.reports.read").count();
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("units", Http.example("units.jsonl"));
    parts.put("reports", Http.example("reports.jsonl"));
    HttpResponse<String> r = http.multipart(
        "/community-prevention/reports/check?from=2021-02-01&until=2021-02-04&level=COUNTY&policy=ed7-2020", parts);
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> cli = CLI.output("community-prevention --lang en reports check");
    JsonNode doc = Http.json(r.body());
    ObjectNode expected = (ObjectNode) Http.json(cli.get(0));
    List<JsonNode> expectedRejected = new ArrayList<>();
    cli.subList(1, cli.size() - 1).forEach(l -> expectedRejected.add(Http.json(l)));
    expected.set("rejected", Json.mapper().valueToTree(expectedRejected));
    expected.set("summary", Http.json(cli.get(cli.size() - 1)));
    assertThat(doc).isEqualTo(expected);
    assertThat(meters.counter("community.prevention.reports.read").count() - before).isEqualTo(8);
    assertThat(meters.counter("community.prevention.reports.rejected").count()).isGreaterThanOrEqualTo(2);
    assertThat(meters.counter("community.prevention.findings", "kind", "conflict").count()).isGreaterThanOrEqualTo(1);
  }

  @Test
  @DisplayName("eligibility with the village's channel plan answers as the command line does")
  void eligibility() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("residents", Http.example("village-residents.jsonl"));
    parts.put("channels", Http.example("channels.json"));
    HttpResponse<String> r = http.multipart("/community-prevention/eligibility?village=440983102201&date=2021-02-12"
        + "&level=MEDIUM&policy=ed7-2020", parts);
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> cli = CLI.output("community-prevention --lang en eligibility");
    ObjectNode expected = (ObjectNode) Http.json(cli.get(0));
    expected.putArray("rejected");
    expected.set("summary", Http.json(cli.get(1)));
    assertThat(Http.json(r.body())).isEqualTo(expected);
  }

  @Test
  @DisplayName("eligibility as JSON Lines runs every catalogue channel: no channel findings")
  void eligibilityWithCatalogueChannels() {
    HttpResponse<String> r = http.post("/community-prevention/eligibility?village=440983102201&date=2021-02-12"
        + "&level=MEDIUM", "application/x-ndjson", Http.example("village-residents.jsonl"));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = Http.json(r.body());
    assertThat(doc.get("policy").get("id").asText()).isEqualTo("44-2021-02");
    assertThat(doc.get("residents")).hasSize(3);
    assertThat(doc.get("findings")).isEmpty();
    assertThat(doc.get("summary").get("read").asLong()).isEqualTo(3);
  }

  @Test
  @DisplayName("policy validate accepts the provincial layer and refuses a loosening one with the field named")
  void policyValidate() {
    HttpResponse<String> ok = http.post("/community-prevention/policy/validate", "application/json",
        Http.example("guangdong-2021.json"));
    assertThat(ok.statusCode()).isEqualTo(200);
    JsonNode valid = Http.json(ok.body());
    assertThat(valid.get("policy").get("id").asText()).isEqualTo("44-2021-02");
    assertThat(valid.get("basedOn").asText()).isEqualTo("ed7-2020");

    HttpResponse<String> bad = http.post("/community-prevention/policy/validate", "application/json",
        Http.example("loosening.json"), "en");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = Http.json(bad.body());
    JsonNode cli = Http.json(CLI.output("community-prevention --lang en policy validate docs/examples/loosening.json")
        .get(0));
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("type").asText()).isEqualTo("urn:community-prevention:problem:invalid-input");
    assertThat(problem.get("title").asText()).isEqualTo("Invalid input");
    assertThat(problem.get("violations")).isEqualTo(cli.get("violations"));
    assertThat(problem.get("detail").asText()).isEqualTo(cli.get("violations").get(0).get("message").asText());
  }

  @Test
  @DisplayName("GET policy names the configured policy, its baseline and its unverified fields")
  void configuredPolicy() {
    JsonNode doc = Http.json(http.get("/community-prevention/policy").body());
    assertThat(doc.get("policy").get("id").asText()).isEqualTo("44-2021-02");
    assertThat(doc.get("jurisdiction").asText()).isEqualTo("44");
    assertThat(doc.get("unverifiedFields").isArray()).isTrue();
  }

  @Test
  @DisplayName("bad parameters are problem details naming the parameter, in the language asked for")
  void badParameters() {
    HttpResponse<String> noDate = http.post("/community-prevention/classify", "application/x-ndjson", "", "en");
    assertThat(noDate.statusCode()).isEqualTo(400);
    assertThat(violation(noDate)).isEqualTo(List.of("date", "boot.web.missing_parameter", "date: a value is required"));

    HttpResponse<String> badDate = http.post("/community-prevention/classify?date=2021-2-4", "application/x-ndjson",
        "", "zh-CN,zh;q=0.9");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(violation(badDate)).isEqualTo(List.of("date", "boot.web.bad_date", "date: 不是日期（应为 yyyy-MM-dd）"));
    assertThat(Http.json(badDate.body()).get("title").asText()).isEqualTo("输入有误");

    HttpResponse<String> badLevel = http.post("/community-prevention/eligibility?village=440983102201"
        + "&date=2021-02-12&level=SEVERE", "application/x-ndjson", "", "en");
    assertThat(badLevel.statusCode()).isEqualTo(400);
    assertThat(violation(badLevel).subList(0, 2)).isEqualTo(List.of("level", "boot.web.not_one_of"));
    assertThat(badLevel.body()).doesNotContain("SEVERE");

    HttpResponse<String> badVillage = http.post("/community-prevention/eligibility?village=44098310220"
        + "&date=2021-02-12", "application/x-ndjson", "", "en");
    assertThat(badVillage.statusCode()).isEqualTo(400);
    assertThat(violation(badVillage).subList(0, 2)).isEqualTo(List.of("village", "core.division.code_length"));

    HttpResponse<String> unknownPolicy = http.post("/community-prevention/classify?date=2021-02-04&policy=ed99",
        "application/x-ndjson", "", "en");
    assertThat(violation(unknownPolicy).subList(0, 2)).isEqualTo(List.of("policy", "boot.web.unknown_policy"));

    HttpResponse<String> noPart = http.multipart("/community-prevention/reports/check?from=2021-02-01"
        + "&until=2021-02-04", Map.of("reports", Http.example("reports.jsonl")));
    assertThat(noPart.statusCode()).isEqualTo(400);
    assertThat(violation(noPart).subList(0, 2)).isEqualTo(List.of("units", "boot.web.missing_part"));

    HttpResponse<String> wrongType = http.post("/community-prevention/classify?date=2021-02-04", "text/csv", "a,b");
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(violation(wrongType).subList(0, 2)).isEqualTo(List.of("Content-Type", "boot.web.media_type"));
  }

  @Test
  @DisplayName("a body over the limit is refused with 413, whether its length is declared or not")
  void sizeLimit() {
    String line = "{\"personId\":\"R-1\",\"birthDate\":\"1950-01-01\"}\n";
    String large = line.repeat(300 * 1024 / line.length());
    HttpResponse<String> declared = http.post("/community-prevention/classify?date=2021-02-04",
        "application/x-ndjson", large, "en");
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(violation(declared)).isEqualTo(List.of("body", "boot.web.body_too_large",
        "body: the request body is larger than 262144 bytes"));

    byte[] bytes = large.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> chunked = http.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://localhost:" + port + "/community-prevention/classify?date=2021-02-04"))
        .header("Content-Type", "application/x-ndjson")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() ->
            new java.io.ByteArrayInputStream(bytes))).build());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(violation(chunked).subList(0, 2)).isEqualTo(List.of("body", "boot.web.body_too_large"));
  }

  @Test
  @DisplayName("personal data sent in is never echoed: not in results, rejections or problem details")
  void noPersonalDataEchoed() {
    String id = "11010519491231002X";
    String phone = "13800138000";
    String name = "张三丰";
    String body = "{\"personId\":\"R-7\",\"identityNumber\":\"" + id + "\",\"phone\":\"" + phone
        + "\",\"name\":\"" + name + "\"}\n"
        + "{\"personId\":\"R-8\",\"identityNumber\":\"110105194912310021\",\"phone\":\"" + phone
        + "\",\"name\":\"" + name + "\",\"birthDate\":\"1949-13-01\"}\n"
        + "{\"personId\":\"" + phone + "\"}\n";
    HttpResponse<String> r = http.post("/community-prevention/classify?date=2021-02-04", "application/x-ndjson",
        body, "en");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain(id).doesNotContain("110105194912310021").doesNotContain(phone)
        .doesNotContain(name).doesNotContain("1949-13-01");
    List<JsonNode> lines = Http.lines(r.body());
    assertThat(lines.get(lines.size() - 1).get("summary").get("read").asLong()).isEqualTo(3);
    assertThat(lines.get(lines.size() - 1).get("summary").get("rejected").asLong()).isGreaterThanOrEqualTo(2);

    HttpResponse<String> problem = http.post("/community-prevention/eligibility?village=" + phone
        + "&date=2021-02-12", "application/x-ndjson", "", "en");
    assertThat(problem.statusCode()).isEqualTo(400);
    assertThat(problem.body()).doesNotContain(phone);
  }

  @Test
  @DisplayName("the health indicator names the policy in force, its version and its count of unverified values")
  void health() {
    HttpResponse<String> r = http.get("/actuator/health/communityPrevention");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode health = Http.json(r.body());
    assertThat(health.get("status").asText()).isEqualTo("UP");
    JsonNode details = health.get("details");
    assertThat(details.get("policy").asText()).isEqualTo("44-2021-02@1");
    assertThat(details.get("version").asText()).isEqualTo("1");
    assertThat(details.get("basedOn").asText()).isEqualTo("ed7-2020");
    assertThat(details.get("unverifiedValues").asInt()).isEqualTo(policy.unverifiedFields().size());
    assertThat(details.get("effectiveFrom").asText()).isEqualTo("2021-02-01");
    assertThat(details.get("inForceToday").isBoolean()).isTrue();
  }

  @Test
  @DisplayName("the OpenAPI description lists every endpoint")
  void openApi() {
    HttpResponse<String> r = http.get("/v3/api-docs");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode paths = Http.json(r.body()).get("paths");
    assertThat(paths.has("/community-prevention/classify")).isTrue();
    assertThat(paths.has("/community-prevention/risk/timeline")).isTrue();
    assertThat(paths.has("/community-prevention/reports/check")).isTrue();
    assertThat(paths.has("/community-prevention/eligibility")).isTrue();
    assertThat(paths.has("/community-prevention/policy/validate")).isTrue();
    assertThat(paths.get("/community-prevention/classify").get("post").get("summary").asText())
        .isEqualTo("Classify residents on a date");
  }

  /** The CLI's summary line as the endpoints' last line, {@code {"summary":{…}}}. */
  private static JsonNode summary(String cliSummary) {
    ObjectNode line = Json.mapper().createObjectNode();
    line.set("summary", Http.json(cliSummary));
    return line;
  }

  /** The first violation of a problem detail: field, code, message. */
  private static List<String> violation(HttpResponse<String> response) {
    JsonNode v = Http.json(response.body()).get("violations").get(0);
    return List.of(v.get("field").asText(), v.get("code").asText(), v.get("message").asText());
  }
}
