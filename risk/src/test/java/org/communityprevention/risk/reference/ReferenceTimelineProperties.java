package org.communityprevention.risk.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.testing.Theories;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DayFacts;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.communityprevention.risk.testing.RiskGenerators;
import org.communityprevention.risk.testing.RiskGenerators.History;
import org.communityprevention.risk.timeline.Advance;
import org.communityprevention.risk.timeline.LevelSeries;
import org.communityprevention.risk.timeline.RiskTimeline;
import org.communityprevention.risk.timeline.RiskTimelines;
import org.communityprevention.risk.timeline.TimelineState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The engine against {@link ReferenceTimeline}: every day's level from the batch, the hot path and a day-by-day
 * fold equals the level recomputed from the whole history. 10,000 cases per property by default; {@code -DQT_EXAMPLES}
 * above 10,000 (the {@code long} profile's 1,000,000) runs that many, below 1,000 (mutation testing) ten times it.
 */
@DisplayName("§1.4 risk timelines match a model recomputing each day from the whole history")
class ReferenceTimelineProperties {
  @Test
  @DisplayName("under every shipped baseline, each day's level and official findings equal the reference's")
  void baselines() {
    Gen<History> histories = rs -> {
      String id = Generate.pick(NationalBaselines.IDS).generate(rs);
      DesignationRules rules = DesignationRules.of(cleanDaysOnly(NationalBaselines.byId(id)));
      return history(rules, rs);
    };
    Theories.reference().forAll(histories).checkAssert(ReferenceTimelineProperties::agrees);
  }

  @Test
  @DisplayName("under varied designation numbers, each day's level and official findings equal the reference's")
  void variedPolicies() {
    Gen<History> histories = rs -> history(DesignationRules.of(cleanDaysOnly(RiskGenerators.policies()
        .generate(rs))), rs);
    Theories.reference().forAll(histories).checkAssert(ReferenceTimelineProperties::agrees);
  }

  /**
   * The policy without the screening condition: the reference reads the clean-day rules; the condition is checked
   * against the engine by {@code ScreeningRoundProperties} (with a round every day the engine equals this reading).
   */
  static org.communityprevention.core.policy.Policy cleanDaysOnly(org.communityprevention.core.policy.Policy p) {
    return new org.communityprevention.core.policy.Policy.Builder().from(p)
        .risk(new org.communityprevention.core.policy.RiskPolicy.Builder().from(p.risk())
            .downgradeRequiresScreening(false).build()).build();
  }

  private static History history(DesignationRules rules, org.quicktheories.core.RandomnessSource rs) {
    var area = RiskGenerators.designationArea(rules.designationUnit());
    var window = RiskGenerators.windows(60).generate(rs);
    // Official designations in a third of the histories: the rest keep the facts-only sequence common.
    List<OfficialDesignation> designations = Generate.range(0, 2).generate(rs) == 0
        ? RiskGenerators.designations(area, window).generate(rs) : List.of();
    return new History(rules, area, window, RiskGenerators.reports(area, window, 25).generate(rs), designations);
  }

  static void agrees(History h) {
    ReferenceTimeline reference = new ReferenceTimeline(h.rules.policy().risk(), h.window, h.reports,
        h.designations);
    RiskLevel[] expected = reference.levels();
    RiskTimeline batch = RiskTimelines.timeline(h.rules, h.area, h.window, h.reports, h.designations);
    LevelSeries hot = RiskTimelines.levels(h.rules, h.area, h.window, h.reports, h.designations);
    RiskLevel[] folded = fold(h);
    for (int i = 0; i < expected.length; i++) {
      LocalDate d = ReferenceTimeline.day(h.window, i);
      assertThat(batch.levelOn(d)).as("batch on %s", d).isEqualTo(expected[i]);
      assertThat(hot.levelOn(d)).as("hot path on %s", d).isEqualTo(expected[i]);
      assertThat(folded[i]).as("fold on %s", d).isEqualTo(expected[i]);
    }
    // The findings on each official day, but for the notes of the merge and the late upgrade.
    Set<String> notModelled = Set.of(DayFacts.DUPLICATE_REPORT, DayFacts.CONFLICTING_DESIGNATIONS,
        "risk.timeline.official_upgrade_late");
    for (int i = 0; i < expected.length; i++) {
      LocalDate d = ReferenceTimeline.day(h.window, i);
      List<String> found = batch.findings().stream().filter(f -> f.date().equals(d)).map(f -> f.reason().code())
          .filter(c -> !notModelled.contains(c)).collect(Collectors.toList());
      assertThat(found).as("findings on %s", d).isEqualTo(reference.officialFindings(i));
    }
  }

  /** Folds every day of the window, one at a time, reading the level after each. */
  static RiskLevel[] fold(History h) {
    Map<LocalDate, List<CaseReport>> byDay = new HashMap<>();
    h.reports.forEach(r -> byDay.computeIfAbsent(r.date(), x -> new ArrayList<>()).add(r));
    Map<LocalDate, List<OfficialDesignation>> officialByDay = new HashMap<>();
    h.designations.forEach(o -> officialByDay.computeIfAbsent(o.effectiveDate(), x -> new ArrayList<>()).add(o));
    int days = Math.toIntExact(h.window.days());
    RiskLevel[] out = new RiskLevel[days];
    TimelineState state = TimelineState.initial(h.rules, h.area, h.window.start());
    for (int i = 0; i < days; i++) {
      LocalDate d = ReferenceTimeline.day(h.window, i);
      List<CaseReport> today = byDay.getOrDefault(d, List.of());
      List<OfficialDesignation> officialToday = officialByDay.getOrDefault(d, List.of());
      Advance a = today.isEmpty() && officialToday.isEmpty() ? RiskTimelines.advanceTo(h.rules, state, d)
          : RiskTimelines.advance(h.rules, state, DayFacts.merge(h.area, d, today, officialToday));
      state = a.state();
      out[i] = state.level();
    }
    return out;
  }
}
