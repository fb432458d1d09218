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
 */
public final class BeijingTime {
  /** The zone that defines the reporting day. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BeijingTime() {}

  /** The Beijing date on which an instant falls. */
  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** The Beijing local date-time of an instant. */
  public static LocalDateTime localDateTimeOf(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZONE);
  }

  /** The instant at which a Beijing local time occurs on a Beijing date. */
  public static Instant instantOf(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, ZONE).toInstant();
  }

  /** The first instant of a Beijing date. */
  public static Instant startOf(LocalDate date) {
    return date.atStartOfDay(ZONE).toInstant();
  }

  /** Today's Beijing date according to a caller-supplied clock (the library never reads the system clock). */
  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }
}
