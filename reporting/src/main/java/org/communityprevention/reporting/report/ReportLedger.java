package org.communityprevention.reporting.report;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.reporting.registry.ReportingUnit;
import org.communityprevention.reporting.registry.UnitRegistry;

/**
 * Keeps every accepted report by unit and day (报送台账) and answers which report counts.
 *
 * <p>A report is refused (with a {@link ValidationException} naming the field) when its unit does not owe a report
 * that day according to the {@link UnitRegistry}, or when it comes after the late-acceptance days. Otherwise it is
 * kept: a routine report joins its unit-day's history, an urgent report is kept beside them. Exact duplicates are
 * kept once; a unit-day counts once however often it is sent, so no rate built on the ledger can pass 100 %.
 *
 * <p>The final state (histories, winners, timeliness, conflicts) is the same for any arrival order: the winner is the
 * last submission in {@link Submissions#ORDER} and timeliness comes from the earliest filing. Two different reports
 * under the same revision number are a {@linkplain #conflicts() conflict}, reported as a finding.
 *
 * <p>Not thread-safe: use one ledger per partition (a province, a day) and merge by submitting one into another, or
 * drop days that can no longer change with {@link #removeDaysBefore}.
 */
public final class ReportLedger {
  /** Violation code: a unit code that is not in the registry. */
  public static final String UNIT_UNKNOWN = "reporting.report.unit_unknown";
  /** Violation code: the unit does not owe a report that day (not yet opened, or closed without successor). */
  public static final String UNIT_NOT_EXPECTED = "reporting.report.unit_not_expected";
  /** Violation code: the unit's code was retired; its successor reports for it that day. */
  public static final String UNIT_RETIRED = "reporting.report.unit_retired";
  /** Violation code: filed after the late-acceptance days. */
  public static final String TOO_LATE = "reporting.report.too_late";
  /** Reason code of a conflict between a zero report and figures. */
  public static final String CONFLICT_ZERO_VS_FIGURES = "reporting.report.conflict_zero_vs_figures";
  /** Reason code of a conflict between figures. */
  public static final String CONFLICT_FIGURES = "reporting.report.conflict_figures";

  private static final Comparator<UnitDayReports> UNIT_DAY_ORDER =
      Comparator.comparing(UnitDayReports::unit).thenComparing(UnitDayReports::day);

  private final ReportingRules rules;
  private final UnitRegistry registry;
  private final HashMap<Long, Entry> entries = new HashMap<>();
  private final TreeSet<DailyReport> urgent = new TreeSet<>(Submissions.BY_UNIT_DAY);
  private long submissions;

  private ReportLedger(ReportingRules rules, UnitRegistry registry) {
    this.rules = rules;
    this.registry = registry;
  }

  /** An empty ledger checking reports against the rules and the registry. */
  public static ReportLedger of(ReportingRules rules, UnitRegistry registry) {
    return new ReportLedger(rules, registry);
  }

  /** The deadline rules in use. */
  public ReportingRules rules() {
    return rules;
  }

  /** The registry in use. */
  public UnitRegistry registry() {
    return registry;
  }

  /**
   * Submits one report.
   *
   * @return what the submission did
   * @throws ValidationException {@value #UNIT_UNKNOWN}, {@value #UNIT_RETIRED} or {@value #UNIT_NOT_EXPECTED} at
   *     {@code unit}, or {@value #TOO_LATE} at {@code filedAt}; the ledger is unchanged
   */
  public SubmissionOutcome submit(DailyReport report) {
    checkExpected(report);
    if (report.urgent()) {
      return urgent.add(report) ? SubmissionOutcome.URGENT : SubmissionOutcome.DUPLICATE;
    }
    Timeliness t = rules.timeliness(report.day(), report.filedAt());
    if (t == Timeliness.TOO_LATE) {
      throw ValidationException.of("filedAt", TOO_LATE, "day", report.day(),
          "acceptedUntil", BeijingTime.localDateTimeOf(rules.acceptedUntilExclusive(report.day())));
    }
    submissions++;
    long key = key(report.unit(), report.day());
    Entry e = entries.get(key);
    if (e == null) {
      entries.put(key, new Entry(report));
      return SubmissionOutcome.FIRST;
    }
    return e.add(report);
  }

