package org.communityprevention.reporting.testing;

import static org.quicktheories.generators.Generate.range;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.testing.DivisionGenerators;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.registry.ReportingUnit;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportContent;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.ZeroReport;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for daily reports (日报告), unit registers and whole reporting scenarios, published in
 * the reporting test-jar for downstream suites. Deterministic under a fixed seed.
 *
 * <p>A {@link Scenario} holds a small tree of villages and communities under one or two provinces, a register with
 * openings, closings, merges, renamings and recodings, a window of days, deadline rules, and the reports a messy
 * vendor would send: missing days, late and too-late reports, exact duplicates, resubmissions, revisions,
 * conflicting reports under one revision, urgent reports, and reports from units that owe none.
 */
public final class ReportingGenerators {
  /** The first day scenarios start from: 2021-01-20, ten days before the notice. */
  public static final LocalDate BASE_DAY = LocalDate.of(2021, 1, 20);

  private ReportingGenerators() {}

  /** Village or community codes (村/社区). */
  public static Gen<DivisionCode> villageCodes() {
    return DivisionGenerators.villageCodes();
  }

  /**
   * Valid figures: every count 0–5 (mostly 0), cumulative counts at least the day's new ones, each optional group
   * collected (0–3) or not.
   */
  public static Gen<ReportFigures> figures() {
    return rs -> figures(rs);
  }

  /** Report contents: zero reports (about two in three) and figures. */
  public static Gen<ReportContent> contents() {
    return rs -> content(rs);
  }

  /** Single valid routine or urgent reports for random villages and days around {@link #BASE_DAY}. */
  public static Gen<DailyReport> reports() {
    return rs -> {
      LocalDate day = BASE_DAY.plusDays(range(0, 30).generate(rs));
      ReportContent c = content(rs);
      boolean urgent = !c.isZeroReport() && range(0, 9).generate(rs) == 0;
      return new DailyReport.Builder().unit(villageCodes().generate(rs)).day(day)
          .filerId("w" + range(1, 999).generate(rs))
          .filedAt(BeijingTime.startOf(day).plusSeconds(range(0, 3 * 86_400).generate(rs)))
          .revision(range(0, 2).generate(rs)).urgent(urgent).content(c).build();
    };
  }

  /** Deadline rules: a deadline 08:00–20:00 on the half hour, 0–30 grace minutes, 0–3 late-acceptance days. */
  public static Gen<ReportingRules> rules() {
    return rs -> ReportingRules.of(PolicyRef.of("test", "1"), LocalTime.of(range(8, 19).generate(rs),
        range(0, 1).generate(rs) * 30), range(0, 30).generate(rs), range(0, 3).generate(rs));
  }

  /** Whole reporting scenarios; see the class comment. */
  public static Gen<Scenario> scenarios() {
    return ReportingGenerators::scenario;
  }

  /**
   * A register, a window, deadline rules and the reports sent.
   *
   * @param registry the register of units
   * @param window the days reported on
   * @param rules the deadline rules
   * @param reports the reports as sent, in arrival order
   */
  public record Scenario(UnitRegistry registry, DateWindow window, ReportingRules rules, List<DailyReport> reports) {
    /** The same scenario with other reports. */
    public Scenario withReports(List<DailyReport> other) {
      return new Scenario(registry, window, rules, List.copyOf(other));
    }

    /** A ledger holding every report of the scenario. */
    public ReportLedger ledger() {
      ReportLedger ledger = ReportLedger.of(rules, registry);
      ledger.submitAll(reports);
      return ledger;
    }

    /** The presence of the scenario's window, built from {@link #ledger()}. */
    public Presence presence() {
      PresenceBuilder b = PresenceBuilder.of(registry, window);
      b.addAll(ledger());
      return b.build();
    }
  }

  private static Scenario scenario(RandomnessSource rs) {
    DateWindow window = DateWindow.ofDays(BASE_DAY.plusDays(range(0, 10).generate(rs)), range(1, 12).generate(rs));
    ReportingRules rules = rules().generate(rs);
    UnitRegistry registry = registry(rs, window);
    List<DailyReport> reports = new ArrayList<>();
    List<ReportingUnit> units = registry.units();
    for (ReportingUnit u : units) {
      for (LocalDate day = window.start(); day.isBefore(window.endExclusive()); day = day.plusDays(1)) {
        if (!u.isExpectedOn(day)) {
          if (range(0, 19).generate(rs) == 0) {
            reports.add(routine(rs, u.code(), day, 0, content(rs), rules));
          }
          continue;
        }
        int kind = range(0, 9).generate(rs);
        if (kind < 2) {
          continue;
        }
        DailyReport first = routine(rs, u.code(), day, 0, content(rs), rules);
        reports.add(first);
        switch (kind) {
          case 3:
            reports.add(first);
            break;
          case 4:
            reports.add(new DailyReport.Builder().from(first).filedAt(first.filedAt().plusSeconds(600)).build());
            break;
          case 5:
            reports.add(routine(rs, u.code(), day, 1, content(rs), rules));
            break;
          case 6:
            reports.add(routine(rs, u.code(), day, 0, content(rs), rules));
            break;
          default:
            break;
        }
        if (range(0, 14).generate(rs) == 0) {
          reports.add(new DailyReport.Builder().unit(u.code()).day(day).filerId("u1").urgent(true)
              .filedAt(BeijingTime.startOf(day).plusSeconds(range(0, 86_399).generate(rs)))
              .content(figures(rs)).build());
        }
      }
    }
    for (int i = reports.size() - 1; i > 0; i--) {
      Collections.swap(reports, i, range(0, i).generate(rs));
    }
    return new Scenario(registry, window, rules, List.copyOf(reports));
  }

