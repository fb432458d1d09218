package org.communityprevention.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.communityprevention.core.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Beijing time and date windows")
class TimeTest {
  @Test
  @DisplayName("the fixed-offset count agrees with the zone rules from 1985 to 2040, summer times of 1986–1991 included")
  void fixedOffsetAgreesWithZoneRules() {
    // 1988-07-01T15:30Z is 00:30 on 2 July under the summer time of 1986–1991 (UTC+09:00), not 23:30 on 1 July.
    Instant summerNight = Instant.parse("1988-07-01T15:30:00Z");
    assertThat(BeijingTime.dateOf(summerNight)).isEqualTo(LocalDate.of(1988, 7, 2));
    assertThat(BeijingTime.epochSecondOf(LocalDate.of(1988, 7, 2), LocalTime.of(0, 30)))
        .isEqualTo(summerNight.getEpochSecond());
    qt().forAll(integers().between(0, 20_000), integers().between(-3 * 3600, 3 * 3600))
        .checkAssert((dayOffset, seconds) -> {
          // Instants within three hours of a Beijing midnight, where a wrong offset changes the day.
          LocalDate day = LocalDate.of(1985, 1, 1).plusDays(dayOffset);
          Instant at = java.time.ZonedDateTime.of(day, LocalTime.MIDNIGHT, BeijingTime.ZONE).toInstant()
              .plusSeconds(seconds);
          assertThat(BeijingTime.dateOf(at)).as("%s", at).isEqualTo(LocalDate.ofInstant(at, BeijingTime.ZONE));
          assertThat(BeijingTime.epochDayOf(at)).isEqualTo(BeijingTime.dateOf(at).toEpochDay());
          LocalTime time = LocalTime.ofSecondOfDay(Math.floorMod(seconds, 86_400));
          assertThat(BeijingTime.instantOf(day, time)).as("%s %s", day, time)
              .isEqualTo(java.time.ZonedDateTime.of(day, time, BeijingTime.ZONE).toInstant());
          assertThat(BeijingTime.epochSecondOf(day, time)).isEqualTo(BeijingTime.instantOf(day, time).getEpochSecond());
        });
  }

  @Test
  @DisplayName("16:00 to 23:59 UTC is already the next Beijing day")
  void utcAfternoonIsNextDay() {
    assertThat(BeijingTime.dateOf(Instant.parse("2021-02-01T15:59:59Z"))).isEqualTo(LocalDate.of(2021, 2, 1));
    assertThat(BeijingTime.dateOf(Instant.parse("2021-02-01T16:00:00Z"))).isEqualTo(LocalDate.of(2021, 2, 2));
    assertThat(BeijingTime.dateOf(Instant.parse("2021-02-01T23:59:59Z"))).isEqualTo(LocalDate.of(2021, 2, 2));
    assertThat(BeijingTime.startOf(LocalDate.of(2021, 2, 2))).isEqualTo(Instant.parse("2021-02-01T16:00:00Z"));
  }

  @Test
  @DisplayName("today comes from the caller's clock, in Beijing time, whatever the clock's zone")
  void todayFromClock() {
    Clock clock = Clock.fixed(Instant.parse("2021-01-29T17:30:00Z"), ZoneOffset.UTC);
    assertThat(BeijingTime.today(clock)).isEqualTo(LocalDate.of(2021, 1, 30));
  }

  @Test
  @DisplayName("1986-1991 daylight saving: a local time in the spring gap resolves forward")
  void dstGap() {
    // 1986-05-04 02:00 local did not exist: clocks jumped to 03:00 (UTC+9).
    Instant i = BeijingTime.instantOf(LocalDate.of(1986, 5, 4), LocalTime.of(2, 30));
    assertThat(BeijingTime.localDateTimeOf(i).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
  }

  @Test
  @DisplayName("a 14-day window from 2021-02-01 holds 2021-02-14 and not 2021-02-15")
  void halfOpenBoundaries() {
    DateWindow w = DateWindow.ofDays(LocalDate.of(2021, 2, 1), 14);
    assertThat(w.contains(LocalDate.of(2021, 1, 31))).isFalse();
    assertThat(w.contains(LocalDate.of(2021, 2, 1))).isTrue();
    assertThat(w.contains(LocalDate.of(2021, 2, 14))).isTrue();
    assertThat(w.contains(LocalDate.of(2021, 2, 15))).isFalse();
    assertThat(w.lastDay()).contains(LocalDate.of(2021, 2, 14));
    assertThat(w.days()).isEqualTo(14);
    assertThat(w.toString()).isEqualTo("[2021-02-01, 2021-02-15)");
  }

  @Test
  @DisplayName("a window holds exactly its number of days, agrees with its Guava range, and round-trips in JSON")
  void windowLaws() {
    qt().forAll(integers().between(0, 30_000), integers().between(0, 400), integers().between(-5, 405))
        .checkAssert((startOffset, days, probe) -> {
          LocalDate start = LocalDate.of(1990, 1, 1).plusDays(startOffset);
          DateWindow w = DateWindow.ofDays(start, days);
          LocalDate day = start.plusDays(probe);
          assertThat(w.contains(day)).isEqualTo(probe >= 0 && probe < days);
          assertThat(w.toRange().contains(day)).isEqualTo(w.contains(day));
          assertThat(Json.read(Json.write(w), DateWindow.class)).isEqualTo(w);
        });
  }

  @Test
  @DisplayName("a window that ends before it starts is refused")
  void invalidWindow() {
    assertThatThrownBy(() -> DateWindow.of(LocalDate.of(2021, 2, 2), LocalDate.of(2021, 2, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a window of no days is empty and has no last day; a negative length is refused")
  void emptyWindow() {
    DateWindow none = DateWindow.ofDays(LocalDate.of(2021, 2, 1), 0);
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.lastDay()).isEmpty();
    assertThat(none.days()).isZero();
    assertThat(DateWindow.ofDays(LocalDate.of(2021, 2, 1), 1).isEmpty()).isFalse();
    assertThatThrownBy(() -> DateWindow.ofDays(LocalDate.of(2021, 2, 1), -1))
        .isInstanceOfSatisfying(org.communityprevention.core.validation.ValidationException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo("core.time.negative_days"));
  }
}
