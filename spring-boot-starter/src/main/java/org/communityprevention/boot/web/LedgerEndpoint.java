package org.communityprevention.boot.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.jdbc.ledger.IngestResult;
import org.communityprevention.jdbc.ledger.JdbcLedger;
import org.communityprevention.reporting.json.ReportLines;
import org.communityprevention.reporting.report.DailyReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The durable ledger over HTTP, when the application has one: {@code POST …/units} records changes of the unit
 * register, {@code POST …/reports} stores daily and zero reports (idempotent: a batch sent again counts its reports
 * as duplicates), {@code GET …/reports/completeness} answers from what is stored, as {@code reports check} does.
 */
@RestController
@RequestMapping("${community-prevention.web.base-path:/community-prevention}")
@Tag(name = "ledger", description = "The durable report ledger (持久化报送台账)")
class LedgerEndpoint {
  private final EndpointSupport support;
  private final JdbcLedger ledger;

  LedgerEndpoint(EndpointSupport support, JdbcLedger ledger) {
    this.support = support;
    this.ledger = ledger;
  }

  @Operation(summary = "Record changes of the unit register",
      description = "JSON Lines of UnitChange; changes already held are skipped. A bad line, or changes that do "
          + "not form a valid register with the stored ones, refuse the whole request.")
  @PostMapping(path = "/units", consumes = {EndpointSupport.NDJSON, EndpointSupport.JSONL},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode units(HttpServletRequest request) {
    int recorded = ledger.recordUnitChanges(ReportsEndpoint.register(EndpointSupport.body(request)));
    return Json.mapper().createObjectNode().put("recorded", recorded)
        .put("units", ledger.registry().units().size());
  }

  @Operation(summary = "Store daily and zero reports",
      description = "JSON Lines of DailyReport, stored in chunks, one transaction each. Out: the rejected lines "
          + "and the counts (read = stored + duplicates + rejected).")
  @PostMapping(path = "/reports", consumes = {EndpointSupport.NDJSON, EndpointSupport.JSONL},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<StreamingResponseBody> reports(HttpServletRequest request) {
    Locale locale = support.locale(request);
    int chunk = ledger.settings().chunkSize();
    List<DailyReport> pending = new ArrayList<>(chunk);
    List<Long> pendingLines = new ArrayList<>(chunk);
    List<Rejected> rejected = new ArrayList<>();
    long[] counts = new long[2];
    Runnable flush = () -> {
      IngestResult r = ledger.ingestReports(pending);
      counts[0] += r.stored();
      counts[1] += r.duplicates();
      for (Rejected bad : r.rejected()) {
        rejected.add(Rejected.of(pendingLines.get((int) bad.position()), bad.violations()));
      }
      pending.clear();
      pendingLines.clear();
    };
    // Lines are parsed and stored a chunk at a time, so a large body is never held whole.
    long[] read = {0};
    BodyLines.forEach(EndpointSupport.body(request), (number, line) -> {
      if (line.isBlank()) {
        return;
      }
      read[0]++;
      try {
        pending.add(ReportLines.parseLine(line));
        pendingLines.add(number);
      } catch (ValidationException e) {
        rejected.add(Rejected.of(number, e.violations()));
      }
      if (pending.size() == chunk) {
        flush.run();
      }
    }, (number, violations) -> {
      read[0]++;
      rejected.add(Rejected.of(number, violations));
    });
    if (!pending.isEmpty()) {
      flush.run();
    }
    long total = read[0];
    rejected.sort(java.util.Comparator.comparingLong(Rejected::position));
    long accepted = counts[0] + counts[1];
    support.count(m -> m.reports(total, accepted, rejected.size()));
    StreamingResponseBody body = out -> {
      try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
        g.writeStartObject();
        g.writeArrayFieldStart("rejected");
        for (Rejected r : rejected) {
          g.writeTree(ViolationsJson.rejected(r, locale));
        }
        g.writeEndArray();
        g.writeObjectField("summary", EndpointSupport.counts().put("read", total).put("stored", counts[0])
            .put("duplicates", counts[1]).put("rejected", rejected.size()));
        g.writeEndObject();
      }
    };
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  @Operation(summary = "Completeness of the stored reports per division node")
  @GetMapping(path = "/reports/completeness", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<StreamingResponseBody> completeness(
      @Parameter(description = "First reporting day, yyyy-MM-dd") @RequestParam Optional<String> from,
      @Parameter(description = "Day after the last reporting day, yyyy-MM-dd") @RequestParam Optional<String> until,
      @Parameter(description = "Lowest level listed (default VILLAGE)")
      @RequestParam(defaultValue = "VILLAGE") DivisionLevel level) {
    DateWindow window = DateWindow.of(EndpointSupport.date("from", from), EndpointSupport.date("until", until));
    CompletenessDocument doc = new CompletenessDocument(ledger.presence(window), window, support.configured(),
        level, ledger.conflicts(window));
    StreamingResponseBody body = out -> {
      try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
        g.writeStartObject();
        doc.writeFields(g);
        g.writeEndObject();
      }
    };
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** Any other media type: 415 with the types read (a handler of its own, so the answer is a problem detail). */
  @PostMapping(path = "/units")
  void unitsOtherMediaType() {
    throw MediaTypeRefused.jsonLines();
  }

  /** Any other media type: 415 with the types read (a handler of its own, so the answer is a problem detail). */
  @PostMapping(path = "/reports")
  void reportsOtherMediaType() {
    throw MediaTypeRefused.jsonLines();
  }
}
