package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** A half-open span of time {@code [start, end)} (时段), such as a gap in a duty roster. */
@Value.Immutable
@JsonSerialize(as = ImmutableInterval.class)
@JsonDeserialize(as = ImmutableInterval.class)
public abstract class Interval {
  /** First instant inside. */
  @Value.Parameter
  public abstract Instant start();

  /** First instant after. */
  @Value.Parameter
  public abstract Instant end();

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw ValidationException.of("end", DutyShift.END_NOT_AFTER_START);
    }
  }

  /** Its length in whole minutes. */
  public long minutes() {
    return Duration.between(start(), end()).toMinutes();
  }

  /** {@code [start, end)}. */
  public static Interval of(Instant start, Instant end) {
    return ImmutableInterval.of(start, end);
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
