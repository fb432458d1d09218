package org.communityprevention.risk.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.DesignationRules;

/**
 * Explains what {@link LevelEngine} did on its last day, from the engine's day record: the transition with its
 * reasons and the findings. Only the explaining paths call it; the hot path never allocates a reason.
 */
final class TimelineExplainer {
  static final String STEP_DOWN = "risk.timeline.step_down";
  static final String UPGRADE_ANY = "risk.timeline.upgrade_any";
  static final String UPGRADE_MEDIUM = "risk.timeline.upgrade_medium";
  static final String UPGRADE_HIGH = "risk.timeline.upgrade_high";
  static final String RESTARTED = "risk.timeline.countdown_restarted";
  static final String OFFICIAL = "risk.timeline.official";
  static final String NOT_IN_TIERS = "risk.timeline.official_not_in_tiers";
  static final String BELOW_FACTS = "risk.timeline.official_below_facts";
  static final String DOWNGRADE_EARLY = "risk.timeline.official_downgrade_early";
  static final String HIGH_TO_LOW_EARLY = "risk.timeline.official_high_to_low_early";
  static final String ABOVE_POLICY = "risk.timeline.official_above_policy";
  static final String UPGRADE_LATE = "risk.timeline.official_upgrade_late";
  static final String AWAITS_SCREENING = "risk.timeline.step_awaits_screening";
  static final String DOWNGRADE_UNSCREENED = "risk.timeline.official_downgrade_unscreened";

  private static final RiskLevel[] LEVELS = RiskLevel.values();

  private TimelineExplainer() {}

  /** Adds the engine's last day's transition (if the level changed) and findings. */
  static void explainDay(LevelEngine e, AreaId area, String document, List<LevelTransition> transitions,
      List<DesignationFinding> findings) {
    LocalDate date = LocalDate.ofEpochDay(e.day);
    if (e.level != e.dayFrom) {
      transitions.add(transition(e, area, date, document));
    }
    if (e.findings != 0) {
      addFindings(e, area, date, findings);
    }
  }

  private static LevelTransition transition(LevelEngine e, AreaId area, LocalDate date, String document) {
    DesignationRules rules = e.rules;
    List<Reason> reasons = new ArrayList<>(3);
    if (e.stepFrom >= 0) {
      Reason.Builder r = level(level(Reason.of(STEP_DOWN, Clause.S1_4), "from", e.stepFrom), "to", e.stepTo)
          .fact("date", date).fact("cleanDays", e.stepCleanDays).fact("period", e.stepPeriod);
      if (e.stepFrom == LevelEngine.HIGH) {
        r.policy("risk.highToMediumCleanDays", rules.highToMediumCleanDays());
        if (e.stepTo == LevelEngine.LOW) {
          r.policy("risk.steppedDownMediumToLowDays", rules.steppedDownMediumToLowDays());
        }
      } else {
        r.policy("risk.steppedDownMediumToLowDays", rules.steppedDownMediumToLowDays())
            .policy("risk.mediumToLowCleanDays", rules.mediumToLowCleanDays());
      }
      if (e.stepScreened) {
        r.policy("risk.downgradeRequiresScreening", true);
      }
      reasons.add(r.build());
    }
    if (e.factsLevel >= 0) {
      reasons.add(factsReason(e, date));
    }
    boolean officialSet = e.official >= 0 && e.official != e.policyLevel;
    if (e.official >= 0) {
      reasons.add(level(Reason.of(OFFICIAL, Clause.S1_4), "to", e.official).fact("date", date)
          .fact("document", document == null ? "—" : document).build());
    }
    TransitionCause cause = officialSet ? TransitionCause.OFFICIAL
        : e.level > e.dayFrom ? TransitionCause.FACTS : TransitionCause.CLEAN_DAYS;
    return new LevelTransition.Builder().area(area).effectiveDate(date).fromLevel(LEVELS[e.dayFrom])
        .toLevel(LEVELS[e.level]).cause(cause).addAllReasons(reasons).build();
  }

