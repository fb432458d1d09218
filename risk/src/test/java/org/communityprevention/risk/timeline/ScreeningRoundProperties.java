package org.communityprevention.risk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.RiskPolicy;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DayFacts;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.communityprevention.risk.designation.ScreeningRound;
import org.communityprevention.risk.testing.RiskGenerators;
import org.communityprevention.risk.testing.RiskGenerators.History;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("§1.4 the screening condition of a step down (risk.downgradeRequiresScreening)")
class ScreeningRoundProperties {

  static DesignationRules screening(DesignationRules rules, boolean required) {
    Policy p = rules.policy();
    return DesignationRules.of(new Policy.Builder().from(p).risk(new RiskPolicy.Builder().from(p.risk())
        .downgradeRequiresScreening(required).build()).build());
  }

  static List<ScreeningRound> daily(History h) {
    List<ScreeningRound> out = new ArrayList<>();
    for (LocalDate d = h.window.start(); d.isBefore(h.window.endExclusive()); d = d.plusDays(1)) {
      out.add(ScreeningRound.negative(h.area, d));
    }
    return out;
  }

  /** Rounds on about a third of the days, a quarter of them not qualifying. */
  static Gen<List<ScreeningRound>> rounds(History h) {
    return rs -> {
      List<ScreeningRound> out = new ArrayList<>();
      for (LocalDate d = h.window.start(); d.isBefore(h.window.endExclusive()); d = d.plusDays(1)) {
        if (Generate.range(0, 2).generate(rs) == 0) {
          boolean ok = Generate.range(0, 3).generate(rs) > 0;
          out.add(ScreeningRound.of(h.area, d, ok || Generate.booleans().generate(rs), ok));
        }
      }
      return out;
    };
  }

  @Test
  @DisplayName("§1.4 without a screening round no step down by clean days ever happens where the policy requires one")
  void neverWithoutRound() {
    qt().forAll(RiskGenerators.histories(60, 10, false)).checkAssert(h -> {
      DesignationRules rules = screening(h.rules, true);
      RiskTimeline t = RiskTimelines.timeline(rules, h.area, h.window, h.reports, List.of(), List.of());
      assertThat(t.transitions()).noneMatch(x -> x.cause() == TransitionCause.CLEAN_DAYS);
    });
  }

  @Test
  @DisplayName("§1.4 with a qualifying round every day the condition changes nothing: the clean days alone decide")
  void dailyRoundsEqualCleanDaysOnly() {
    qt().forAll(RiskGenerators.histories(60, 10, true)).checkAssert(h -> {
      RiskTimeline screened = RiskTimelines.timeline(screening(h.rules, true), h.area, h.window, h.reports,
          h.designations, daily(h));
      RiskTimeline plain = RiskTimelines.timeline(screening(h.rules, false), h.area, h.window, h.reports,
          h.designations);
      assertThat(screened.dailyLevels()).isEqualTo(plain.dailyLevels());
    });
  }

  @Test
  @DisplayName("§1.4 a round never raises a level, and every step down from high needed its round")
  void roundsOnlyAllowSteps() {
    qt().forAll(RiskGenerators.histories(60, 10, false).flatMap(h -> rounds(h).map(r -> List.of(h, r))))
        .checkAssert(pair -> {
          History h = (History) pair.get(0);
          @SuppressWarnings("unchecked")
          List<ScreeningRound> rounds = (List<ScreeningRound>) pair.get(1);
          DesignationRules rules = screening(h.rules, true);
          LevelSeries with = RiskTimelines.timeline(rules, h.area, h.window, h.reports, List.of(), rounds)
              .dailyLevels();
          LevelSeries without = RiskTimelines.timeline(rules, h.area, h.window, h.reports, List.of(), List.of())
              .dailyLevels();
          for (int i = 0; i < with.length(); i++) {
            assertThat(with.levelAt(i)).isLessThanOrEqualTo(without.levelAt(i));
          }
          RiskTimeline t = RiskTimelines.timeline(rules, h.area, h.window, h.reports, List.of(), rounds);
          for (LevelTransition x : t.transitions()) {
            if (x.cause() == TransitionCause.CLEAN_DAYS && x.fromLevel() == org.communityprevention.core.area
                .RiskLevel.HIGH) {
              assertThat(rounds).anyMatch(r -> r.qualifies() && r.date().isBefore(x.effectiveDate()));
            }
          }
        });
  }

  @Test
  @DisplayName("§1.4 with screening rounds, folding day by day (state stored as JSON) gives the batch; the hot path agrees")
  void foldEqualsBatch() {
    qt().forAll(RiskGenerators.histories(40, 10, true).flatMap(h -> rounds(h).map(r -> List.of(h, r))))
        .checkAssert(pair -> {
          History h = (History) pair.get(0);
          @SuppressWarnings("unchecked")
          List<ScreeningRound> rounds = (List<ScreeningRound>) pair.get(1);
          DesignationRules rules = screening(h.rules, true);
          RiskTimeline batch = RiskTimelines.timeline(rules, h.area, h.window, h.reports, h.designations, rounds);
          assertThat(RiskTimelines.levels(rules, h.area, h.window, h.reports, h.designations, rounds))
              .isEqualTo(batch.dailyLevels());
          TimelineState state = TimelineState.initial(rules, h.area, h.window.start());
          List<LevelTransition> transitions = new ArrayList<>();
          List<DesignationFinding> findings = new ArrayList<>();
          for (LocalDate d = h.window.start(); d.isBefore(h.window.endExclusive()); d = d.plusDays(1)) {
            LocalDate day = d;
            List<CaseReport> r = h.reports.stream().filter(x -> x.date().equals(day)).toList();
            List<OfficialDesignation> o = h.designations.stream().filter(x -> x.effectiveDate().equals(day))
                .toList();
            List<ScreeningRound> s = rounds.stream().filter(x -> x.date().equals(day)).toList();
            if (r.isEmpty() && o.isEmpty() && s.isEmpty()) {
              continue;
            }
            Advance a = RiskTimelines.advance(rules, state, DayFacts.merge(h.area, day, r, o, s));
            transitions.addAll(a.transitions());
            findings.addAll(a.findings());
            state = Json.read(Json.write(a.state()), TimelineState.class);
          }
          Advance end = RiskTimelines.advanceTo(rules, state, h.window.endExclusive().minusDays(1));
          transitions.addAll(end.transitions());
          findings.addAll(end.findings());
          assertThat(end.state()).isEqualTo(batch.endState());
          assertThat(transitions).isEqualTo(batch.transitions());
          assertThat(findings).containsExactlyInAnyOrderElementsOf(batch.findings());
        });
  }
}
