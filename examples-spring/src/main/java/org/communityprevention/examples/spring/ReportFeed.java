package org.communityprevention.examples.spring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * Sends the county's season to the service over HTTP, as the villages' apps and the county's register would: the
 * register first ({@code POST /community-prevention/units}), then one batch of daily reports per day
 * ({@code POST /community-prevention/reports}). Sending it again is harmless: the ledger counts the reports it
 * already holds as duplicates.
 */
final class ReportFeed implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ReportFeed.class);

  private final CountySeason season;
  private final WebServerApplicationContext context;
  private final HttpClient client = HttpClient.newHttpClient();

  ReportFeed(CountySeason season, WebServerApplicationContext context) {
    this.season = season;
    this.context = context;
  }

  /** What one run of the feed sent and what the service answered. */
  record Sent(long read, long stored, long duplicates, long rejected) {}

  private volatile Sent last;

  @Override
  public void run(ApplicationArguments args) {
    last = feed();
  }

  /** The last run's totals. */
  Sent last() {
    return last;
  }

  Sent feed() {
    String base = "http://localhost:" + context.getWebServer().getPort() + "/community-prevention";
    post(base + "/units", lines(season.units()));
    long read = 0;
    long stored = 0;
    long duplicates = 0;
    long rejected = 0;
    for (LocalDate day = season.scenario().season().start(); day.isBefore(season.scenario().season()
        .endExclusive()); day = day.plusDays(1)) {
      var summary = Json.read(post(base + "/reports", lines(season.reportsFor(day))),
          com.fasterxml.jackson.databind.JsonNode.class).get("summary");
      read += summary.get("read").asLong();
      stored += summary.get("stored").asLong();
      duplicates += summary.get("duplicates").asLong();
      rejected += summary.get("rejected").asLong();
    }
    LOG.info("sent {} reports of {} days: {} stored, {} already held, {} rejected", read,
        season.scenario().season().days(), stored, duplicates, rejected);
    return new Sent(read, stored, duplicates, rejected);
  }

  private static String lines(List<?> values) {
    StringBuilder out = new StringBuilder();
    values.forEach(v -> out.append(Json.write(v)).append('\n'));
    return out.toString();
  }

  private String post(String url, String jsonLines) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString(jsonLines, StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(
          StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": "
            + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while feeding reports", e);
    }
  }
}
