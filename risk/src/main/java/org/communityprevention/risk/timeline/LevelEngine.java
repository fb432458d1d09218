package org.communityprevention.risk.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.risk.designation.CaseCount;
import org.communityprevention.risk.designation.DesignationRules;

/**
 * The one definition of how an area's level moves from day to day. Mutable and allocation-free on days without
 * clusters, it is the hot path of both the batch and the fold: each wraps it, so the two cannot disagree. After each
 * {@link #day} call the fields of the day record say what happened, for {@link TimelineExplainer} to explain on
 * demand.
 *
 * <p>Order within a day: (1) a level whose stage has its clean days steps down one tier at the start of the day;
 * (2) the day's counted infections raise the level to their facts level or restart the current countdown; (3) an
 * official designation overrides; (4) a day without a counted infection adds a clean day.
 *
 * <p>Where {@code risk.downgradeRequiresScreening}, step (1) also needs a qualifying screening round on a clean day
 * of the stage at or after its last required clean day; without one the step waits (the stay of an area stepped down
 * from high needs none). The first day it waits is recorded for a finding.
 */
final class LevelEngine {
  static final int NONE = Integer.MIN_VALUE;
  static final int LOW = 0;
  static final int MEDIUM = 1;
  static final int HIGH = 2;
  private static final RiskLevel[] LEVELS = RiskLevel.values();

  static final int F_NOT_IN_TIERS = 1;
  static final int F_BELOW_FACTS = 2;
  static final int F_DOWNGRADE_EARLY = 4;
  static final int F_HIGH_TO_LOW_EARLY = 8;
  static final int F_ABOVE_POLICY = 16;
  static final int F_UPGRADE_LATE = 32;
  static final int F_AWAITS_SCREENING = 64;
  static final int F_DOWNGRADE_UNSCREENED = 128;

  final DesignationRules rules;
  private final int highPeriod;
  private final int stepped;
  private final int medium;
  private final int window;
  private final int clusterMin;
  private final boolean countAsymptomatic;
  private final boolean hasMedium;
  private final boolean tracksClusters;
  private final int tierMask;
  private final boolean requireScreening;

  // State.
  int day;
  int level;
  int stageClean;
  int stagePeriod;
  int cleanStreak;
  long cumulative;
  int lastClusterDay = NONE;
  int lastOfficial = -1;
  int pendingMedium = NONE;
  int pendingHigh = NONE;
  boolean screened;
  boolean steppedStay;
  private ArrayList<ClusterTrack> tracks;

  // Record of the last day.
  int dayFrom;
  int stepFrom;
  int stepTo;
  int stepCleanDays;
  int stepPeriod;
  int counted;
  int factsLevel;
  boolean upgraded;
  boolean restarted;
  boolean clusterInWindow;
  int official;
  int policyLevel;
  int findings;
  int earliestDay;
  int lateSince;
  int restartPeriod;
  int streakBefore;
  boolean awaitingScreening;
  boolean stepScreened;
  int awaitFrom;

  LevelEngine(DesignationRules rules) {
    this.rules = rules;
    this.highPeriod = rules.highPeriod();
    this.stepped = rules.steppedDownMediumToLowDays();
    this.medium = rules.mediumToLowCleanDays();
    this.window = rules.windowDays();
    this.clusterMin = rules.clusterMinCases();
    this.countAsymptomatic = rules.countAsymptomatic();
    this.hasMedium = rules.hasMedium();
    // Clusters matter only where a cumulative threshold can make the difference between medium and high.
    this.tracksClusters = rules.highCumulativeThreshold().isPresent() && hasMedium;
    this.tierMask = rules.tierMask();
    this.requireScreening = rules.downgradeRequiresScreening();
  }

  /** An engine at a fresh state: low before {@code firstDay}. */
  static LevelEngine fresh(DesignationRules rules, LocalDate firstDay) {
    LevelEngine e = new LevelEngine(rules);
    e.day = (int) firstDay.toEpochDay() - 1;
    return e;
  }

