package org.communityprevention.risk.timeline;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DayFacts;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.communityprevention.risk.designation.ScreeningRound;

/**
 * Builds risk timelines, as an incremental fold ({@link #advance}) or as a batch over a whole history
 * ({@link #timeline}, {@link #timelines}), and the compact hot path ({@link #levels}) that computes the same levels
 * without building reasons. All run one {@code LevelEngine}, so folding day by day gives exactly the batch's
 * timeline, and the order of one day's events never matters.
 *
 * <p>Rules per day, in order: a level whose stage has its consecutive clean days steps down one tier at the start of
 * the day (high → medium → low); the day's counted infections raise the level to their facts level the same day, or
 * restart the countdown; an official designation overrides; a day without a counted infection adds a clean day.
 * See {@link org.communityprevention.core.policy.RiskPolicy} for the numbers and what 0 means.
 */
public final class RiskTimelines {
  /** Violation code: facts of a day already folded, or of an earlier day. */
  public static final String DAY_FOLDED = "risk.timeline.day_already_folded";
  /** Violation code: a state of another area or policy than the facts or rules. */
  public static final String OTHER_STATE = "risk.timeline.state_mismatch";
  /** Violation code: an event outside the window. */
  public static final String OUTSIDE_WINDOW = "risk.timeline.outside_window";
  /**
   * Finding code: a screening round whose counts fall short of {@code risk.screeningCoverage}; it does not meet the
   * downgrade condition. Found where {@code risk.downgradeRequiresScreening} holds.
   */
  public static final String BELOW_COVERAGE = "risk.timeline.screening_below_coverage";

  private static final Comparator<CaseReport> BY_DATE = Comparator.comparing(CaseReport::date);
  private static final Comparator<OfficialDesignation> BY_EFFECTIVE =
      Comparator.comparing(OfficialDesignation::effectiveDate);
  private static final Comparator<ScreeningRound> BY_SCREENING_DATE = Comparator.comparing(ScreeningRound::date);

  private RiskTimelines() {}

  /**
   * Folds one day's facts into a state: the days between the state's day and the facts' day pass without facts,
   * then the facts' day is folded.
   *
   * @throws ValidationException if the facts are of another area, or not later than the state's day, or the state
   *     follows another policy
   */
  public static Advance advance(DesignationRules rules, TimelineState state, DayFacts facts) {
    checkState(rules, state);
    if (!facts.area().equals(state.area())) {
      throw ValidationException.of("facts.area", OTHER_STATE, "area", state.area());
    }
    if (!facts.date().isAfter(state.day())) {
      throw ValidationException.of("facts.date", DAY_FOLDED, "date", facts.date(), "day", state.day());
    }
    LevelEngine e = LevelEngine.of(rules, state);
    List<LevelTransition> transitions = new ArrayList<>();
    List<DesignationFinding> findings = new ArrayList<>();
    passEmptyDays(e, state.area(), facts.date().toEpochDay(), transitions, findings);
    feed(e, facts, state.area(), transitions, findings);
    return Advance.of(toState(e, state.area()), transitions, findings);
  }

  /**
   * Folds the days after the state's day up to and including {@code through}, none of which has facts.
   *
   * @throws ValidationException if {@code through} is before the state's day, or the state follows another policy
   */
  public static Advance advanceTo(DesignationRules rules, TimelineState state, LocalDate through) {
    checkState(rules, state);
    if (through.isBefore(state.day())) {
      throw ValidationException.of("through", DAY_FOLDED, "date", through, "day", state.day());
    }
    LevelEngine e = LevelEngine.of(rules, state);
    List<LevelTransition> transitions = new ArrayList<>();
    List<DesignationFinding> findings = new ArrayList<>();
    passEmptyDays(e, state.area(), through.toEpochDay() + 1, transitions, findings);
    return Advance.of(toState(e, state.area()), transitions, findings);
  }

  /**
   * The timeline of one area over a window, from a fresh start (low, nothing counted) on the window's first day.
   *
   * @param reports reports of the area or of places inside it, each dated inside the window
   * @param designations official designations of exactly this area, each dated inside the window
   * @throws ValidationException listing every report or designation that does not belong, as {@code reports[i]} or
   *     {@code designations[i]}
   */
  public static RiskTimeline timeline(DesignationRules rules, AreaId area, DateWindow window,
      List<CaseReport> reports, List<OfficialDesignation> designations) {
    return timeline(rules, area, window, reports, designations, List.of());
  }

