package org.communityprevention.boot.web;

import com.fasterxml.jackson.core.JsonGenerator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.json.Ingest;
import org.communityprevention.reporting.json.ReportLines;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST …/reports/check}: a multipart request with the register of units ({@code units}, JSON Lines of
 * {@code UnitChange}) and the daily and zero reports ({@code reports}, JSON Lines of {@code DailyReport}); out, one
 * JSON document, streamed: the completeness of every division node over the window down to {@code level}, the units
 * with gaps (worst first), the units that stopped reporting, the conflicting submissions (§1.6, §2.3), the rejected
 * report lines and the summary. A bad line of the register is bad input for the whole request.
 */
@RestController
@RequestMapping("${community-prevention.web.base-path:/community-prevention}")
@Tag(name = "reports", description = "Daily and zero reports (日报告、零报告, §1.6)")
class ReportsEndpoint {
  private final EndpointSupport support;
  private final ReportingRules configured;

  ReportsEndpoint(EndpointSupport support, ReportingRules configured) {
    this.support = support;
    this.configured = configured;
  }

  @Operation(summary = "Completeness of daily reports per division node",
      description = "Multipart: `units` (JSON Lines of UnitChange) and `reports` (JSON Lines of DailyReport). "
          + "The window runs from `from` until `until` (exclusive).")
  @PostMapping(path = "/reports/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<StreamingResponseBody> check(
      @Parameter(description = "First reporting day, yyyy-MM-dd") @RequestParam Optional<String> from,
      @Parameter(description = "Day after the last reporting day, yyyy-MM-dd") @RequestParam Optional<String> until,
      @Parameter(description = "Lowest level listed (default VILLAGE)")
      @RequestParam(defaultValue = "VILLAGE") DivisionLevel level,
      @Parameter(description = "A national baseline id; default: the configured policy")
      @RequestParam Optional<String> policy,
      @RequestPart("units") MultipartFile units,
      @RequestPart("reports") MultipartFile reports,
      HttpServletRequest request) {
    DateWindow window = DateWindow.of(EndpointSupport.date("from", from), EndpointSupport.date("until", until));
    Policy p = support.policy(policy);
    Locale locale = support.locale(request);
    UnitRegistry registry = UnitRegistry.of(register(units));
    ReportLedger ledger = ReportLedger.of(p == support.configured() ? configured : ReportingRules.of(p), registry);
    Ingest ingest;
    try (InputStream in = reports.getInputStream()) {
      ingest = ReportLines.ingest(in, ledger);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PresenceBuilder builder = PresenceBuilder.of(registry, window);
    int outside = builder.addAll(ledger);
    CompletenessDocument doc = new CompletenessDocument(builder.build(), window, p, level, ledger.conflicts());
    BatchResult<?> batch = ingest.batch();
    StreamingResponseBody body = out -> {
      try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
        g.writeStartObject();
        doc.writeFields(g);
        g.writeArrayFieldStart("rejected");
        for (Rejected r : batch.rejected()) {
          g.writeTree(ViolationsJson.rejected(r, locale));
        }
        g.writeEndArray();
        g.writeObjectField("summary", EndpointSupport.counts().put("read", batch.inputCount())
            .put("accepted", batch.accepted().size()).put("rejected", batch.rejected().size())
            .put("outsideWindow", outside).put("gaps", doc.gaps()).put("stopped", doc.stopped())
            .put("conflicts", doc.conflicts()));
        g.writeEndObject();
      }
    };
    support.count(m -> {
      m.reports(batch.inputCount(), batch.accepted().size(), batch.rejected().size());
      m.findings("gap", doc.gaps());
      m.findings("stopped", doc.stopped());
      m.findings("conflict", doc.conflicts());
    });
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** The register's changes; a bad line of the register is bad input for the whole request. */
  private static List<UnitChange> register(MultipartFile units) {
    try (InputStream in = units.getInputStream()) {
      return register(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The register's changes from JSON Lines; a bad line is bad input for the whole request. */
  static List<UnitChange> register(InputStream in) {
    LineBatch<UnitChange> changes = LineBatch.read(in, UnitChange.class, "units");
    List<Violation> problems = new ArrayList<>();
    for (Rejected r : changes.rejected()) {
      r.violations().forEach(v -> problems.add(v.under("units:" + r.position())));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return changes.values();
  }

  /** Any other media type: 415 with the types read (a handler of its own, so the answer is a problem detail). */
  @PostMapping(path = "/reports/check")
  void checkOtherMediaType() {
    throw new MediaTypeRefused(MediaType.MULTIPART_FORM_DATA_VALUE);
  }
}
