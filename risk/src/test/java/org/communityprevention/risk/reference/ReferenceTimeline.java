package org.communityprevention.risk.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.policy.RiskPolicy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.OfficialDesignation;

/**
 * A plain reading of docs/risk.md, sharing no code with the engine. Each day's level is recomputed from the whole
 * history: the facts level of a day looks back over the cumulative count and the cluster window; the level of a
 * day looks back to the last <em>event day</em> (a day with counted infections or an official designation) and
 * counts the clean days since, and the stage that event day left looks back to the event day before it. Nothing
 * is carried from one day to the next. It reads the clean-day rules only: its properties run the policies without
 * {@code risk.downgradeRequiresScreening}, whose condition {@code ScreeningRoundProperties} checks on the engine.
 */
final class ReferenceTimeline {
  private static final Comparator<CaseReport> LARGER = Comparator
      .comparingLong((CaseReport r) -> (long) r.localConfirmed() + r.localAsymptomatic())
      .thenComparingInt(CaseReport::localConfirmed)
      .thenComparing(r -> r.clusterId().orElse(""));

  private final RiskPolicy risk;
  private final boolean hasMedium;
  private final int days;
  private final long[] counted;
  private final List<Map<String, Long>> linked;
  private final RiskLevel[] official;

  /**
   * What an event day leaves: a level held on its first day {@code start} and until the stage has {@code period}
   * clean days; {@code cleanOnStart} is 1 where the first day itself counts (an official designation on a day
   * without infections), 0 on a case day.
   */
  private record Stage(RiskLevel level, int period, int start, int cleanOnStart) {}