  /**
   * Submits reports in order; each refused report is rejected with its zero-based position and the rest go on.
   * The accepted list holds every report that was kept, duplicates included (they change nothing).
   */
  public BatchResult<DailyReport> submitAll(Iterable<DailyReport> reports) {
    ImmutableList.Builder<DailyReport> ok = ImmutableList.builder();
    ImmutableList.Builder<Rejected> bad = ImmutableList.builder();
    long i = 0;
    for (DailyReport r : reports) {
      try {
        submit(r);
        ok.add(r);
      } catch (ValidationException e) {
        bad.add(Rejected.of(i, e.under("[" + i + "]").violations()));
      }
      i++;
    }
    return BatchResult.of(i, ok.build(), bad.build());
  }

  private void checkExpected(DailyReport report) {
    if (registry.isExpected(report.unit(), report.day())) {
      return;
    }
    Optional<ReportingUnit> unit = registry.get(report.unit());
    if (unit.isEmpty()) {
      throw ValidationException.of("unit", UNIT_UNKNOWN, "unit", report.unit());
    }
    Optional<DivisionCode> successor = registry.successorOn(report.unit(), report.day());
    if (successor.isPresent()) {
      throw ValidationException.of("unit", UNIT_RETIRED, "unit", report.unit(), "day", report.day(),
          "successor", successor.get());
    }
    throw ValidationException.of("unit", UNIT_NOT_EXPECTED, "unit", report.unit(), "day", report.day(),
        "opened", unit.get().opened(), "closedOn", unit.get().closedOn().map(Object::toString).orElse("-"));
  }

  /** The reports of one unit-day, if any. */
  public Optional<UnitDayReports> unitDay(DivisionCode unit, LocalDate day) {
    Entry e = entries.get(key(unit, day));
    return e == null ? Optional.empty() : Optional.of(e.snapshot());
  }

  /** Every unit-day with a report, sorted by unit then day. */
  public ImmutableList<UnitDayReports> unitDays() {
    List<UnitDayReports> out = new ArrayList<>(entries.size());
    for (Entry e : entries.values()) {
      out.add(e.snapshot());
    }
    out.sort(UNIT_DAY_ORDER);
    return ImmutableList.copyOf(out);
  }

  /**
   * Visits the outcome of every unit-day without building snapshots (the fast path for completeness): its unit, day,
   * timeliness of the first filing and whether the winning report is a zero report.
   */
  public void forEachOutcome(OutcomeVisitor visitor) {
    for (Entry e : entries.values()) {
      DailyReport w = e.winner();
      visitor.visit(w.unit(), w.day(), e.timeliness, w.isZeroReport());
    }
  }

  /** Receives unit-day outcomes from {@link #forEachOutcome}. */
  @FunctionalInterface
  public interface OutcomeVisitor {
    /** One unit-day's outcome. */
    void visit(DivisionCode unit, LocalDate day, Timeliness timeliness, boolean zeroReport);
  }

  /** The urgent reports (紧急报告), sorted by unit, day and canonical order. */
  public ImmutableList<DailyReport> urgentReports() {
    return ImmutableList.copyOf(urgent);
  }

  /** The urgent reports of one unit-day. */
  public ImmutableList<DailyReport> urgentReports(DivisionCode unit, LocalDate day) {
    ImmutableList.Builder<DailyReport> out = ImmutableList.builder();
    for (DailyReport r : urgent) {
      if (r.unit().equals(unit) && r.day().equals(day)) {
        out.add(r);
      }
    }
    return out.build();
  }

  /** The conflicts: unit-days with different reports under one revision, sorted by unit, day and revision. */
  public ImmutableList<SubmissionConflict> conflicts() {
    List<SubmissionConflict> out = new ArrayList<>();
    for (UnitDayReports u : unitDays()) {
      conflictsOf(u, out);
    }
    return ImmutableList.copyOf(out);
  }

  /** The conflicts within one unit-day's history. */
  public static List<SubmissionConflict> conflictsOf(UnitDayReports u) {
    List<SubmissionConflict> out = new ArrayList<>();
    conflictsOf(u, out);
    return out;
  }

