package org.communityprevention.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.jdbc.ledger.JdbcLedger;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.testkit.county.SampleCounty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample as a user starts it: an embedded PostgreSQL, the county's season sent through HTTP at startup, the
 * report page served from the stored reports — and its counts are the in-memory engine's on the same reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "sample.residents=20000")
class SampleApplicationSmokeTest {
  @LocalServerPort
  int port;
  @Autowired
  ReportFeed feed;
  @Autowired
  CountySeason season;
  @Autowired
  JdbcLedger ledger;
  @Autowired
  ReportingRules rules;
  @Autowired
  io.zonky.test.db.postgres.embedded.EmbeddedPostgres embedded;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  @DisplayName("the season is stored through HTTP, the page and the JSON equal the engine, and a second feed adds nothing")
  void seasonThroughHttp() {
    DateWindow window = season.scenario().season();
    assertThat(window.days()).isEqualTo(60);
    ReportFeed.Sent sent = feed.last();
    ReportLedger engine = ReportLedger.of(rules, UnitRegistry.of(season.units()));
    var submitted = engine.submitAll(season.reports());
    assertThat(sent.read()).isEqualTo(season.reports().size());
    assertThat(sent.stored() + sent.duplicates() + sent.rejected()).isEqualTo(sent.read());
    assertThat(sent.rejected()).isEqualTo(submitted.rejected().size());
    assertThat(sent.stored()).isGreaterThan(8000);

    PresenceBuilder builder = PresenceBuilder.of(engine.registry(), window);
    builder.addAll(engine);
    CompletenessTable expected = builder.build().table(window);
    CompletenessCounts county = expected.counts(SampleCounty.COUNTY);
    assertThat(county.expected()).isEqualTo(150L * 60);
    assertThat(county.missing()).isPositive();

    JsonNode stored = Json.read(get("/community-prevention/reports/completeness?from=" + window.start()
        + "&until=" + window.endExclusive() + "&level=COUNTY").body(), JsonNode.class);
    assertThat(counts(stored.get("national"))).isEqualTo(expected.national());
    assertThat(stored.get("nodes").get(2).get("node").asText()).isEqualTo(SampleCounty.COUNTY.value());
    assertThat(counts(stored.get("nodes").get(2).get("counts"))).isEqualTo(county);

    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("text/html"));
    assertThat(page.body()).contains("青山县（虚构）日报告与零报告完整性")
        .contains("数据库中已存日报 " + ledger.reportCount() + " 份；政策 ed7-2020@1")
        .contains("<tr><td>全县</td><td>" + county.expected() + "</td><td>" + county.received() + "</td><td>"
            + county.onTime() + "</td><td>" + county.late() + "</td><td>" + county.missing() + "</td><td>"
            + county.zeroReports() + "</td>");
    assertThat(get("/?lang=en").body()).contains("<tr><td>County</td><td>" + county.expected() + "</td>");

    long before = ledger.reportCount();
    ReportFeed.Sent again = feed.feed();
    assertThat(again.read()).isEqualTo(sent.read());
    assertThat(again.stored()).isZero();
    assertThat(again.duplicates()).isEqualTo(sent.stored() + sent.duplicates());
    assertThat(ledger.reportCount()).isEqualTo(before);
    assertThat(ledger.presence(window).table(window).national()).isEqualTo(expected.national());
  }

  @Test
  @DisplayName("the health indicator names the policy; the counters count the reports sent")
  void healthAndMetrics() {
    JsonNode health = Json.read(get("/actuator/health/communityPrevention").body(), JsonNode.class);
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.get("details").get("policy").asText()).isEqualTo("ed7-2020@1");
    JsonNode read = Json.read(get("/actuator/metrics/community.prevention.reports.read").body(), JsonNode.class);
    assertThat(read.get("measurements").get(0).get("value").asDouble())
        .isGreaterThanOrEqualTo(season.reports().size());
    assertThat(get("/v3/api-docs").body()).contains("/community-prevention/reports/completeness");
    assertThat(embedded.getPort()).isPositive();
  }

  @Test
  @DisplayName("POST reports names each rejected line by its number, blank lines skipped, and stores nothing twice")
  void rejectedLinesByNumber() throws Exception {
    String held = Json.write(season.reports().get(0));
    String body = held + "\n\n{\"unit\":\"440983102201\"}\n"
        + held.replace(season.reports().get(0).unit().value(), "360788999201") + "\n";
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/community-prevention/reports")).header("Content-Type", "application/x-ndjson")
        .header("Accept-Language", "en")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = Json.read(r.body(), JsonNode.class);
    assertThat(doc.get("summary").toString())
        .isEqualTo("{\"read\":3,\"stored\":0,\"duplicates\":1,\"rejected\":2}");
    assertThat(doc.get("rejected").get(0).get("line").asLong()).isEqualTo(3);
    assertThat(doc.get("rejected").get(1).get("line").asLong()).isEqualTo(4);
    assertThat(doc.get("rejected").get(1).get("violations").get(0).get("code").asText())
        .isEqualTo("reporting.report.unit_unknown");
  }

  private static CompletenessCounts counts(JsonNode node) {
    return Json.read(node.toString(), CompletenessCounts.class);
  }

  private HttpResponse<String> get(String path) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
