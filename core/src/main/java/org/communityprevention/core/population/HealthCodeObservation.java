package org.communityprevention.core.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A health-code colour seen on a day (健康码查验, §2.1), an external input. A yellow or red code starts the
 * management the policy maps it to, counted from the first day of the current run of that colour; a later
 * observation of another colour ends the run.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthCodeObservation.class)
@JsonDeserialize(as = ImmutableHealthCodeObservation.class)
public abstract class HealthCodeObservation {
  /** Day of the observation. */
  @Value.Parameter
  public abstract LocalDate on();

  /** The colour seen. */
  @Value.Parameter
  public abstract HealthCodeColour colour();

  /** An observation. */
  public static HealthCodeObservation of(LocalDate on, HealthCodeColour colour) {
    return ImmutableHealthCodeObservation.of(on, colour);
  }
}
