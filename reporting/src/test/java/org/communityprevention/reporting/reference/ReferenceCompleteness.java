package org.communityprevention.reporting.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.registry.ReportingUnit;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.Submissions;
import org.communityprevention.reporting.testing.ReportingGenerators.Scenario;

/**
 * A plain, obviously correct completeness count over maps: no bitsets, no ordinals, no ledger. For every unit-day
 * it collects the acceptable routine reports, takes the earliest filing for timeliness and the last in canonical
 * order as the counting report, and counts units under a node by code containment.
 */
final class ReferenceCompleteness {
  record Outcome(boolean late, boolean figures) {}

  private final Scenario scenario;
  private final Map<String, Outcome> outcomes = new HashMap<>();

  ReferenceCompleteness(Scenario s) {
    this.scenario = s;
    Map<String, List<DailyReport>> byUnitDay = new HashMap<>();
    for (DailyReport r : s.reports()) {
      if (r.urgent() || !expected(r.unit(), r.day())) {
        continue;
      }
      Instant onTimeUntil = BeijingTime.instantOf(r.day(), s.rules().deadline())
          .plusSeconds(60L * s.rules().graceMinutes());
      Instant refusedFrom = BeijingTime.startOf(r.day().plusDays(s.rules().lateAcceptanceDays() + 1L));
      if (!r.filedAt().isBefore(refusedFrom)) {
        continue;
      }
      byUnitDay.computeIfAbsent(key(r.unit(), r.day()), k -> new ArrayList<>()).add(r);
    }
    byUnitDay.forEach((k, list) -> {
      DailyReport earliest = list.stream().min((a, b) -> a.filedAt().compareTo(b.filedAt())).orElseThrow();
      DailyReport winner = list.stream().max(Submissions.ORDER).orElseThrow();
      Instant onTimeUntil = BeijingTime.instantOf(earliest.day(), scenario.rules().deadline())
          .plusSeconds(60L * scenario.rules().graceMinutes());
      outcomes.put(k, new Outcome(earliest.filedAt().isAfter(onTimeUntil), !winner.isZeroReport()));
    });
  }

  boolean expected(DivisionCode unit, LocalDate day) {
    return scenario.registry().units().stream().anyMatch(u -> u.code().equals(unit) && u.isExpectedOn(day));
  }

  Outcome outcome(DivisionCode unit, LocalDate day) {
    return outcomes.get(key(unit, day));
  }

  /** Counts of the units under {@code node} (null: the country). */
  CompletenessCounts counts(DivisionCode node, DateWindow window) {
    long e = 0;
    long r = 0;
    long l = 0;
    long f = 0;
    for (ReportingUnit u : scenario.registry().units()) {
      if (node != null && !node.contains(u.code())) {
        continue;
      }
      for (LocalDate d = window.start(); d.isBefore(window.endExclusive()); d = d.plusDays(1)) {
        if (!u.isExpectedOn(d)) {
          continue;
        }
        e++;
        Outcome o = outcomes.get(key(u.code(), d));
        if (o != null) {
          r++;
          l += o.late() ? 1 : 0;
          f += o.figures() ? 1 : 0;
        }
      }
    }
    return CompletenessCounts.of(e, r, l, f);
  }

  private static String key(DivisionCode unit, LocalDate day) {
    return unit + "/" + day;
  }
}