  ReferenceTimeline(RiskPolicy risk, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations) {
    this.risk = risk;
    this.hasMedium = risk.tiers().contains(RiskLevel.MEDIUM);
    this.days = Math.toIntExact(window.days());
    this.counted = new long[days];
    this.official = new RiskLevel[days];
    this.linked = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      linked.add(new HashMap<>());
    }
    // The same report (day, area, id) counts once; of two versions, the larger.
    Map<List<Object>, CaseReport> distinct = new HashMap<>();
    for (CaseReport r : reports) {
      distinct.merge(List.of(r.date(), r.area(), r.id()), r, (a, b) -> LARGER.compare(a, b) >= 0 ? a : b);
    }
    for (CaseReport r : distinct.values()) {
      int i = index(window, r.date());
      long n = r.localConfirmed() + (risk.countAsymptomatic() ? (long) r.localAsymptomatic() : 0L);
      counted[i] += n;
      if (r.clusterId().isPresent() && n > 0) {
        linked.get(i).merge(r.clusterId().get(), n, Long::sum);
      }
    }
    // Two official levels for one day: the more severe.
    for (OfficialDesignation o : designations) {
      int i = index(window, o.effectiveDate());
      official[i] = official[i] == null || o.level().compareTo(official[i]) > 0 ? o.level() : official[i];
    }
  }

  /** The level on every day of the window. */
  RiskLevel[] levels() {
    RiskLevel[] out = new RiskLevel[days];
    for (int d = 0; d < days; d++) {
      out[d] = levelOn(d);
    }
    return out;
  }

  /** The level of day {@code d}: the last event day's stage, less the clean days since. */
  RiskLevel levelOn(int d) {
    int e = lastEventDayAtOrBefore(d);
    return e < 0 ? RiskLevel.LOW : levelIn(stageOf(e), d);
  }

  /** The stage event day {@code e} leaves: infections first, then an official designation overrides. */
  private Stage stageOf(int e) {
    Stage s = factsStage(e);
    RiskLevel x = official[e];
    RiskLevel now = s == null ? RiskLevel.LOW : levelIn(s, e);
    if (x != null && x != now) {
      // A re-published unchanged level leaves the countdown running; any other restarts it from this day.
      int period = switch (x) {
        case HIGH -> highPeriod();
        case MEDIUM -> now == RiskLevel.HIGH ? risk.steppedDownMediumToLowDays() : risk.mediumToLowCleanDays();
        case LOW -> 0;
      };
      s = new Stage(x, period, e, counted[e] > 0 ? 0 : 1);
    }
    return s == null ? new Stage(RiskLevel.LOW, 0, e, 0) : s;
  }

  /**
   * How the official level of day {@code e} compares with the level the policy gives that day (docs/risk.md,
   * "Official designations"): not one of the tiers; lower than the facts of a case day; lower than the policy's
   * level (from high straight to low where a medium stay is due, or another early step down); higher than the
   * policy's level. Empty on a day without a designation. A late upgrade is not modelled here.
   */
  List<String> officialFindings(int e) {
    RiskLevel x = official[e];
    if (x == null) {
      return List.of();
    }
    Stage s = factsStage(e);
    RiskLevel now = s == null ? RiskLevel.LOW : levelIn(s, e);
    List<String> out = new ArrayList<>();
    if (!risk.tiers().contains(x)) {
      out.add("risk.timeline.official_not_in_tiers");
    }
    if (x.compareTo(now) < 0) {
      if (counted[e] > 0 && x.compareTo(factsLevel(e)) < 0) {
        out.add("risk.timeline.official_below_facts");
      } else if (now == RiskLevel.HIGH && x == RiskLevel.LOW && hasMedium && risk.steppedDownMediumToLowDays() > 0) {
        out.add("risk.timeline.official_high_to_low_early");
      } else {
        out.add("risk.timeline.official_downgrade_early");
      }
    } else if (x.compareTo(now) > 0) {
      out.add("risk.timeline.official_above_policy");
    }
    return out;
  }

  /** The stage of event day {@code e} from its infections alone (null where nothing has happened yet). */
  private Stage factsStage(int e) {
    int p = lastEventDayAtOrBefore(e - 1);
    Stage before = p < 0 ? null : stageOf(p);
    RiskLevel found = before == null ? RiskLevel.LOW : levelIn(before, e);
    Stage s = before;
    if (counted[e] > 0) {
      // The countdown running at the start of day e: the stepped-down stay, or the one the last stage set.
      int running = before == null ? 0 : found == RiskLevel.MEDIUM && before.level() == RiskLevel.HIGH
          ? risk.steppedDownMediumToLowDays() : before.period();
      RiskLevel facts = factsLevel(e);
      if (facts.compareTo(found) > 0) {
        s = new Stage(facts, facts == RiskLevel.HIGH ? highPeriod() : risk.mediumToLowCleanDays(), e, 0);
      } else if (found == RiskLevel.HIGH) {
        s = new Stage(RiskLevel.HIGH, highPeriod(), e, 0);
      } else {
        s = new Stage(RiskLevel.MEDIUM, Math.max(running, risk.mediumToLowCleanDays()), e, 0);
      }
    }
    return s;
  }

  /**
   * The level on day {@code d} (not before the stage's first day, no event between): the stage's level on its first
   * day and while it has fewer clean days than its period; then high steps down to the stepped-down medium stay (if
   * there is one), counted from the day of the step, and everything else to low.
   */
  private RiskLevel levelIn(Stage s, int d) {
    if (d == s.start() || s.level() == RiskLevel.LOW) {
      return s.level();
    }
    int cleanAtStartOfDay = s.cleanOnStart() + d - s.start() - 1;
    if (cleanAtStartOfDay < s.period()) {
      return s.level();
    }
    int stay = risk.steppedDownMediumToLowDays();
    if (s.level() == RiskLevel.HIGH && hasMedium && stay > 0) {
      int stepDay = s.start() + 1 + Math.max(0, s.period() - s.cleanOnStart());
      if (d - stepDay < stay) {
        return RiskLevel.MEDIUM;
      }
    }
    return RiskLevel.LOW;
  }

  /** Clean days high needs: where there is no medium tier, the medium stay is added to it. */
  private int highPeriod() {
    return hasMedium ? risk.highToMediumCleanDays()
        : risk.highToMediumCleanDays() + risk.steppedDownMediumToLowDays();
  }

  /** The facts level of case day {@code d}, from the history up to it. */
  private RiskLevel factsLevel(int d) {
    if (risk.highCumulativeThreshold().isEmpty() || !hasMedium) {
      return RiskLevel.HIGH;
    }
    long cumulative = 0;
    for (int i = 0; i <= d; i++) {
      cumulative += counted[i];
    }
    boolean cluster = false;
    for (int j = Math.max(0, d - risk.windowDays() + 1); j <= d; j++) {
      cluster |= clusterIdentifiedOn(j);
    }
    return cumulative > risk.highCumulativeThreshold().get() && cluster ? RiskLevel.HIGH : RiskLevel.MEDIUM;
  }

  /** Whether a cluster with infections on day {@code j} has reached its size within the window ending on j. */
  private boolean clusterIdentifiedOn(int j) {
    for (String cluster : linked.get(j).keySet()) {
      long sum = 0;
      for (int t = Math.max(0, j - risk.windowDays() + 1); t <= j; t++) {
        sum += linked.get(t).getOrDefault(cluster, 0L);
      }
      if (sum >= risk.clusterMinCases()) {
        return true;
      }
    }
    return false;
  }

  private int lastEventDayAtOrBefore(int d) {
    for (int i = d; i >= 0; i--) {
      if (counted[i] > 0 || official[i] != null) {
        return i;
      }
    }
    return -1;
  }

  private static int index(DateWindow window, LocalDate date) {
    return Math.toIntExact(date.toEpochDay() - window.start().toEpochDay());
  }

  /** The day of index {@code i}. */
  static LocalDate day(DateWindow window, int i) {
    return window.start().plusDays(i);
  }
}
