package org.communityprevention.flink.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.lines.RejectedLine;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.json.ReportLines;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.signal.ConcealmentChecks;
import org.communityprevention.reporting.signal.ConcealmentSignal;
import org.communityprevention.reporting.signal.UnitDayFacts;

/** The in-memory library's answer on the same lines: one ledger, one presence table, one concealment scan. */
final class ReferenceRun {
  final Map<String, CompletenessCounts> counts = new TreeMap<>();
  final Map<String, Integer> signals = new TreeMap<>();
  final List<String> rejected = new ArrayList<>();

  ReferenceRun(List<NumberedLine> reports, List<NumberedLine> facts, ReportingRules rules, UnitRegistry registry,
      DateWindow window) {
    ReportLedger ledger = ReportLedger.of(rules, registry);
    for (NumberedLine l : reports) {
      try {
        DailyReport r = ReportLines.parseLine(l.text());
        ledger.submit(r);
      } catch (ValidationException e) {
        rejected.add(key(RejectedLine.of(l.source(), l.line(), e.violations())));
      }
    }
    List<UnitDayFacts> known = new ArrayList<>();
    for (NumberedLine l : facts) {
      try {
        known.add(Json.read(l.text(), UnitDayFacts.class));
      } catch (ValidationException e) {
        rejected.add(key(RejectedLine.of(l.source(), l.line(), e.violations())));
      }
    }
    PresenceBuilder b = PresenceBuilder.of(registry, window);
    b.addAll(ledger);
    Presence presence = b.build();
    for (LocalDate d = window.start(); d.isBefore(window.endExclusive()); d = d.plusDays(1)) {
      CompletenessTable t = presence.table(DateWindow.ofDays(d, 1));
      counts.put(DivisionDayCounts.NATIONAL + " " + d, t.national());
      for (DivisionLevel level : DivisionLevel.values()) {
        for (NodeCompleteness n : t.rows(level)) {
          counts.put(n.node().asLong() + " " + d, n.counts());
        }
      }
    }
    for (ConcealmentSignal s : ConcealmentChecks.scan(ledger, known, window)) {
      signals.merge(s.unit().asLong() + " " + s.day(), s.kind().bit(), (a, x) -> a | x);
    }
  }

  /** A rejected line as "source:line codes", for comparing without the order of output. */
  static String key(RejectedLine r) {
    return r.source() + ":" + r.line() + " " + r.codeList();
  }
}
