package org.communityprevention.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Beijing time (北京时间), which defines the reporting day.
 *
 * <p>The zone is {@code Asia/Shanghai}, never the machine's default. Note that it had daylight saving time in
 * 1986–1991: some local times of those summers do not exist and some occur twice; {@link #instantOf} resolves them
 * as {@link ZonedDateTime#of} does (gap: shifted forward; overlap: the earlier offset). Since 1992 Beijing time is
 * always UTC+08:00, so an instant from 16:00 to 23:59 UTC already belongs to the <em>next</em> Beijing day.
 *
 * <p>This class is the one place the library turns instants into Beijing days and back. From 1992 it counts with
 * the fixed offset (no allocation, for hot paths such as report timeliness); before, it asks the zone rules.
 */
public final class BeijingTime {
  /** The zone that defines the reporting day. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final long OFFSET_SECONDS = 8 * 3600L;
  private static final long SECONDS_PER_DAY = 86_400L;
  // The last summer time ended on 1991-09-15: from 1992 every Beijing day is UTC+08:00.
  private static final long FIXED_FROM_DAY = LocalDate.of(1992, 1, 1).toEpochDay();
  private static final long FIXED_FROM_SECOND = FIXED_FROM_DAY * SECONDS_PER_DAY - OFFSET_SECONDS;

  private BeijingTime() {}

  /** The Beijing date on which an instant falls. */
  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofEpochDay(epochDayOf(instant));
  }

  /** The Beijing date on which an instant falls, as an epoch day. */
  public static long epochDayOf(Instant instant) {
    long s = instant.getEpochSecond();
    return s >= FIXED_FROM_SECOND ? Math.floorDiv(s + OFFSET_SECONDS, SECONDS_PER_DAY)
        : LocalDate.ofInstant(instant, ZONE).toEpochDay();
  }

  /**
   * The epoch second at which a Beijing local time occurs on a Beijing date: {@link #instantOf} without the
   * {@link Instant}, for hot paths.
   */
  public static long epochSecondOf(LocalDate date, LocalTime time) {
    long d = date.toEpochDay();
    return d >= FIXED_FROM_DAY ? d * SECONDS_PER_DAY - OFFSET_SECONDS + time.toSecondOfDay()
        : ZonedDateTime.of(date, time, ZONE).toEpochSecond();
  }

  /** The Beijing local date-time of an instant. */
  public static LocalDateTime localDateTimeOf(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZONE);
  }

  /** The instant at which a Beijing local time occurs on a Beijing date. */
  public static Instant instantOf(LocalDate date, LocalTime time) {
    return Instant.ofEpochSecond(epochSecondOf(date, time), time.getNano());
  }

  /** The first instant of a Beijing date. */
  public static Instant startOf(LocalDate date) {
    return instantOf(date, LocalTime.MIDNIGHT);
  }

  /** Today's Beijing date according to a caller-supplied clock (the library never reads the system clock). */
  public static LocalDate today(Clock clock) {
    return dateOf(clock.instant());
  }
}
