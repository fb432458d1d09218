package org.communityprevention.core.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;

/**
 * What the rules report on the explaining path: for each category held, the window and the fact that made it hold
 * (the latest-starting one when several do), and notes about facts that led to no category. Used once per
 * classification; never on the hot path.
 */
final class Recorder {
  private static final int N = Category.values().length;

  final int asOf;
  private final CompiledPolicy policy;
  final int[] start = new int[N];
  final int[] until = new int[N];
  final int[] event = new int[N];
  final int[] years = new int[N];
  long held;
  private long missed;
  private final int[] missStart = new int[N];
  private final int[] missUntil = new int[N];
  private final Map<String, Reason> notes = new LinkedHashMap<>();

  Recorder(int asOf, CompiledPolicy policy) {
    this.asOf = asOf;
    this.policy = policy;
  }

  /** A status category holds (its window is worked out from the facts by the explainer). */
  void status(Category c, int age) {
    held |= c.bit();
    event[c.ordinal()] = -1;
    years[c.ordinal()] = age;
  }

  /** A dated fact makes a category hold on {@code [start, until)}. */
  void hit(Category c, int s, int u, int e) {
    int i = c.ordinal();
    if (!c.in(held) || s > start[i] || (s == start[i] && u > until[i])) {
      start[i] = s;
      until[i] = u;
      event[i] = e;
    }
    held |= c.bit();
  }

  /** A dated fact gives a category a window that does not contain the as-of day. */
  void miss(Category c, int s, int u) {
    int i = c.ordinal();
    if (!c.in(missed) || u > missUntil[i]) {
      missStart[i] = s;
      missUntil[i] = u;
    }
    missed |= c.bit();
  }

  /** A note with a code and name/value facts. */
  void note(String code, Object... facts) {
    Reason.Builder r = Reason.of(code, clausesOf(code));
    for (int k = 0; k < facts.length; k += 2) {
      String name = (String) facts[k];
      if (name.startsWith("population.") || name.startsWith("services.")) {
        r.policy(name, facts[k + 1]);
      } else {
        r.fact(name, facts[k + 1]);
      }
    }
    Reason reason = r.build();
    notes.putIfAbsent(reason.toString(), reason);
  }

  /** Why no §5.3 festival visit was decided for a person with a visit status. */
  void careVisitNotDecided(boolean areaKnown, boolean outbreak) {
    if (!areaKnown) {
      note("core.population.area_unknown");
    } else if (outbreak) {
      note("core.population.care_visit_outbreak_area", "services.outbreakFrom",
          policy.policy.services().outbreakFrom());
    } else {
      note("core.population.outside_holiday_window", "asOf", CompactFacts.date(asOf), "population.holidayWindow",
          policy.policy.population().holidayWindow());
    }
  }

  /** The notes, with window notes for the categories that had a window but do not hold. */
  List<Reason> notes() {
    List<Reason> out = new ArrayList<>(notes.values());
    for (Category c : Category.all()) {
      if (c.in(missed) && !c.in(held)) {
        int i = c.ordinal();
        boolean ended = missUntil[i] <= asOf;
        Reason.Builder r = Reason.of(ended ? "core.population.window_ended" : "core.population.window_not_started",
            c.clause()).fact("category", c.code(), c).fact("start", CompactFacts.date(missStart[i]))
            .fact("asOf", CompactFacts.date(asOf));
        if (missUntil[i] != CompactFacts.OPEN) {
          r.fact("lastDay", CompactFacts.date(missUntil[i] - 1));
        }
        out.add(r.build());
      }
    }
    return out;
  }

  private static Clause[] clausesOf(String code) {
    switch (code) {
      case "core.population.secondary_not_designated":
        return new Clause[] {Clause.S2_4};
      case "core.population.case_referral":
        return new Clause[] {Clause.S2_4, Clause.S2_3};
      case "core.population.holiday_return_outside_window":
      case "core.population.holiday_returnee_not_designated":
      case "core.population.health_code_red_not_designated":
        return new Clause[] {Clause.S2_3};
      case "core.population.area_unknown":
        return new Clause[] {Clause.S5_3, Clause.S5_4};
      case "core.population.care_visit_outbreak_area":
      case "core.population.outside_holiday_window":
        return new Clause[] {Clause.S5_3};
      case "core.population.age_unknown":
      case "core.population.child_status_adult":
        return new Clause[] {Clause.S2_2};
      default:
        return new Clause[0];
    }
  }
}