  /**
   * As {@link #timeline(DesignationRules, AreaId, DateWindow, List, List)}, with the screening rounds of the area
   * (each of exactly this area, dated inside the window), which a step down needs where
   * {@code risk.downgradeRequiresScreening}.
   *
   * @throws ValidationException also for a round of another area or outside the window, as {@code screenings[i]}
   */
  public static RiskTimeline timeline(DesignationRules rules, AreaId area, DateWindow window,
      List<CaseReport> reports, List<OfficialDesignation> designations, List<ScreeningRound> screenings) {
    return timeline(rules, TimelineState.initial(rules, area, window.start()), window.endExclusive(), reports,
        designations, screenings);
  }

  /**
   * The timeline of one area from a known state (a previous window's end state, a seeded level) up to
   * {@code endExclusive}.
   *
   * @throws ValidationException as {@link #timeline(DesignationRules, AreaId, DateWindow, List, List)}, or if the
   *     state follows another policy
   */
  public static RiskTimeline timeline(DesignationRules rules, TimelineState start, LocalDate endExclusive,
      List<CaseReport> reports, List<OfficialDesignation> designations) {
    return timeline(rules, start, endExclusive, reports, designations, List.of());
  }

  /**
   * As {@link #timeline(DesignationRules, TimelineState, LocalDate, List, List)}, with the area's screening rounds.
   *
   * @throws ValidationException also for a round of another area or outside the window, as {@code screenings[i]}
   */
  public static RiskTimeline timeline(DesignationRules rules, TimelineState start, LocalDate endExclusive,
      List<CaseReport> reports, List<OfficialDesignation> designations, List<ScreeningRound> screenings) {
    checkState(rules, start);
    DateWindow window = DateWindow.of(start.day().plusDays(1), endExclusive);
    checkBelongs(rules, start.area(), window, reports, designations, screenings);
    List<LevelTransition> transitions = new ArrayList<>();
    List<DesignationFinding> findings = new ArrayList<>();
    LevelEngine e = LevelEngine.of(rules, start);
    run(e, start.area(), window, sorted(reports, BY_DATE), sorted(designations, BY_EFFECTIVE),
        sorted(screenings, BY_SCREENING_DATE), null, transitions, findings);
    return new RiskTimeline.Builder().area(start.area()).policy(rules.policyRef()).window(window)
        .initialLevel(start.level()).addAllTransitions(transitions).addAllFindings(findings)
        .endState(toState(e, start.area())).build();
  }

  /**
   * The levels of one area over a window, without reasons or findings: the hot path. Gives the same level every day
   * as {@link #timeline(DesignationRules, AreaId, DateWindow, List, List)}.
   *
   * @throws ValidationException as that method
   */
  public static LevelSeries levels(DesignationRules rules, AreaId area, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations) {
    return levels(rules, area, window, reports, designations, List.of());
  }

  /** As {@link #levels(DesignationRules, AreaId, DateWindow, List, List)}, with the area's screening rounds. */
  public static LevelSeries levels(DesignationRules rules, AreaId area, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations, List<ScreeningRound> screenings) {
    checkBelongs(rules, area, window, reports, designations, screenings);
    byte[] levels = new byte[Math.toIntExact(window.days())];
    LevelEngine e = LevelEngine.fresh(rules, window.start());
    run(e, area, window, sorted(reports, BY_DATE), sorted(designations, BY_EFFECTIVE),
        sorted(screenings, BY_SCREENING_DATE), levels, null, null);
    return LevelSeries.wrap(window.start(), levels);
  }

  /**
   * Timelines of every area that has events, over one window, from mixed input. Reports roll up to the policy's
   * designation unit (a village's cases count for its township where townships are designated). An event dated
   * outside the window or reported for an area larger than the unit is rejected and reported; the rest are used.
   *
   * @return the timelines by area, and the rejected events; positions count reports first, then designations
   */
  public static TimelineBatch timelines(DesignationRules rules, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations) {
    return timelines(rules, window, reports, designations, List.of());
  }