  /** A register of 1–24 units; a few close, merge, recode or rename inside or around the window. */
  private static UnitRegistry registry(RandomnessSource rs, DateWindow window) {
    TreeSet<Long> codes = new TreeSet<>();
    int n = range(1, 24).generate(rs);
    int[] provinces = {11, 44};
    while (codes.size() < n) {
      codes.add(code(rs, provinces[range(0, 1).generate(rs)]));
    }
    List<UnitChange> changes = new ArrayList<>();
    List<Long> stable = new ArrayList<>();
    List<long[]> ending = new ArrayList<>();
    int days = (int) window.days();
    for (long c : codes) {
      LocalDate opened = window.start().plusDays(range(-3, days - 1).generate(rs));
      changes.add(UnitChange.opened(DivisionCode.ofLong(c), opened, "村" + (c % 1000)));
      if (range(0, 3).generate(rs) == 0) {
        ending.add(new long[] {c, opened.toEpochDay()});
      } else {
        stable.add(c);
        if (range(0, 7).generate(rs) == 0) {
          changes.add(UnitChange.renamed(DivisionCode.ofLong(c), opened.plusDays(range(0, days).generate(rs)),
              "新村" + (c % 1000)));
        }
      }
    }
    TreeSet<Long> used = new TreeSet<>(codes);
    for (long[] e : ending) {
      LocalDate opened = LocalDate.ofEpochDay(e[1]);
      LocalDate end = opened.plusDays(range(1, days + 2).generate(rs));
      DivisionCode code = DivisionCode.ofLong(e[0]);
      int how = range(0, 2).generate(rs);
      if (how == 0) {
        changes.add(UnitChange.closed(code, end));
      } else if (how == 1) {
        long next;
        do {
          next = code(rs, (int) (e[0] / 10_000_000_000L));
        } while (used.contains(next));
        used.add(next);
        changes.add(UnitChange.recoded(code, end, DivisionCode.ofLong(next)));
      } else {
        Long into = null;
        for (long s : stable) {
          LocalDate sOpened = changes.stream().filter(x -> x.code().asLong() == s
              && x.kind() == org.communityprevention.reporting.registry.UnitChangeKind.OPENED).findFirst()
              .orElseThrow().date();
          if (!sOpened.isAfter(end)) {
            into = s;
            break;
          }
        }
        changes.add(into == null ? UnitChange.closed(code, end)
            : UnitChange.merged(code, end, DivisionCode.ofLong(into)));
      }
    }
    Collections.shuffle(changes, new java.util.Random(range(0, 1000).generate(rs)));
    return UnitRegistry.of(changes);
  }

  private static long code(RandomnessSource rs, int province) {
    int[] townships = {1, 101, 201};
    return province * 10_000_000_000L + range(1, 2).generate(rs) * 100_000_000L
        + range(1, 2).generate(rs) * 1_000_000L + townships[range(0, 2).generate(rs)] * 1_000L
        + range(1, 399).generate(rs);
  }

  /** A routine report filed from the start of the day to past the late-acceptance limit. */
  private static DailyReport routine(RandomnessSource rs, DivisionCode unit, LocalDate day, int revision,
      ReportContent content, ReportingRules rules) {
    Instant start = BeijingTime.startOf(day);
    long limit = rules.acceptedUntilExclusive(day).getEpochSecond() - start.getEpochSecond();
    long at;
    int pick = range(0, 9).generate(rs);
    if (pick < 6) {
      at = range(0, (int) (rules.onTimeUntil(day).getEpochSecond() - start.getEpochSecond())).generate(rs);
    } else if (pick < 9) {
      at = range(0, (int) limit - 1).generate(rs);
    } else {
      at = limit + range(0, 7200).generate(rs);
    }
    return new DailyReport.Builder().unit(unit).day(day).filerId("w" + range(1, 3).generate(rs))
        .filedAt(start.plusSeconds(at)).revision(revision).content(content).build();
  }

  private static ReportContent content(RandomnessSource rs) {
    return range(0, 2).generate(rs) < 2 ? ZeroReport.of() : figures(rs);
  }

  private static ReportFigures figures(RandomnessSource rs) {
    int[] c = new int[ReportFigures.FIELDS.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = range(0, 3).generate(rs) == 0 ? range(0, 5).generate(rs) : 0;
    }
    c[8] = Math.max(c[8], c[2]);
    c[9] = Math.max(c[9], c[3]);
    // The optional §2.3 groups: each collected about half the time.
    int[] o = new int[ReportFigures.OPTIONAL_FIELDS.size()];
    for (int i = 0; i < o.length; i++) {
      o[i] = range(0, 1).generate(rs) == 0 ? ReportFigures.NOT_COLLECTED : range(0, 3).generate(rs);
    }
    return ReportFigures.ofCounts(c, o);
  }
}
