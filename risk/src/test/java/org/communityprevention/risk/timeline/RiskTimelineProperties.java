package org.communityprevention.risk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DayFacts;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.communityprevention.risk.testing.RiskGenerators;
import org.communityprevention.risk.testing.RiskGenerators.History;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("§1.4 risk timeline properties")
class RiskTimelineProperties {

  static RiskTimeline batch(History h) {
    return RiskTimelines.timeline(h.rules, h.area, h.window, h.reports, h.designations);
  }

  /** Folds the history one day of facts at a time, then to the window's last day. */
  static RiskTimeline fold(History h) {
    Map<LocalDate, List<CaseReport>> reports = new TreeMap<>();
    Map<LocalDate, List<OfficialDesignation>> designations = new TreeMap<>();
    h.reports.forEach(r -> reports.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r));
    h.designations.forEach(d -> designations.computeIfAbsent(d.effectiveDate(), x -> new ArrayList<>()).add(d));
    TreeMap<LocalDate, DayFacts> days = new TreeMap<>();
    reports.keySet().forEach(d -> days.put(d, null));
    designations.keySet().forEach(d -> days.put(d, null));
    TimelineState state = TimelineState.initial(h.rules, h.area, h.window.start());
    List<LevelTransition> transitions = new ArrayList<>();
    List<DesignationFinding> findings = new ArrayList<>();
    for (LocalDate d : days.keySet()) {
      DayFacts facts = DayFacts.merge(h.area, d, reports.getOrDefault(d, List.of()),
          designations.getOrDefault(d, List.of()));
      // Stored and restored between days, as a stream processor would.
      state = Json.read(Json.write(state), TimelineState.class);
      Advance a = RiskTimelines.advance(h.rules, state, facts);
      transitions.addAll(a.transitions());
      findings.addAll(a.findings());
      state = a.state();
    }
    Advance last = RiskTimelines.advanceTo(h.rules, state, h.window.endExclusive().minusDays(1));
    transitions.addAll(last.transitions());
    findings.addAll(last.findings());
    return new RiskTimeline.Builder().area(h.area).policy(h.rules.policyRef()).window(h.window)
        .initialLevel(RiskLevel.LOW).addAllTransitions(transitions).addAllFindings(findings)
        .endState(last.state()).build();
  }

  @Test
  @DisplayName("folding one day at a time gives exactly the batch's timeline, state stored between days")
  void foldEqualsBatch() {
    qt().forAll(RiskGenerators.histories(60, 25, true)).checkAssert(h -> assertThat(fold(h)).isEqualTo(batch(h)));
  }

  @Test
  @DisplayName("permuting the events (same-day events included) changes nothing")
  void permutationInvariant() {
    qt().forAll(RiskGenerators.histories(40, 25, true), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((h, seed) -> {
          List<CaseReport> reports = new ArrayList<>(h.reports);
          List<OfficialDesignation> designations = new ArrayList<>(h.designations);
          Collections.shuffle(reports, new Random(seed));
          Collections.shuffle(designations, new Random(seed + 1));
          assertThat(batch(h.with(reports, designations))).isEqualTo(batch(h));
        });
  }

  @Test
  @DisplayName("the hot path gives the explained timeline's level on every day")
  void hotPathAgrees() {
    qt().forAll(RiskGenerators.histories(60, 25, true)).checkAssert(h -> assertThat(
        RiskTimelines.levels(h.rules, h.area, h.window, h.reports, h.designations))
        .isEqualTo(batch(h).dailyLevels()));
  }

  /** A history plus more infections: extra reports, and some reports with higher counts. */
  static Gen<History[]> historiesWithMore() {
    return RiskGenerators.histories(50, 20, false).flatMap(h ->
        RiskGenerators.reports(h.area, h.window, 10).zip(Generate.range(0, 5), (extra, bump) -> {
          List<CaseReport> more = new ArrayList<>();
          for (int i = 0; i < h.reports.size(); i++) {
            CaseReport r = h.reports.get(i);
            // Raise every copy of a report id alike, so the larger version still wins its duplicate merge.
            more.add(r.id().hashCode() % 3 == 0 ? new CaseReport.Builder().from(r)
                .localConfirmed(r.localConfirmed() + bump).build() : r);
          }
          extra.forEach(e -> more.add(new CaseReport.Builder().from(e).id("extra-" + e.id()).build()));
          return new History[] {h, h.with(more, List.of())};
        }));
  }

  @Test
  @DisplayName("more infections never lower the level on any day")
  void monotoneInFacts() {
    qt().forAll(historiesWithMore()).checkAssert(pair -> {
      LevelSeries fewer = batch(pair[0]).dailyLevels();
      LevelSeries more = batch(pair[1]).dailyLevels();
      for (int i = 0; i < fewer.length(); i++) {
        assertThat(more.levelAt(i)).as("day %d", i).isGreaterThanOrEqualTo(fewer.levelAt(i));
      }
    });
  }

  @Test
  @DisplayName("without an official designation, high → low takes at least the sum of the clean-day periods")
  void downgradeLowerBound() {
    qt().forAll(RiskGenerators.histories(60, 20, false)).checkAssert(h -> {
      LevelSeries levels = batch(h).dailyLevels();
      int[] counted = countedByDay(h);
      int needed = h.rules.highToMediumCleanDays() + h.rules.steppedDownMediumToLowDays();
      int lastHighCase = -1;
      for (int i = 0; i < levels.length(); i++) {
        if (counted[i] > 0 && levels.levelAt(i) == RiskLevel.HIGH) {
          lastHighCase = i;
        }
        if (levels.levelAt(i) == RiskLevel.LOW && lastHighCase >= 0) {
          assertThat(i - lastHighCase - 1).as("clean days between the last high case and low on day %d", i)
              .isGreaterThanOrEqualTo(needed);
          lastHighCase = -1;
        }
      }
    });
  }

  @Test
  @DisplayName("without an official designation, a day with a counted infection is at least its facts level and "
      + "a clean-day step goes down one tier (two only where no medium stay is due)")
  void upgradesSameDayAndStepsOneTier() {
    qt().forAll(RiskGenerators.histories(60, 20, false)).checkAssert(h -> {
      RiskTimeline t = batch(h);
      int[] counted = countedByDay(h);
      LevelSeries levels = t.dailyLevels();
      for (int i = 0; i < levels.length(); i++) {
        if (counted[i] > 0) {
          assertThat(levels.levelAt(i)).isGreaterThan(RiskLevel.LOW);
          if (h.rules.highCumulativeThreshold().isEmpty()) {
            assertThat(levels.levelAt(i)).isEqualTo(RiskLevel.HIGH);
          }
        }
      }
      for (LevelTransition tr : t.transitions()) {
        assertThat(tr.cause()).isNotEqualTo(TransitionCause.OFFICIAL);
        if (tr.cause() == TransitionCause.CLEAN_DAYS) {
          assertThat(tr.toLevel()).isLessThan(tr.fromLevel());
          if (tr.fromLevel() == RiskLevel.HIGH && tr.toLevel() == RiskLevel.LOW) {
            assertThat(!h.rules.hasMedium() || h.rules.steppedDownMediumToLowDays() == 0).isTrue();
          }
        } else {
          assertThat(tr.toLevel()).isGreaterThan(tr.fromLevel());
          assertThat(counted[(int) (tr.effectiveDate().toEpochDay() - h.window.start().toEpochDay())]).isPositive();
        }
      }
    });
  }

  @Test
  @DisplayName("each change explains itself in the order the day was decided: step down, infections, designation")
  void transitionsExplainThemselves() {
    qt().forAll(RiskGenerators.histories(60, 25, true)).checkAssert(h -> {
      RiskTimeline t = batch(h);
      int[] counted = countedByDay(h);
      java.util.Set<String> upgrades = java.util.Set.of(TimelineExplainer.UPGRADE_ANY,
          TimelineExplainer.UPGRADE_MEDIUM, TimelineExplainer.UPGRADE_HIGH, TimelineExplainer.RESTARTED);
      for (LevelTransition tr : t.transitions()) {
        int day = (int) (tr.effectiveDate().toEpochDay() - h.window.start().toEpochDay());
        List<OfficialDesignation> official = h.designations.stream()
            .filter(d -> d.effectiveDate().equals(tr.effectiveDate())).collect(java.util.stream.Collectors.toList());
        List<String> expected = new ArrayList<>();
        List<String> codes = tr.reasons().stream().map(r -> r.code()).collect(java.util.stream.Collectors.toList());
        if (codes.get(0).equals(TimelineExplainer.STEP_DOWN)) {
          expected.add(TimelineExplainer.STEP_DOWN);
          Map<String, String> f = tr.reasons().get(0).facts();
          assertThat(RiskLevel.valueOf(f.get("to"))).isLessThan(RiskLevel.valueOf(f.get("from")));
          assertThat(f.get("from")).isEqualTo(tr.fromLevel().name());
        }
        if (counted[day] > 0) {
          String code = codes.get(expected.size());
          assertThat(code).isIn(upgrades);
          expected.add(code);
          Map<String, String> f = tr.reasons().get(expected.size() - 1).facts();
          assertThat(f.get("cases")).isEqualTo(Integer.toString(counted[day]));
          if (!code.equals(TimelineExplainer.RESTARTED)) {
            boolean plain = h.rules.highCumulativeThreshold().isEmpty() || !h.rules.hasMedium();
            assertThat(code).isEqualTo(plain ? TimelineExplainer.UPGRADE_ANY : f.get("to").equals("HIGH")
                ? TimelineExplainer.UPGRADE_HIGH : TimelineExplainer.UPGRADE_MEDIUM);
          }
        }
        if (!official.isEmpty()) {
          expected.add(TimelineExplainer.OFFICIAL);
          RiskLevel chosen = official.stream().map(OfficialDesignation::level).max(RiskLevel::compareTo)
              .orElseThrow();
          String document = official.stream().filter(d -> d.level() == chosen).map(OfficialDesignation::document)
              .flatMap(java.util.Optional::stream).sorted().findFirst().orElse("—");
          assertThat(tr.reasons().get(expected.size() - 1).facts()).containsEntry("to", chosen.name())
              .containsEntry("document", document);
        } else {
          assertThat(tr.cause()).isNotEqualTo(TransitionCause.OFFICIAL);
        }
        assertThat(codes).isEqualTo(expected);
        if (tr.cause() == TransitionCause.CLEAN_DAYS) {
          assertThat(codes.get(0)).isEqualTo(TimelineExplainer.STEP_DOWN);
          assertThat(tr.isUpgrade()).isFalse();
        }
        if (tr.cause() == TransitionCause.FACTS) {
          assertThat(tr.isUpgrade()).isTrue();
          assertThat(counted[day]).isPositive();
        }
      }
      for (DesignationFinding f : t.findings()) {
        assertThat(f.reason().facts()).containsEntry("date", f.date().toString());
      }
    });
  }

  static int[] countedByDay(History h) {
    int[] counted = new int[Math.toIntExact(h.window.days())];
    Map<LocalDate, List<CaseReport>> byDay = new TreeMap<>();
    h.reports.forEach(r -> byDay.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r));
    byDay.forEach((d, rs) -> counted[(int) (d.toEpochDay() - h.window.start().toEpochDay())] =
        DayFacts.merge(h.area, d, rs, List.of()).cases().counted(h.rules.countAsymptomatic()));
    return counted;
  }

  @Test
  @DisplayName("a batch of mixed areas gives each area the timeline of its own events, and the counts add up")
  void batchMatchesSingleAreas() {
    qt().forAll(RiskGenerators.histories(30, 20, true), RiskGenerators.histories(30, 20, true))
        .checkAssert((a, b) -> {
          List<CaseReport> reports = new ArrayList<>(a.reports);
          reports.addAll(b.reports);
          List<OfficialDesignation> designations = new ArrayList<>(a.designations);
          designations.addAll(b.designations);
          TimelineBatch batch = RiskTimelines.timelines(a.rules, a.window, reports, designations);
          assertThat(batch.acceptedCount() + batch.rejected().size()).isEqualTo(reports.size() + designations.size());
          for (RiskTimeline t : batch.timelines()) {
            List<CaseReport> own = new ArrayList<>();
            for (CaseReport r : reports) {
              try {
                if (a.window.contains(r.date()) && a.rules.designationAreaOf(r.area(), "r").equals(t.area())) {
                  own.add(r);
                }
              } catch (org.communityprevention.core.validation.ValidationException tooCoarse) {
                assertThat(tooCoarse.violations().get(0).code()).isEqualTo("risk.designation.unit_too_coarse");
              }
            }
            List<OfficialDesignation> ownDesignations = new ArrayList<>();
            designations.stream().filter(d -> d.area().equals(t.area()) && a.window.contains(d.effectiveDate()))
                .forEach(ownDesignations::add);
            assertThat(t).isEqualTo(RiskTimelines.timeline(a.rules, t.area(), a.window, own, ownDesignations));
          }
        });
  }

  @Test
  @DisplayName("facts, day facts, states, timelines, batches and series survive a JSON round trip")
  void jsonRoundTrip() {
    qt().forAll(RiskGenerators.histories(40, 20, true)).checkAssert(h -> {
      RiskTimeline t = batch(h);
      assertThat(Json.read(Json.write(t), RiskTimeline.class)).isEqualTo(t);
      assertThat(Json.read(Json.write(t.endState()), TimelineState.class)).isEqualTo(t.endState());
      LevelSeries s = t.dailyLevels();
      assertThat(Json.read(Json.write(s), LevelSeries.class)).isEqualTo(s);
      for (CaseReport r : h.reports) {
        assertThat(Json.read(Json.write(r), CaseReport.class)).isEqualTo(r);
      }
      for (OfficialDesignation d : h.designations) {
        assertThat(Json.read(Json.write(d), OfficialDesignation.class)).isEqualTo(d);
      }
      if (!h.reports.isEmpty()) {
        LocalDate d = h.reports.get(0).date();
        List<CaseReport> sameDay = new ArrayList<>();
        h.reports.stream().filter(r -> r.date().equals(d)).forEach(sameDay::add);
        DayFacts facts = DayFacts.merge(h.area, d, sameDay, List.of());
        assertThat(Json.read(Json.write(facts), DayFacts.class)).isEqualTo(facts);
      }
      TimelineBatch batch = RiskTimelines.timelines(h.rules, h.window, h.reports, h.designations);
      assertThat(Json.read(Json.write(batch), TimelineBatch.class)).isEqualTo(batch);
      Advance a = RiskTimelines.advanceTo(h.rules, t.endState(), t.endState().day().plusDays(30));
      assertThat(Json.read(Json.write(a), Advance.class)).isEqualTo(a);
    });
  }

  @Test
  @DisplayName("a window's end state continues the timeline: two halves give the whole")
  void halvesGiveWhole() {
    qt().forAll(RiskGenerators.histories(60, 25, true)).checkAssert(h -> {
      RiskTimeline whole = batch(h);
      long days = h.window.days();
      LocalDate mid = h.window.start().plusDays(days / 2);
      List<CaseReport> first = new ArrayList<>();
      List<CaseReport> second = new ArrayList<>();
      h.reports.forEach(r -> (r.date().isBefore(mid) ? first : second).add(r));
      List<OfficialDesignation> firstD = new ArrayList<>();
      List<OfficialDesignation> secondD = new ArrayList<>();
      h.designations.forEach(d -> (d.effectiveDate().isBefore(mid) ? firstD : secondD).add(d));
      RiskTimeline a = RiskTimelines.timeline(h.rules, h.area, DateWindow.of(h.window.start(), mid), first, firstD);
      RiskTimeline b = RiskTimelines.timeline(h.rules, a.endState(), h.window.endExclusive(), second, secondD);
      List<LevelTransition> joined = new ArrayList<>(a.transitions());
      joined.addAll(b.transitions());
      assertThat(joined).isEqualTo(whole.transitions());
      assertThat(b.endState()).isEqualTo(whole.endState());
    });
  }
}
