package org.communityprevention.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.SortedSet;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * One phase of a management plan: a kind of management for a number of days, with the days of the phase on which a
 * nucleic-acid test is due (day 1 is the phase's first day).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePhase.class)
@JsonDeserialize(as = ImmutablePhase.class)
public abstract class Phase {
  /** The kind of management. */
  public abstract PhaseKind kind();

  /** Length of the phase in days; at least 1. */
  public abstract int days();

  /** Days of the phase (1-based) with a nucleic-acid test due; each within {@code 1..days}. */
  @Value.NaturalOrder
  public abstract SortedSet<Integer> testDays();

  @Value.Check
  void check() {
    if (days() < 1 || days() > 366) {
      throw ValidationException.of("days", "core.policy.phase_days", "days", days());
    }
    for (int d : testDays()) {
      if (d < 1 || d > days()) {
        throw ValidationException.of("testDays", "core.policy.test_day_outside_phase", "day", d, "days", days());
      }
    }
  }

  /** A phase. */
  public static Phase of(PhaseKind kind, int days, int... testDays) {
    return ImmutablePhase.builder().kind(kind).days(days).addTestDays(testDays).build();
  }
}
