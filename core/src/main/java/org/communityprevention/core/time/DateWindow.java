package org.communityprevention.core.time;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A half-open range of Beijing dates {@code [start, endExclusive)}: the start day is inside, the end day is the
 * first day outside. A 14-day window starting 2021-02-01 is {@code [2021-02-01, 2021-02-15)}: its last day is
 * 2021-02-14. An empty window ({@code start == endExclusive}) holds no day.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDateWindow.class)
@JsonDeserialize(as = ImmutableDateWindow.class)
public abstract class DateWindow {
  /** The first day inside the window. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The first day after the window. */
  @Value.Parameter
  public abstract LocalDate endExclusive();

  @Value.Check
  void check() {
    if (endExclusive().isBefore(start())) {
      throw ValidationException.of("endExclusive", "core.time.window_end_before_start",
          "start", start(), "endExclusive", endExclusive());
    }
  }

  /** {@code [start, endExclusive)}. */
  public static DateWindow of(LocalDate start, LocalDate endExclusive) {
    return ImmutableDateWindow.of(start, endExclusive);
  }

  /** The window of {@code days} days starting on {@code start}: {@code [start, start + days)}. */
  public static DateWindow ofDays(LocalDate start, int days) {
    if (days < 0) {
      throw ValidationException.of("days", "core.time.negative_days", "days", days);
    }
    return of(start, start.plusDays(days));
  }

  /** Whether a day is inside the window. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && day.isBefore(endExclusive());
  }

  /** Number of days in the window. */
  public long days() {
    return ChronoUnit.DAYS.between(start(), endExclusive());
  }

  /** The last day inside the window, if any. */
  public Optional<LocalDate> lastDay() {
    return isEmpty() ? Optional.empty() : Optional.of(endExclusive().minusDays(1));
  }

  /** Whether the window holds no day. */
  @JsonIgnore
  public boolean isEmpty() {
    return start().equals(endExclusive());
  }

  /** The window as a Guava range, closed at the start and open at the end. */
  public Range<LocalDate> toRange() {
    return Range.closedOpen(start(), endExclusive());
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + endExclusive() + ")";
  }
}