  private static Reason factsReason(LevelEngine e, LocalDate date) {
    DesignationRules rules = e.rules;
    if (e.restarted) {
      return level(Reason.of(RESTARTED, Clause.S1_4), "level", e.policyLevel).fact("date", date)
          .fact("cases", e.counted).fact("period", e.stagePeriodAtRestart()).build();
    }
    if (rules.highCumulativeThreshold().isEmpty() || !rules.hasMedium()) {
      return level(Reason.of(UPGRADE_ANY, Clause.S1_4), "to", e.factsLevel).fact("date", date)
          .fact("cases", e.counted).policy("risk.countAsymptomatic", rules.countAsymptomatic()).build();
    }
    String code = e.factsLevel == LevelEngine.HIGH ? UPGRADE_HIGH : UPGRADE_MEDIUM;
    return level(Reason.of(code, Clause.S1_4), "to", e.factsLevel).fact("date", date).fact("cases", e.counted)
        .fact("cumulative", e.cumulative).fact("clusterInWindow", e.clusterInWindow)
        .policy("risk.highCumulativeThreshold", rules.highCumulativeThreshold().getAsInt())
        .policy("risk.windowDays", rules.windowDays()).policy("risk.clusterMinCases", rules.clusterMinCases())
        .policy("risk.countAsymptomatic", rules.countAsymptomatic()).build();
  }

  private static void addFindings(LevelEngine e, AreaId area, LocalDate date, List<DesignationFinding> out) {
    DesignationRules rules = e.rules;
    if ((e.findings & LevelEngine.F_NOT_IN_TIERS) != 0) {
      out.add(DesignationFinding.of(area, date, level(Reason.of(NOT_IN_TIERS, Clause.S1_4), "official",
          e.official).fact("date", date).policy("risk.tiers", rules.tiers()).build()));
    }
    if ((e.findings & LevelEngine.F_BELOW_FACTS) != 0) {
      out.add(DesignationFinding.of(area, date, level(level(Reason.of(BELOW_FACTS, Clause.S1_4), "official",
          e.official), "factsLevel", e.factsLevel).fact("date", date).fact("cases", e.counted).build()));
    }
    if ((e.findings & (LevelEngine.F_DOWNGRADE_EARLY | LevelEngine.F_HIGH_TO_LOW_EARLY)) != 0) {
      String code = (e.findings & LevelEngine.F_HIGH_TO_LOW_EARLY) != 0 ? HIGH_TO_LOW_EARLY : DOWNGRADE_EARLY;
      LocalDate earliest = LocalDate.ofEpochDay(e.earliestDay);
      out.add(DesignationFinding.of(area, date, level(level(Reason.of(code, Clause.S1_4), "from", e.policyLevel),
          "to", e.official).fact("date", date).fact("earliest", earliest)
          .fact("daysEarly", e.earliestDay - e.day).fact("cleanDays", e.cleanStreakBefore())
          .policy("risk.highToMediumCleanDays", rules.highToMediumCleanDays())
          .policy("risk.steppedDownMediumToLowDays", rules.steppedDownMediumToLowDays())
          .policy("risk.mediumToLowCleanDays", rules.mediumToLowCleanDays()).build()));
    }
    if ((e.findings & LevelEngine.F_AWAITS_SCREENING) != 0) {
      out.add(DesignationFinding.of(area, date, level(level(Reason.of(AWAITS_SCREENING, Clause.S1_4), "from",
          e.awaitFrom), "to", e.awaitFrom == LevelEngine.HIGH && rules.hasMedium() ? LevelEngine.MEDIUM
          : LevelEngine.LOW).fact("date", date).fact("cleanDays", e.stepCleanDays).fact("period", e.stepPeriod)
          .policy("risk.downgradeRequiresScreening", rules.downgradeRequiresScreening()).build()));
    }
    if ((e.findings & LevelEngine.F_DOWNGRADE_UNSCREENED) != 0) {
      out.add(DesignationFinding.of(area, date, level(level(Reason.of(DOWNGRADE_UNSCREENED, Clause.S1_4), "from",
          e.policyLevel), "to", e.official).fact("date", date).fact("cleanDays", e.cleanStreakBefore())
          .policy("risk.downgradeRequiresScreening", rules.downgradeRequiresScreening()).build()));
    }
    if ((e.findings & LevelEngine.F_ABOVE_POLICY) != 0) {
      out.add(DesignationFinding.of(area, date, level(level(Reason.of(ABOVE_POLICY, Clause.S1_4), "official",
          e.official), "policyLevel", e.policyLevel).fact("date", date).build()));
    }
    if ((e.findings & LevelEngine.F_UPGRADE_LATE) != 0) {
      out.add(DesignationFinding.of(area, date, level(Reason.of(UPGRADE_LATE, Clause.S1_4), "official",
          e.official).fact("date", date).fact("since", LocalDate.ofEpochDay(e.lateSince))
          .fact("daysLate", e.day - e.lateSince).build()));
    }
  }

  /** Adds a level as two facts: its name ({@code HIGH}) and its Chinese term ({@code name + "Zh"}). */
  private static Reason.Builder level(Reason.Builder b, String name, int ordinal) {
    return b.fact(name, LEVELS[ordinal]).fact(name + "Zh", LEVELS[ordinal].chinese());
  }
}