  /** An engine at a stored state. */
  static LevelEngine of(DesignationRules rules, TimelineState s) {
    LevelEngine e = new LevelEngine(rules);
    e.day = (int) s.day().toEpochDay();
    e.level = s.level().ordinal();
    e.stageClean = s.stageCleanDays();
    e.stagePeriod = s.stagePeriod();
    e.cleanStreak = s.cleanStreak();
    e.cumulative = s.cumulativeCases();
    e.lastClusterDay = s.lastClusterDay().map(d -> (int) d.toEpochDay()).orElse(NONE);
    e.lastOfficial = s.lastOfficialLevel().map(RiskLevel::ordinal).orElse(-1);
    e.pendingMedium = s.unconfirmedMediumSince().map(d -> (int) d.toEpochDay()).orElse(NONE);
    e.pendingHigh = s.unconfirmedHighSince().map(d -> (int) d.toEpochDay()).orElse(NONE);
    e.screened = s.stageScreened();
    e.steppedStay = s.steppedDownStay();
    if (e.tracksClusters) {
      List<ClusterLink> links = new ArrayList<>(s.recentClusterLinks());
      links.sort(Comparator.comparing(ClusterLink::clusterId).thenComparing(ClusterLink::date));
      for (ClusterLink link : links) {
        e.track(link.clusterId()).add((int) link.date().toEpochDay(), link.cases());
      }
    }
    return e;
  }

  /** The state after the last day, in its canonical form. */
  TimelineState toState(TimelineState.Builder b) {
    b.day(LocalDate.ofEpochDay(day)).level(LEVELS[level]).stageCleanDays(stageClean).stagePeriod(stagePeriod)
        .cleanStreak(cleanStreak).cumulativeCases(cumulative)
        .lastClusterDay(date(lastClusterDay)).lastOfficialLevel(lastOfficial < 0 ? Optional.empty()
            : Optional.of(LEVELS[lastOfficial]))
        .unconfirmedMediumSince(date(pendingMedium)).unconfirmedHighSince(date(pendingHigh))
        .stageScreened(screened).steppedDownStay(steppedStay);
    if (tracks != null) {
      int from = day - window + 1;
      for (ClusterTrack t : tracks) {
        for (int i = 0; i < t.size; i++) {
          if (t.days[i] >= from) {
            b.addRecentClusterLinks(ClusterLink.of(t.id, LocalDate.ofEpochDay(t.days[i]), t.counts[i]));
          }
        }
      }
    }
    return b.build();
  }

