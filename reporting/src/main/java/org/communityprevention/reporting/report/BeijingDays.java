package org.communityprevention.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.communityprevention.core.time.BeijingTime;

/**
 * Beijing day arithmetic for the hot path. Since 1992 Beijing time is always UTC+08:00, so a day's bounds are plain
 * arithmetic; earlier dates (with the 1986–1991 summer time) go through the zone rules of {@link BeijingTime}.
 */
final class BeijingDays {
  private static final long OFFSET = 8 * 3600L;
  private static final long FIXED_FROM_DAY = LocalDate.of(1992, 1, 1).toEpochDay();
  private static final long FIXED_FROM_SECOND = FIXED_FROM_DAY * 86_400L - OFFSET;

  private BeijingDays() {}

  /** The Beijing epoch day of an instant. */
  static long epochDay(Instant i) {
    long s = i.getEpochSecond();
    return s >= FIXED_FROM_SECOND ? Math.floorDiv(s + OFFSET, 86_400L) : BeijingTime.dateOf(i).toEpochDay();
  }

  /** The epoch second at which a Beijing local time occurs on a day. */
  static long epochSecond(LocalDate day, LocalTime time) {
    long d = day.toEpochDay();
    return d >= FIXED_FROM_DAY ? d * 86_400L - OFFSET + time.toSecondOfDay()
        : BeijingTime.instantOf(day, time).getEpochSecond();
  }
}
