package org.communityprevention.reporting.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.ReportingPolicy;
import org.communityprevention.core.testing.Violations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

@DisplayName("§1.5 patrols and home visits")
class VisitsTest {
  private static final DivisionCode VILLAGE = DivisionCode.parse("440983102001");
  private static final DivisionCode OTHER = DivisionCode.parse("440983102002");
  private static final LocalDate DAY = LocalDate.of(2021, 2, 10);
  private static final Policy ED7 = NationalBaselines.inForceOn(DAY);
  private static final Visits VISITS = Visits.under(ED7);
  private static final Pattern ENGLISH_CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)*\\b");

  @Test
  @DisplayName("§1.5 at medium risk a household last visited 3 days ago (the day itself counted) is current, 4 days ago is overdue")
  void intervalBoundary() {
    assertThat(VISITS.intervalDays(RiskLevel.MEDIUM)).isEqualTo(3);
    List<Visit> visits = List.of(
        Visit.of(VILLAGE, VisitTarget.HOUSEHOLD, "h1", "g-01", DAY.minusDays(2)),
        Visit.of(VILLAGE, VisitTarget.HOUSEHOLD, "h2", "g-01", DAY.minusDays(3)),
        Visit.of(VILLAGE, VisitTarget.GRID, "grid-1", "g-02", DAY),
        Visit.of(VILLAGE, VisitTarget.HOUSEHOLD, "h3", "g-01", DAY.plusDays(1)),
        Visit.of(OTHER, VisitTarget.HOUSEHOLD, "h3", "g-09", DAY),
        Visit.of(VILLAGE, VisitTarget.HOUSEHOLD, "h9", "g-01", DAY));
    Decision<VisitCoverage> d = VISITS.check(VILLAGE, RiskLevel.MEDIUM, List.of("h1", "h2", "h3"),
        List.of("grid-1", "grid-2"), visits, DAY);
    VisitCoverage c = d.outcome();
    assertThat(c.covered()).isEqualTo(2);
    assertThat(c.overdue()).containsExactly(
        OverdueVisit.overdue(VisitTarget.HOUSEHOLD, "h2", Optional.of(DAY.minusDays(3))),
        OverdueVisit.overdue(VisitTarget.HOUSEHOLD, "h3", Optional.empty()),
        OverdueVisit.overdue(VisitTarget.GRID, "grid-2", Optional.empty()));
    assertThat(c.visitsToUnknownTargets()).as("h9 is not on the household list").isEqualTo(1);
    assertThat(d.explain(Messages.ZH)).containsExactly(
        "单位 440983102001 在 2021-02-10（中风险地区）有 2/3 户、1/2 个网格近 3 天内未巡逻走访");
    assertThat(d.explain(Messages.EN)).containsExactly("440983102001 on 2021-02-10 (medium risk): 2 of 3 households"
        + " and 1 of 2 grids have had no patrol or home visit in the last 3 days");
  }

  @Test
  @DisplayName("§1.5 at high risk every household needs a visit that same day; at low risk a week is enough")
  void byLevel() {
    List<Visit> yesterday = List.of(Visit.of(VILLAGE, VisitTarget.HOUSEHOLD, "h1", "g-01", DAY.minusDays(1)));
    assertThat(VISITS.check(VILLAGE, RiskLevel.HIGH, List.of("h1"), List.of(), yesterday, DAY).outcome()
        .isComplete()).isFalse();
    Decision<VisitCoverage> low = VISITS.check(VILLAGE, RiskLevel.LOW, List.of("h1"), List.of(), yesterday, DAY);
    assertThat(low.outcome().isComplete()).isTrue();
    assertThat(low.reasons().get(0).code()).isEqualTo(Visits.CURRENT);
    assertThat(low.reasons().get(0).policyValues()).containsEntry("reporting.visitIntervalDays", "7");
  }

  @Test
  @DisplayName("bad input: a township's visit and blank ids are refused by field; a policy without an interval for a level is refused naming it")
  void badInput() {
    assertThat(Violations.violations(() -> Visit.of(DivisionCode.parse("440983102000"), VisitTarget.GRID, " ", "",
        DAY))).containsExactly("unit " + DivisionCode.NOT_A_VILLAGE, "targetId " + PseudonymousId.INVALID,
        "staffId " + PseudonymousId.INVALID);
    Map<RiskLevel, Integer> noHigh = new HashMap<>(ED7.reporting().visitIntervalDays());
    noHigh.remove(RiskLevel.HIGH);
    noHigh.put(RiskLevel.LOW, 0);
    Policy broken = new Policy.Builder().from(ED7).reporting(new ReportingPolicy.Builder().from(ED7.reporting())
        .visitIntervalDays(noHigh).build()).build();
    assertThat(Violations.violations(() -> Visits.under(broken))).containsExactly(
        "reporting.visitIntervalDays.LOW " + Visits.INTERVAL, "reporting.visitIntervalDays.HIGH " + Visits.INTERVAL);
  }

  private static Gen<List<Visit>> visits() {
    return in -> {
      List<Visit> out = new ArrayList<>();
      int n = (int) in.next(Constraint.between(0, 40));
      for (int i = 0; i < n; i++) {
        boolean grid = in.next(Constraint.between(0, 3)) == 0;
        out.add(Visit.of(in.next(Constraint.between(0, 5)) == 0 ? OTHER : VILLAGE,
            grid ? VisitTarget.GRID : VisitTarget.HOUSEHOLD, (grid ? "g" : "h") + in.next(Constraint.between(0, 9)),
            "s" + in.next(Constraint.between(0, 3)), DAY.minusDays(in.next(Constraint.between(-3, 12)))));
      }
      return out;
    };
  }

  @Test
  @DisplayName("§1.5 a target is overdue exactly when it has no visit of its unit within the interval up to the day; every target is counted once")
  void overdueExactly() {
    qt().forAll(visits(), Generate.enumValues(RiskLevel.class), Generate.range(0, 9), Generate.range(0, 4))
        .checkAssert((visits, level, households, grids) -> {
          List<String> hs = new ArrayList<>();
          for (int i = 0; i < households; i++) {
            hs.add("h" + i);
          }
          List<String> gs = new ArrayList<>();
          for (int i = 0; i < grids; i++) {
            gs.add("g" + i);
          }
          Decision<VisitCoverage> d = VISITS.check(VILLAGE, level, hs, gs, visits, DAY);
          int interval = ED7.reporting().visitIntervalDays().get(level);
          List<String> expectedOverdue = new ArrayList<>();
          for (String h : hs) {
            if (!current(visits, VisitTarget.HOUSEHOLD, h, interval)) {
              expectedOverdue.add("HOUSEHOLD/" + h);
            }
          }
          for (String g : gs) {
            if (!current(visits, VisitTarget.GRID, g, interval)) {
              expectedOverdue.add("GRID/" + g);
            }
          }
          assertThat(d.outcome().overdue()).extracting(o -> o.target() + "/" + o.targetId())
              .containsExactlyElementsOf(expectedOverdue);
          assertThat(d.outcome().covered() + d.outcome().overdue().size()).isEqualTo(households + grids);
          assertThat(d.reasons()).singleElement().satisfies(r -> assertThat(r.code())
              .isEqualTo(expectedOverdue.isEmpty() ? Visits.CURRENT : Visits.OVERDUE));
          for (OverdueVisit o : d.outcome().overdue()) {
            o.lastVisit().ifPresent(last -> assertThat(last).isBefore(DAY.minusDays(interval - 1L)));
          }
          assertThat(ENGLISH_CODE.matcher(d.explain(Messages.ZH).get(0)).find()).isFalse();
          assertThat(Json.read(Json.write(d.outcome()), VisitCoverage.class)).isEqualTo(d.outcome());
        });
  }

  private static boolean current(List<Visit> visits, VisitTarget target, String id, int interval) {
    return visits.stream().anyMatch(v -> v.unit().equals(VILLAGE) && v.target() == target
        && v.targetId().equals(id) && !v.day().isAfter(DAY) && v.day().isAfter(DAY.minusDays(interval)));
  }
}
