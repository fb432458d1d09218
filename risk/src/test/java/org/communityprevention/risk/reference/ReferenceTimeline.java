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

/**
 * A plain reading of docs/risk.md for case reports only (no official designations), sharing no code with the
 * engine. Each day's level is recomputed from the whole history: the facts level of a day looks back over the
 * cumulative count and the cluster window; the level of a day looks back to the last case day and counts the clean
 * days since, and the level of that case day in turn looks back to the case day before it. Nothing is carried from
 * one day to the next.
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

  /** What a case day leaves: its level and the clean days that level needs before it steps down. */
  private record Stage(RiskLevel level, int period) {}

  ReferenceTimeline(RiskPolicy risk, DateWindow window, List<CaseReport> reports) {
    this.risk = risk;
    this.hasMedium = risk.tiers().contains(RiskLevel.MEDIUM);
    this.days = Math.toIntExact(window.days());
    this.counted = new long[days];
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
      int i = Math.toIntExact(r.date().toEpochDay() - window.start().toEpochDay());
      long n = r.localConfirmed() + (risk.countAsymptomatic() ? (long) r.localAsymptomatic() : 0L);
      counted[i] += n;
      if (r.clusterId().isPresent() && n > 0) {
        linked.get(i).merge(r.clusterId().get(), n, Long::sum);
      }
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

  /** The level of day {@code d}: the last case day's stage, less the clean days since. */
  RiskLevel levelOn(int d) {
    int c = lastCaseDayAtOrBefore(d);
    if (c < 0) {
      return RiskLevel.LOW;
    }
    Stage s = stageOf(c);
    return afterClean(s, d - c);
  }

  /** The stage a case day leaves: the facts level, or the level it found with its countdown restarted. */
  private Stage stageOf(int c) {
    RiskLevel facts = factsLevel(c);
    int p = lastCaseDayAtOrBefore(c - 1);
    RiskLevel found = RiskLevel.LOW;
    int running = 0;
    if (p >= 0) {
      Stage before = stageOf(p);
      found = afterClean(before, c - p);
      // The countdown running at the start of day c: the stepped-down stay, or the one the last case day set.
      running = found == RiskLevel.MEDIUM && before.level() == RiskLevel.HIGH
          ? risk.steppedDownMediumToLowDays() : before.period();
    }
    if (facts.compareTo(found) > 0) {
      return new Stage(facts, facts == RiskLevel.HIGH ? highPeriod() : risk.mediumToLowCleanDays());
    }
    return found == RiskLevel.HIGH ? new Stage(RiskLevel.HIGH, highPeriod())
        : new Stage(RiskLevel.MEDIUM, Math.max(running, risk.mediumToLowCleanDays()));
  }

  /**
   * The level {@code k} days after a case day that left stage {@code s}, the days between clean: high lasts its
   * period, then the stepped-down medium stay (if there is one), then low; medium lasts its period, then low.
   */
  private RiskLevel afterClean(Stage s, int k) {
    if (k <= s.period()) {
      return s.level();
    }
    if (s.level() == RiskLevel.HIGH && hasMedium && risk.steppedDownMediumToLowDays() > 0
        && k <= s.period() + risk.steppedDownMediumToLowDays()) {
      return RiskLevel.MEDIUM;
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

  private int lastCaseDayAtOrBefore(int d) {
    for (int i = d; i >= 0; i--) {
      if (counted[i] > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The day of index {@code i}. */
  static LocalDate day(DateWindow window, int i) {
    return window.start().plusDays(i);
  }
}
