package org.communityprevention.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.testing.CoreGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("§2.3 a management plan read by day: one phase per day of the plan")
class ManagementPlanPhaseTest {
  @Test
  @DisplayName("ed7-2020 close contacts: days 1–14 centralised isolation, 15–21 home health monitoring, none after")
  void closeContactEd7() {
    ManagementPlan plan = NationalBaselines.byId("ed7-2020").population().closeContact();
    assertThat(plan.phaseOn(0)).isEmpty();
    assertThat(plan.phaseOn(1).map(Phase::kind)).contains(PhaseKind.CENTRALISED_ISOLATION);
    assertThat(plan.phaseOn(14).map(Phase::kind)).contains(PhaseKind.CENTRALISED_ISOLATION);
    assertThat(plan.phaseOn(15).map(Phase::kind)).contains(PhaseKind.HOME_HEALTH_MONITORING);
    assertThat(plan.dayOfPhase(15)).hasValue(1);
    assertThat(plan.dayOfPhase(21)).hasValue(7);
    assertThat(plan.phaseOn(22)).isEmpty();
    assertThat(plan.dayOfPhase(22)).isEmpty();
  }

  @Test
  @DisplayName("every day 1..total has exactly the phase the phases' lengths give it, and no other day has one")
  void oneReading() {
    qt().forAll(CoreGenerators.plans(), Generate.range(-3, 60)).checkAssert((plan, day) -> {
      List<Phase> byDay = new ArrayList<>();
      List<Integer> dayOf = new ArrayList<>();
      for (Phase p : plan.phases()) {
        for (int i = 1; i <= p.days(); i++) {
          byDay.add(p);
          dayOf.add(i);
        }
      }
      if (day >= 1 && day <= byDay.size()) {
        assertThat(plan.phaseOn(day)).containsSame(byDay.get(day - 1));
        assertThat(plan.dayOfPhase(day)).hasValue(dayOf.get(day - 1));
      } else {
        assertThat(plan.phaseOn(day)).isEmpty();
        assertThat(plan.dayOfPhase(day)).isEmpty();
      }
      assertThat(byDay).hasSize(plan.totalDays());
    });
  }
}
