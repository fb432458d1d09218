package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.Iterables;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.completeness.ReportingRecords;
import org.communityprevention.reporting.completeness.UnitReportingRecord;
import org.communityprevention.reporting.json.Ingest;
import org.communityprevention.reporting.json.ReportLines;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.SubmissionConflict;
import org.communityprevention.services.json.ServicesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reports check}: daily and zero reports against the units that owe them (日报告、零报告, §1.6). */
@Command(name = "reports", description = "Daily and zero reports.", subcommands = ReportsCommand.Check.class)
final class ReportsCommand {
  /**
   * {@code reports check}: JSON Lines of daily reports and the register of units in; the completeness of every
   * division node over the window and the findings out (units with missing or late days, units that stopped
   * reporting, conflicting submissions). Exits 1 when there is a finding.
   */
  @Command(name = "check", description = "Completeness of daily reports (JSON Lines) per division node.")
  static final class Check extends JsonCommand {
    @Option(names = "--units", required = true,
        description = "The register: UnitChange records (OPENED, RENAMED, RECODED, MERGED, CLOSED), one per line.")
    String unitsFile;
    @Option(names = "--from", description = "First reporting day.")
    String from;
    @Option(names = "--until", description = "Day after the last reporting day (exclusive).")
    String until;
    @Option(names = "--level", defaultValue = "VILLAGE",
        description = "Lowest level listed: PROVINCE, PREFECTURE, COUNTY, TOWNSHIP or VILLAGE (default).")
    DivisionLevel lowest;
    @Option(names = "--policy", description = "Baseline id, or a policy or provincial layer file; default: the "
        + "baseline in force on the first day.")
    String policy;
    @Option(names = "--rejected", description = "File for rejected lines (default: standard error).")
    String rejectedFile;
    @Parameters(paramLabel = "FILE", defaultValue = "-", description = "Daily reports, one per line (- for stdin).")
    String file;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      DateWindow window = DateWindow.of(Cli.date("--from", from), Cli.date("--until", until));
      Policy p = Cli.policy(policy, window.start());
      UnitRegistry registry = UnitRegistry.of(units(Cli.lines(unitsFile)));
      ReportLedger ledger = ReportLedger.of(ReportingRules.of(p), registry);
      // Decoded in the input charset first: a line that is not valid in it is rejected here by number, and the
      // reader gets the rest as UTF-8.
      InputText reports = Cli.lines(file);
      Ingest ingest = ReportLines.ingest(
          new java.io.ByteArrayInputStream(reports.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)), ledger);
      PresenceBuilder builder = PresenceBuilder.of(registry, window);
      int outside = builder.addAll(ledger);
      Presence presence = builder.build();
      CompletenessTable table = presence.table(window);

      ObjectNode doc = Json.mapper().createObjectNode();
      doc.set("window", Json.mapper().valueToTree(window));
      doc.set("policy", Json.mapper().valueToTree(p.ref()));
      doc.set("national", Json.mapper().valueToTree(table.national()));
      ArrayNode nodes = doc.putArray("nodes");
      List<UnitReportingRecord> records = new ArrayList<>();
      for (DivisionLevel level : DivisionLevel.values()) {
        for (NodeCompleteness row : table.rows(level)) {
          if (level.compareTo(lowest) <= 0) {
            nodes.addObject().put("node", row.node().value()).put("level", level.name())
                .set("counts", Json.mapper().valueToTree(row.counts()));
          }
          if (level == DivisionLevel.PROVINCE) {
            records.addAll(ReportingRecords.of(presence, row.node(), window));
          }
        }
      }
      List<UnitReportingRecord> gaps = records.stream().filter(r -> r.missingDays() > 0 || r.lateDays() > 0)
          .sorted(ReportingRecords.WORST_FIRST).toList();
      List<UnitReportingRecord> stopped = ReportingRecords.stopped(records, p);
      List<SubmissionConflict> conflicts = ledger.conflicts();
      doc.set("gaps", Json.mapper().valueToTree(gaps));
      ArrayNode stoppedCodes = doc.putArray("stopped");
      stopped.forEach(r -> stoppedCodes.add(r.unit().value()));
      doc.set("conflicts", Json.mapper().valueToTree(conflicts));
      out.println(doc);

      BatchResult<?> batch = ingest.batch();
      List<Rejected> rejected = new ArrayList<>(reports.rejected());
      rejected.addAll(batch.rejected());
      ObjectNode summary = Json.mapper().createObjectNode()
          .put("read", batch.inputCount() + reports.rejected().size())
          .put("accepted", batch.accepted().size()).put("rejected", rejected.size())
          .put("outsideWindow", outside).put("gaps", gaps.size()).put("stopped", stopped.size())
          .put("conflicts", conflicts.size());
      return finish(out, err, rejectedFile, rejected, summary,
          gaps.size() + stopped.size() + conflicts.size());
    }

    /** The register's changes; a bad line of the register is bad input for the whole run. */
    private static List<UnitChange> units(InputText text) {
      BatchResult<UnitChange> changes = ServicesJson.readLines(text.text(), UnitChange.class);
      List<Violation> problems = new ArrayList<>();
      for (Rejected r : Iterables.concat(text.rejected(), changes.rejected())) {
        r.violations().forEach(v -> problems.add(v.under("units:" + r.position())));
      }
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      return changes.accepted();
    }
  }
}
