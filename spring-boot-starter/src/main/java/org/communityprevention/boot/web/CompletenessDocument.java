package org.communityprevention.boot.web;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.ReportingRecords;
import org.communityprevention.reporting.completeness.UnitReportingRecord;
import org.communityprevention.reporting.report.SubmissionConflict;

/**
 * The completeness of every division node over a window, as {@code reports check} writes it: {@code window},
 * {@code policy}, {@code national}, {@code nodes} down to a level, {@code gaps} (worst first), {@code stopped} and
 * {@code conflicts}. Computed once; written field by field, so a national table streams out without being built as
 * a tree first.
 */
final class CompletenessDocument {
  private final DateWindow window;
  private final Policy policy;
  private final DivisionLevel lowest;
  private final CompletenessTable table;
  private final List<UnitReportingRecord> gaps;
  private final List<UnitReportingRecord> stopped;
  private final List<SubmissionConflict> conflicts;

  CompletenessDocument(Presence presence, DateWindow window, Policy policy, DivisionLevel lowest,
      List<SubmissionConflict> conflicts) {
    this.window = window;
    this.policy = policy;
    this.lowest = lowest;
    this.table = presence.table(window);
    List<UnitReportingRecord> records = new ArrayList<>();
    for (NodeCompleteness province : table.rows(DivisionLevel.PROVINCE)) {
      records.addAll(ReportingRecords.of(presence, province.node(), window));
    }
    this.gaps = records.stream().filter(r -> r.missingDays() > 0 || r.lateDays() > 0)
        .sorted(ReportingRecords.WORST_FIRST).toList();
    this.stopped = ReportingRecords.stopped(records, policy);
    this.conflicts = conflicts;
  }

  CompletenessTable table() {
    return table;
  }

  int gaps() {
    return gaps.size();
  }

  int stopped() {
    return stopped.size();
  }

  int conflicts() {
    return conflicts.size();
  }

  /** Writes the fields into the object the generator is in. */
  void writeFields(JsonGenerator g) throws IOException {
    g.writeObjectField("window", window);
    g.writeObjectField("policy", policy.ref());
    g.writeObjectField("national", table.national());
    g.writeArrayFieldStart("nodes");
    for (DivisionLevel l : DivisionLevel.values()) {
      if (l.compareTo(lowest) > 0) {
        continue;
      }
      for (NodeCompleteness row : table.rows(l)) {
        g.writeStartObject();
        g.writeStringField("node", row.node().value());
        g.writeStringField("level", l.name());
        g.writeObjectField("counts", row.counts());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeObjectField("gaps", gaps);
    g.writeArrayFieldStart("stopped");
    for (UnitReportingRecord r : stopped) {
      g.writeString(r.unit().value());
    }
    g.writeEndArray();
    g.writeObjectField("conflicts", conflicts);
  }
}