  /**
   * As {@link #timelines(DesignationRules, DateWindow, List, List)}, with screening rounds, each for the area it
   * names exactly (as in the single-area path): a step down that needs a round waits for one of its area. A round
   * dated outside the window is rejected; an area with only rounds gets a timeline too.
   *
   * @return the timelines by area, and the rejected events; positions count reports first, then designations, then
   *     screening rounds
   */
  public static TimelineBatch timelines(DesignationRules rules, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations, List<ScreeningRound> screenings) {
    Map<AreaId, List<CaseReport>> reportsByArea = new HashMap<>();
    Map<AreaId, List<OfficialDesignation>> designationsByArea = new HashMap<>();
    List<Rejected> rejected = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      CaseReport r = reports.get(i);
      // Field paths are built only for a rejection: building them for every report would cost more than the rest.
      if (!window.contains(r.date())) {
        rejected.add(Rejected.of(i, List.of(Violation.of("reports[" + i + "].date", OUTSIDE_WINDOW,
            "date", r.date(), "window", window))));
        continue;
      }
      try {
        AreaId area = rules.designationAreaOf(r.area(), "area");
        reportsByArea.computeIfAbsent(area, a -> new ArrayList<>()).add(r);
      } catch (ValidationException ex) {
        rejected.add(Rejected.of(i, ex.under("reports[" + i + "]").violations()));
      }
    }
    for (int i = 0; i < designations.size(); i++) {
      OfficialDesignation d = designations.get(i);
      if (window.contains(d.effectiveDate())) {
        designationsByArea.computeIfAbsent(d.area(), a -> new ArrayList<>()).add(d);
      } else {
        rejected.add(Rejected.of(reports.size() + i, List.of(Violation.of("designations[" + i + "].effectiveDate",
            OUTSIDE_WINDOW, "date", d.effectiveDate(), "window", window))));
      }
    }
    Map<AreaId, List<ScreeningRound>> screeningsByArea = new HashMap<>();
    int offset = reports.size() + designations.size();
    for (int i = 0; i < screenings.size(); i++) {
      ScreeningRound s = screenings.get(i);
      if (window.contains(s.date())) {
        screeningsByArea.computeIfAbsent(s.area(), a -> new ArrayList<>()).add(s);
      } else {
        rejected.add(Rejected.of(offset + i, List.of(Violation.of("screenings[" + i + "].date", OUTSIDE_WINDOW,
            "date", s.date(), "window", window))));
      }
    }
    TreeSet<AreaId> areas = new TreeSet<>(reportsByArea.keySet());
    areas.addAll(designationsByArea.keySet());
    areas.addAll(screeningsByArea.keySet());
    List<RiskTimeline> out = new ArrayList<>(areas.size());
    for (AreaId area : areas) {
      out.add(timelineUnchecked(rules, area, window, reportsByArea.getOrDefault(area, List.of()),
          designationsByArea.getOrDefault(area, List.of()), screeningsByArea.getOrDefault(area, List.of())));
    }
    // Rejections were added in position order: reports first, then designations, then screening rounds.
    return TimelineBatch.of(offset + screenings.size(), out, rejected);
  }

  private static RiskTimeline timelineUnchecked(DesignationRules rules, AreaId area, DateWindow window,
      List<CaseReport> reports, List<OfficialDesignation> designations, List<ScreeningRound> screenings) {
    List<LevelTransition> transitions = new ArrayList<>();
    List<DesignationFinding> findings = new ArrayList<>();
    LevelEngine e = LevelEngine.fresh(rules, window.start());
    run(e, area, window, sorted(reports, BY_DATE), sorted(designations, BY_EFFECTIVE),
        sorted(screenings, BY_SCREENING_DATE), null, transitions, findings);
    return new RiskTimeline.Builder().area(area).policy(rules.policyRef()).window(window)
        .initialLevel(RiskLevel.LOW).addAllTransitions(transitions)
        .addAllFindings(findings).endState(toState(e, area)).build();
  }

  /**
   * The shared day loop: events sorted by date; {@code levels} receives each day's level when not null;
   * {@code transitions} and {@code findings} receive the explanations when not null.
   */
  private static void run(LevelEngine e, AreaId area, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations, List<ScreeningRound> screenings, byte[] levels,
      List<LevelTransition> transitions, List<DesignationFinding> findings) {
    int start = (int) window.start().toEpochDay();
    int end = (int) window.endExclusive().toEpochDay();
    int nr = reports.size();
    int nd = designations.size();
    int[] reportDays = new int[nr];
    for (int i = 0; i < nr; i++) {
      reportDays[i] = (int) reports.get(i).date().toEpochDay();
    }
    int[] designationDays = new int[nd];
    for (int i = 0; i < nd; i++) {
      designationDays[i] = (int) designations.get(i).effectiveDate().toEpochDay();
    }
    // Only rounds that qualify matter to the engine; the others count as none.
    double coverage = e.rules.screeningCoverage();
    int[] screeningDays = screenings.stream().filter(s -> s.qualifies(coverage))
        .mapToInt(s -> (int) s.date().toEpochDay()).distinct().toArray();
    int found = findings == null ? 0 : findings.size();
    int ns = screeningDays.length;
    int ri = 0;
    int di = 0;
    int si = 0;
    while (e.day + 1 < end) {
      int d = e.day + 1;
      int next = Math.min(Math.min(ri < nr ? reportDays[ri] : end, di < nd ? designationDays[di] : end),
          si < ns ? screeningDays[si] : end);
      if (d < next) {
        // Days without facts: pass the quiet ones at once, one by one where a step down falls.
        int quiet = e.quietDays(next - d);
        if (quiet > 0) {
          e.skipQuiet(quiet);
          if (levels != null) {
            Arrays.fill(levels, d - start, d - start + quiet, (byte) e.level);
          }
          continue;
        }
        e.emptyDay();
        if (levels != null) {
          levels[d - start] = (byte) e.level;
        }
        if (transitions != null) {
          TimelineExplainer.explainDay(e, area, null, transitions, findings);
        }
        continue;
      }
      int rs = ri;
      while (ri < nr && reportDays[ri] == d) {
        ri++;
      }
      int ds = di;
      while (di < nd && designationDays[di] == d) {
        di++;
      }
      boolean screened = si < ns && screeningDays[si] == d;
      if (screened) {
        si++;
      }
      String document = null;
      if (ri - rs == 0 && ds == di) {
        // A screening round alone.
        e.day(0, 0, null, -1, true);
      } else if (ri - rs == 1 && ds == di) {
        // One report: its counts go straight in; the same as merging it alone.
        CaseReport r = reports.get(rs);
        e.day(r.localConfirmed(), r.localAsymptomatic(),
            r.clusterId().map(id -> ImmutableSortedMap.of(id, r.cases())).orElse(null), -1, screened);
      } else {
        DayFacts f = DayFacts.merge(area, LocalDate.ofEpochDay(d), reports.subList(rs, ri),
            designations.subList(ds, di)).withScreeningRound(screened);
        if (findings != null) {
          f.notes().forEach(n -> findings.add(DesignationFinding.of(area, f.date(), n)));
        }
        dayOf(e, f);
        document = f.officialDocument().orElse(null);
      }
      if (levels != null) {
        levels[d - start] = (byte) e.level;
      }
      if (transitions != null) {
        TimelineExplainer.explainDay(e, area, document, transitions, findings);
      }
    }
    if (findings != null && e.rules.downgradeRequiresScreening()) {
      addCoverageFindings(area, screenings, coverage, findings, found);
    }
  }

  /** A finding for each round short of the coverage, placed among the run's findings by date. */
  private static void addCoverageFindings(AreaId area, List<ScreeningRound> screenings, double coverage,
      List<DesignationFinding> findings, int from) {
    List<DesignationFinding> shortRounds = new ArrayList<>();
    for (ScreeningRound s : screenings) {
      if (!s.meetsCoverage(coverage)) {
        shortRounds.add(DesignationFinding.of(area, s.date(), Reason.of(BELOW_COVERAGE, Clause.S1_4)
            .fact("date", s.date()).fact("tested", s.tested().get()).fact("expected", s.expected().get())
            .fact("coverage", percent((double) s.tested().get() / s.expected().get()))
            .policy("risk.screeningCoverage", percent(coverage)).build()));
      }
    }
    if (shortRounds.isEmpty()) {
      return;
    }
    List<DesignationFinding> run = new ArrayList<>(findings.subList(from, findings.size()));
    run.addAll(shortRounds);
    // Stable: on one day the run's own findings come first.
    run.sort(Comparator.comparing(DesignationFinding::date));
    findings.subList(from, findings.size()).clear();
    findings.addAll(run);
  }

  private static String percent(double share) {
    return java.math.BigDecimal.valueOf(share * 100).setScale(1, java.math.RoundingMode.FLOOR)
        .stripTrailingZeros().toPlainString() + "%";
  }

  /** Folds days without facts up to (excluding) {@code endDay}, explaining the ones that change something. */
  private static void passEmptyDays(LevelEngine e, AreaId area, long endDay, List<LevelTransition> transitions,
      List<DesignationFinding> findings) {
    while (e.day + 1 < endDay) {
      int quiet = e.quietDays((int) (endDay - e.day - 1));
      if (quiet > 0) {
        e.skipQuiet(quiet);
      } else {
        e.emptyDay();
        TimelineExplainer.explainDay(e, area, null, transitions, findings);
      }
    }
  }

  private static void feed(LevelEngine e, DayFacts facts, AreaId area, List<LevelTransition> transitions,
      List<DesignationFinding> findings) {
    facts.notes().forEach(n -> findings.add(DesignationFinding.of(area, facts.date(), n)));
    dayOf(e, facts);
    TimelineExplainer.explainDay(e, area, facts.officialDocument().orElse(null), transitions, findings);
  }

  private static void dayOf(LevelEngine e, DayFacts f) {
    e.day(f.cases().confirmed(), f.cases().asymptomatic(), f.clusters(),
        f.official().map(Enum::ordinal).orElse(-1), f.screeningRound());
  }

  private static TimelineState toState(LevelEngine e, AreaId area) {
    return e.toState(new TimelineState.Builder().area(area).policy(e.rules.policyRef()));
  }

  private static void checkState(DesignationRules rules, TimelineState state) {
    if (!state.policy().equals(rules.policyRef())) {
      throw ValidationException.of("state.policy", OTHER_STATE, "policy", rules.policyRef());
    }
  }

  private static void checkBelongs(DesignationRules rules, AreaId area, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations) {
    checkBelongs(rules, area, window, reports, designations, List.of());
  }

  private static void checkBelongs(DesignationRules rules, AreaId area, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations, List<ScreeningRound> screenings) {
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < screenings.size(); i++) {
      ScreeningRound s = screenings.get(i);
      if (!window.contains(s.date())) {
        problems.add(Violation.of("screenings[" + i + "].date", OUTSIDE_WINDOW, "date", s.date(), "window", window));
      }
      if (!s.area().equals(area)) {
        problems.add(Violation.of("screenings[" + i + "].area", DayFacts.OTHER_AREA, "area", area));
      }
    }
    for (int i = 0; i < reports.size(); i++) {
      CaseReport r = reports.get(i);
      if (!window.contains(r.date())) {
        problems.add(Violation.of("reports[" + i + "].date", OUTSIDE_WINDOW, "date", r.date(), "window", window));
      }
      try {
        if (!rules.designationAreaOf(r.area(), "area").equals(area)) {
          problems.add(Violation.of("reports[" + i + "].area", DayFacts.OTHER_AREA, "area", area));
        }
      } catch (ValidationException ex) {
        problems.addAll(ex.under("reports[" + i + "]").violations());
      }
    }
    for (int i = 0; i < designations.size(); i++) {
      OfficialDesignation d = designations.get(i);
      if (!window.contains(d.effectiveDate())) {
        problems.add(Violation.of("designations[" + i + "].effectiveDate", OUTSIDE_WINDOW,
            "date", d.effectiveDate(), "window", window));
      }
      if (!d.area().equals(area)) {
        problems.add(Violation.of("designations[" + i + "].area", DayFacts.OTHER_AREA, "area", area));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
    for (int i = 1; i < items.size(); i++) {
      if (order.compare(items.get(i - 1), items.get(i)) > 0) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return copy;
      }
    }
    return items;
  }
}
