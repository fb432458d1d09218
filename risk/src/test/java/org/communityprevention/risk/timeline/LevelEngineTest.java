package org.communityprevention.risk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import org.communityprevention.risk.testing.RiskGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("The level engine passes quiet days in one go exactly as one at a time")
class LevelEngineTest {

  @Test
  @DisplayName("skipping the quiet days gives the state of stepping them one by one, and the next day steps down or starts to wait for its screening round")
  void skipEqualsSteps() {
    qt().forAll(RiskGenerators.histories(40, 15, true), Generate.range(1, 40)).checkAssert((h, n) -> {
      TimelineState state = RiskTimelines.timeline(h.rules, h.area, h.window, h.reports, h.designations)
          .endState();
      LevelEngine skip = LevelEngine.of(h.rules, state);
      LevelEngine step = LevelEngine.of(h.rules, state);
      int quiet = skip.quietDays(n);
      assertThat(quiet).isBetween(0, n);
      skip.skipQuiet(quiet);
      for (int i = 0; i < quiet; i++) {
        step.emptyDay();
        assertThat(step.level).as("day %d of the quiet days", i).isEqualTo(step.dayFrom);
      }
      if (quiet > 0) {
        assertThat(skip.toState(new TimelineState.Builder().area(h.area).policy(h.rules.policyRef())))
            .isEqualTo(step.toState(new TimelineState.Builder().area(h.area).policy(h.rules.policyRef())));
        assertThat(skip.streakBefore).isEqualTo(step.streakBefore);
      }
      if (quiet < n) {
        step.emptyDay();
        // The day after the quiet ones steps down, or is the first day a due step waits for its screening round.
        if (step.level >= step.dayFrom) {
          assertThat(step.findings & LevelEngine.F_AWAITS_SCREENING).as("the day after the quiet ones")
              .isNotZero();
          assertThat(step.rules.downgradeRequiresScreening()).isTrue();
        }
      }
    });
  }
}
