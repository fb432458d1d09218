package org.communityprevention.core.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A manual decision in force on the as-of date beside the automatic outcome for the same category: whether the
 * rules put the person in the category, and whether the worker disagrees with them. The manual decision is what
 * counts; a disagreement is shown, never resolved silently.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOverrideOutcome.class)
@JsonDeserialize(as = ImmutableOverrideOutcome.class)
public abstract class OverrideOutcome {
  /** The decision in force (the latest on or before the as-of date for its category). */
  @Value.Parameter
  public abstract ManualOverride manual();

  /** Whether the rules put the person in the category on the as-of date. */
  @Value.Parameter
  public abstract boolean automaticallyHeld();

  /** Whether the manual decision differs from the automatic outcome. */
  @Value.Parameter
  public abstract boolean disagrees();

  @Value.Check
  void check() {
    if (disagrees() != ((manual().action() == OverrideAction.ADD) != automaticallyHeld())) {
      throw ValidationException.of("disagrees", "core.population.inconsistent_flag");
    }
  }

  /** An outcome; whether it disagrees follows from the decision and the automatic outcome. */
  public static OverrideOutcome of(ManualOverride manual, boolean automaticallyHeld) {
    return ImmutableOverrideOutcome.of(manual, automaticallyHeld,
        (manual.action() == OverrideAction.ADD) != automaticallyHeld);
  }
}