  private static Optional<LocalDate> date(int epochDay) {
    return epochDay == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /** A day without facts. */
  void emptyDay() {
    day(0, 0, null, -1, false);
  }

  /** Whether the current stage's step down needs a screening round: not the stay of an area stepped down. */
  private boolean needsScreening() {
    return requireScreening && !(level == MEDIUM && steppedStay);
  }

  /** Whether the step down is due by clean days but waits for a screening round. */
  private boolean waiting() {
    return level > LOW && stageClean >= stagePeriod && needsScreening() && !screened;
  }

  /**
   * How many of the next {@code max} days, all without facts, pass without any change: none steps down, so
   * {@link #skipQuiet} may pass them in one go.
   */
  int quietDays(int max) {
    if (level == LOW) {
      return max;
    }
    if (waiting()) {
      // The first day the step is due is recorded; after it, days without facts change nothing.
      return stageClean == stagePeriod ? 0 : max;
    }
    return Math.max(0, Math.min(max, stagePeriod - stageClean));
  }

  /** Passes {@code k} quiet days (see {@link #quietDays}) exactly as {@code k} calls of {@link #emptyDay} would. */
  void skipQuiet(int k) {
    int first = day + 1;
    day += k;
    dayFrom = level;
    stepFrom = -1;
    stepTo = -1;
    factsLevel = -1;
    upgraded = false;
    restarted = false;
    clusterInWindow = false;
    official = -1;
    findings = 0;
    awaitingScreening = false;
    counted = 0;
    streakBefore = cleanStreak + k - 1;
    policyLevel = level;
    cleanStreak += k;
    stageClean = level > LOW ? stageClean + k : 0;
    int base = lastOfficial < 0 ? LOW : lastOfficial;
    pendingMedium = level >= MEDIUM && MEDIUM > base ? (pendingMedium == NONE ? first : pendingMedium) : NONE;
    pendingHigh = level >= HIGH && HIGH > base ? (pendingHigh == NONE ? first : pendingHigh) : NONE;
  }

  /**
   * Folds the next day.
   *
   * @param clusters the infections linked to each cluster, or null
   * @param officialLevel the ordinal of the official level taking effect, or -1
   * @param screening whether a qualifying screening round was held this day
   */
  void day(int confirmed, int asymptomatic, SortedMap<String, CaseCount> clusters, int officialLevel,
      boolean screening) {
    int d = ++day;
    dayFrom = level;
    stepFrom = -1;
    stepTo = -1;
    factsLevel = -1;
    upgraded = false;
    restarted = false;
    clusterInWindow = false;
    official = officialLevel;
    findings = 0;
    streakBefore = cleanStreak;
    awaitingScreening = false;

    // (1) Step down at the start of the day once the stage has its clean days (and, where required, its round).
    if (waiting()) {
      awaitingScreening = true;
      awaitFrom = level;
      stepCleanDays = stageClean;
      stepPeriod = stagePeriod;
      if (stageClean == stagePeriod) {
        findings |= F_AWAITS_SCREENING;
      }
    } else if (level > LOW && stageClean >= stagePeriod) {
      stepScreened = needsScreening();
      stepFrom = level;
      stepCleanDays = stageClean;
      stepPeriod = stagePeriod;
      if (level == HIGH && hasMedium && stepped > 0) {
        level = MEDIUM;
        stagePeriod = stepped;
        steppedStay = true;
      } else {
        level = LOW;
        stagePeriod = 0;
        steppedStay = false;
      }
      stageClean = 0;
      screened = false;
      stepTo = level;
    }

    // (2) New counted infections: the facts level, or a restart of the countdown.
    int c = countAsymptomatic ? confirmed + asymptomatic : confirmed;
    counted = c;
    if (c > 0) {
      cumulative += c;
      if (tracksClusters && clusters != null && !clusters.isEmpty()) {
        linkClusters(d, clusters);
      }
      clusterInWindow = lastClusterDay != NONE && lastClusterDay > d - window;
      factsLevel = rules.factsLevelOrdinal(c, cumulative, clusterInWindow);
      if (factsLevel > level) {
        upgraded = true;
        level = factsLevel;
        stagePeriod = level == HIGH ? highPeriod : medium;
      } else {
        restarted = true;
        // A restart never shortens a countdown already running.
        stagePeriod = level == HIGH ? highPeriod : Math.max(stagePeriod, medium);
        restartPeriod = stagePeriod;
      }
      stageClean = 0;
      screened = false;
      steppedStay = false;
    }
    policyLevel = level;

    // (3) An official designation overrides.
    if (officialLevel >= 0) {
      applyOfficial(d, officialLevel, c > 0);
    }

    // (4) A day without a counted infection is clean.
    if (c > 0) {
      cleanStreak = 0;
    } else {
      cleanStreak++;
      stageClean = level > LOW ? stageClean + 1 : 0;
    }
    // A round counts from the day the stage's clean days are complete (for a stage of 0 days, any day of it).
    if (screening && level > LOW && stageClean >= stagePeriod) {
      screened = true;
    }
    int base = lastOfficial < 0 ? LOW : lastOfficial;
    pendingMedium = level >= MEDIUM && MEDIUM > base ? (pendingMedium == NONE ? d : pendingMedium) : NONE;
    pendingHigh = level >= HIGH && HIGH > base ? (pendingHigh == NONE ? d : pendingHigh) : NONE;
  }

  private void applyOfficial(int d, int x, boolean caseToday) {
    int base = lastOfficial < 0 ? LOW : lastOfficial;
    if ((tierMask & (1 << x)) == 0) {
      findings |= F_NOT_IN_TIERS;
    }
    if (x < level) {
      if (factsLevel >= 0 && x < factsLevel) {
        findings |= F_BELOW_FACTS;
      } else {
        boolean skipsStay = level == HIGH && x == LOW && hasMedium && stepped > 0;
        if (awaitingScreening && !caseToday && !skipsStay) {
          // The clean days are complete; only the screening round is missing.
          findings |= F_DOWNGRADE_UNSCREENED;
        } else {
          earliestDay = earliestDayAllowing(d, x, caseToday);
          findings |= skipsStay ? F_HIGH_TO_LOW_EARLY : F_DOWNGRADE_EARLY;
        }
      }
    } else if (x > level) {
      findings |= F_ABOVE_POLICY;
    }
    if (x > base && x >= level) {
      // An upgrade of the official sequence that the facts had called for earlier.
      int since = x == HIGH ? pendingHigh : pendingMedium;
      if (since != NONE && since < d) {
        findings |= F_UPGRADE_LATE;
        lateSince = since;
      }
    }
    if (x != level) {
      int before = level;
      level = x;
      stageClean = 0;
      screened = false;
      steppedStay = x == MEDIUM && before == HIGH;
      if (x == HIGH) {
        stagePeriod = highPeriod;
      } else if (x == MEDIUM) {
        // An official step down from high starts the stepped-down stay; otherwise the medium period.
        stagePeriod = before == HIGH ? stepped : medium;
      } else {
        stagePeriod = 0;
      }
    }
    lastOfficial = x;
    pendingMedium = NONE;
    pendingHigh = NONE;
  }

  /** The clean days the restarted countdown of the last day needs. */
  int stagePeriodAtRestart() {
    return restartPeriod;
  }

  /** Consecutive clean days before the last day. */
  int cleanStreakBefore() {
    return streakBefore;
  }

  /** The first day the policy would have allowed {@code target}, had no further infection come. */
  private int earliestDayAllowing(int d, int target, boolean caseToday) {
    int cleanAtEnd = caseToday ? 0 : stageClean + 1;
    int first = d + Math.max(0, stagePeriod - cleanAtEnd) + 1;
    if (level == HIGH && target == LOW && hasMedium && stepped > 0) {
      return first + stepped;
    }
    return first;
  }

  private void linkClusters(int d, SortedMap<String, CaseCount> clusters) {
    int from = d - window + 1;
    if (tracks != null) {
      for (int i = tracks.size() - 1; i >= 0; i--) {
        if (tracks.get(i).dropBefore(from)) {
          tracks.remove(i);
        }
      }
    }
    boolean identified = false;
    for (Map.Entry<String, CaseCount> e : clusters.entrySet()) {
      int n = e.getValue().counted(countAsymptomatic);
      if (n > 0) {
        ClusterTrack t = track(e.getKey());
        t.add(d, n);
        identified |= t.sum() >= clusterMin;
      }
    }
    if (identified) {
      lastClusterDay = d;
    }
  }

  private ClusterTrack track(String id) {
    if (tracks == null) {
      tracks = new ArrayList<>(2);
    }
    for (ClusterTrack t : tracks) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    ClusterTrack t = new ClusterTrack(id);
    // Sorted by id, so the exported state is canonical.
    int at = 0;
    while (at < tracks.size() && tracks.get(at).id.compareTo(id) < 0) {
      at++;
    }
    tracks.add(at, t);
    return t;
  }

  /** The linked infections of one cluster, by day, oldest first. */
  private static final class ClusterTrack {
    final String id;
    int[] days = new int[4];
    int[] counts = new int[4];
    int size;

    ClusterTrack(String id) {
      this.id = id;
    }

    void add(int d, int n) {
      if (size > 0 && days[size - 1] == d) {
        counts[size - 1] += n;
        return;
      }
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      days[size] = d;
      counts[size] = n;
      size++;
    }

    /** Drops days before {@code from}; true when nothing is left. */
    boolean dropBefore(int from) {
      int keep = 0;
      while (keep < size && days[keep] < from) {
        keep++;
      }
      if (keep > 0) {
        System.arraycopy(days, keep, days, 0, size - keep);
        System.arraycopy(counts, keep, counts, 0, size - keep);
        size -= keep;
      }
      return size == 0;
    }

    long sum() {
      long s = 0;
      for (int i = 0; i < size; i++) {
        s += counts[i];
      }
      return s;
    }
  }
}
