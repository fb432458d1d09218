package org.communityprevention.reporting.signal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.UnitDayReports;

/**
 * Runs the {@link SignalKind concealment checks} (§2.3 不漏报、不瞒报) on one unit-day or on a whole ledger with the
 * caller's facts. {@link #mask} decides without allocating; {@link #signals} explains the same rules.
 */
public final class ConcealmentChecks {
  /** Order of signals: unit, day, kind. */
  public static final Comparator<ConcealmentSignal> ORDER = Comparator.comparing(ConcealmentSignal::unit)
      .thenComparing(ConcealmentSignal::day).thenComparing(ConcealmentSignal::kind);

  /**
   * Ranking of signals for someone to work through: the most serious first ({@link ConcealmentSignal#severity()}),
   * so a zero report that hides new cases comes before one that hides an arrival; within a severity, by kind in
   * declaration order (a zero report that denies known events, an affirmative statement, before a missing report),
   * then by day and unit.
   */
  public static final Comparator<ConcealmentSignal> RANKING = Comparator.comparing(ConcealmentSignal::severity)
      .reversed().thenComparing(ConcealmentSignal::kind).thenComparing(ConcealmentSignal::day)
      .thenComparing(ConcealmentSignal::unit);

  private ConcealmentChecks() {}

  /** The kinds the evidence shows, as a bit mask of {@link SignalKind#bit()} (hot path). */
  public static int mask(UnitDayEvidence evidence) {
    int m = 0;
    for (SignalKind k : SignalKind.all()) {
      if (k.test(evidence)) {
        m |= k.bit();
      }
    }
    return m;
  }

  /** The signals the evidence shows, each with its reason, in kind order. */
  public static ImmutableList<ConcealmentSignal> signals(UnitDayEvidence evidence) {
    ImmutableList.Builder<ConcealmentSignal> out = ImmutableList.builder();
    for (SignalKind k : SignalKind.all()) {
      if (k.test(evidence)) {
        out.add(ConcealmentSignal.of(k, k.severity(evidence), evidence.unit(), evidence.day(), k.explain(evidence)));
      }
    }
    return out.build();
  }

  /**
   * Checks every unit-day of a window that has a report or a fact. Missing reports are judged only on days that
   * owed one (per the ledger's register); pass a window of closed days (see
   * {@link org.communityprevention.reporting.report.ReportingRules#lastClosedDay}). Earlier figures held by the
   * ledger, before the window too, serve the cumulative check.
   *
   * @return the signals sorted by unit, day and kind
   */
  public static ImmutableList<ConcealmentSignal> scan(ReportLedger ledger, Collection<UnitDayFacts> facts,
      DateWindow window) {
    Map<DivisionCode, TreeMap<LocalDate, UnitDayReports>> byUnit = new HashMap<>();
    for (UnitDayReports u : ledger.unitDays()) {
      byUnit.computeIfAbsent(u.unit(), k -> new TreeMap<>()).put(u.day(), u);
    }
    Map<DivisionCode, Map<LocalDate, UnitDayFacts>> factsByUnit = new HashMap<>();
    for (UnitDayFacts f : facts) {
      factsByUnit.computeIfAbsent(f.unit(), k -> new HashMap<>()).put(f.day(), f);
    }
    Map<DivisionCode, Map<LocalDate, List<DailyReport>>> urgentByUnit = new HashMap<>();
    for (DailyReport r : ledger.urgentReports()) {
      urgentByUnit.computeIfAbsent(r.unit(), k -> new HashMap<>())
          .computeIfAbsent(r.day(), k -> new ArrayList<>()).add(r);
    }
    TreeSet<DivisionCode> units = new TreeSet<>(byUnit.keySet());
    units.addAll(factsByUnit.keySet());
    List<ConcealmentSignal> out = new ArrayList<>();
    for (DivisionCode unit : units) {
      TreeMap<LocalDate, UnitDayReports> days = byUnit.getOrDefault(unit, new TreeMap<>());
      Map<LocalDate, UnitDayFacts> known = factsByUnit.getOrDefault(unit, Map.of());
      Map<LocalDate, List<DailyReport>> urgent = urgentByUnit.getOrDefault(unit, Map.of());
      TreeSet<LocalDate> toCheck = new TreeSet<>();
      toCheck.addAll(days.subMap(window.start(), window.endExclusive()).keySet());
      known.keySet().stream().filter(window::contains).forEach(toCheck::add);
      for (LocalDate day : toCheck) {
        Optional<UnitDayReports> reports = Optional.ofNullable(days.get(day));
        Map.Entry<LocalDate, ReportFigures> previous = previousFigures(days, day);
        UnitDayEvidence e = new UnitDayEvidence(unit, day, ledger.registry().isExpected(unit, day), reports,
            urgent.getOrDefault(day, List.of()), Optional.ofNullable(known.get(day)),
            previous == null ? Optional.empty() : Optional.of(previous.getValue()),
            previous == null ? Optional.empty() : Optional.of(previous.getKey()));
        out.addAll(signals(e));
      }
    }
    out.sort(ORDER);
    return ImmutableList.copyOf(out);
  }

  /** The signals ranked by {@link #RANKING}: the most serious first. */
  public static ImmutableList<ConcealmentSignal> ranked(Collection<ConcealmentSignal> signals) {
    return ImmutableList.sortedCopyOf(RANKING, signals);
  }

  private static Map.Entry<LocalDate, ReportFigures> previousFigures(TreeMap<LocalDate, UnitDayReports> days,
      LocalDate day) {
    for (Map.Entry<LocalDate, UnitDayReports> e = days.lowerEntry(day); e != null; e = days.lowerEntry(e.getKey())) {
      Optional<ReportFigures> f = e.getValue().winner().figures();
      if (f.isPresent()) {
        return Map.entry(e.getKey(), f.get());
      }
    }
    return null;
  }
}