  private static void conflictsOf(UnitDayReports u, List<SubmissionConflict> out) {
    List<DailyReport> s = u.submissions();
    int i = 0;
    while (i < s.size()) {
      int rev = s.get(i).revision();
      TreeSet<ReportContent> contents = new TreeSet<>(Submissions.CONTENT_ORDER);
      int j = i;
      while (j < s.size() && s.get(j).revision() == rev) {
        contents.add(s.get(j).content());
        j++;
      }
      if (contents.size() > 1) {
        boolean zero = contents.first().isZeroReport();
        ConflictKind kind = zero ? ConflictKind.ZERO_VS_FIGURES : ConflictKind.FIGURES_DISAGREE;
        Reason reason = Reason.of(zero ? CONFLICT_ZERO_VS_FIGURES : CONFLICT_FIGURES, Clause.S1_6, Clause.S2_3)
            .fact("unit", u.unit()).fact("day", u.day()).fact("revision", rev).fact("versions", contents.size())
            .build();
        out.add(new SubmissionConflict.Builder().unit(u.unit()).day(u.day()).revision(rev).kind(kind)
            .versions(contents.size()).reason(reason).build());
      }
      i = j;
    }
  }

  /** The number of unit-days with a routine report. */
  public int unitDayCount() {
    return entries.size();
  }

  /** The number of routine submissions accepted, duplicates included. */
  public long submissionCount() {
    return submissions;
  }

  /**
   * Drops the unit-days (and urgent reports) before a day, for a streaming caller that has already taken them
   * into completeness; returns how many unit-days were dropped.
   */
  public int removeDaysBefore(LocalDate day) {
    int removed = 0;
    long limit = day.toEpochDay();
    for (Iterator<Map.Entry<Long, Entry>> it = entries.entrySet().iterator(); it.hasNext();) {
      if (it.next().getValue().winner().day().toEpochDay() < limit) {
        it.remove();
        removed++;
      }
    }
    urgent.removeIf(r -> r.day().isBefore(day));
    return removed;
  }

  private static long key(DivisionCode unit, LocalDate day) {
    // 40 bits hold any 12-digit code; the day is offset so that dates from 534 to 2969 fit 20 bits.
    return (unit.asLong() << 20) | ((day.toEpochDay() + (1 << 19)) & 0xFFFFF);
  }

  /** One unit-day's history: the common single submission is kept without a set. */
  private final class Entry {
    private DailyReport[] sorted;
    private Timeliness timeliness;
    private Instant first;

    Entry(DailyReport r) {
      sorted = new DailyReport[] {r};
      first = r.filedAt();
      timeliness = rules.timeliness(r.day(), first);
    }

    DailyReport winner() {
      return sorted[sorted.length - 1];
    }

    SubmissionOutcome add(DailyReport r) {
      int pos = Arrays.binarySearch(sorted, r, Submissions.ORDER);
      if (pos >= 0) {
        return SubmissionOutcome.DUPLICATE;
      }
      int at = -pos - 1;
      DailyReport winner = winner();
      SubmissionOutcome outcome;
      if (r.revision() > winner.revision()) {
        outcome = SubmissionOutcome.REVISION;
      } else if (r.revision() < winner.revision()) {
        outcome = SubmissionOutcome.EARLIER_REVISION;
      } else {
        outcome = SubmissionOutcome.RESUBMITTED;
        for (DailyReport s : sorted) {
          if (s.revision() == r.revision() && Submissions.CONTENT_ORDER.compare(s.content(), r.content()) != 0) {
            outcome = SubmissionOutcome.CONFLICT;
            break;
          }
        }
      }
      DailyReport[] next = new DailyReport[sorted.length + 1];
      System.arraycopy(sorted, 0, next, 0, at);
      next[at] = r;
      System.arraycopy(sorted, at, next, at + 1, sorted.length - at);
      sorted = next;
      if (r.filedAt().isBefore(first)) {
        first = r.filedAt();
        timeliness = rules.timeliness(r.day(), first);
      }
      return outcome;
    }

    UnitDayReports snapshot() {
      DailyReport w = winner();
      return new UnitDayReports.Builder().unit(w.unit()).day(w.day()).addSubmissions(sorted)
          .timeliness(timeliness).build();
    }
  }
}
