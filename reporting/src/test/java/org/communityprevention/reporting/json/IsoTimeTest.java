package org.communityprevention.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

@DisplayName("The wire format's dates and instants are read strictly")
class IsoTimeTest {
  private static Instant instant(String text) {
    return IsoTime.instant(text.toCharArray(), 0, text.length());
  }

  private static LocalDate date(String text) {
    return IsoTime.date(text.toCharArray(), 0, text.length());
  }

  @Test
  @DisplayName("an instant written by java.time with any offset and fraction reads back to the same instant")
  void roundTrip() {
    qt().forAll(Generate.longRange(-2_208_988_800L, 4_102_444_800L), Generate.range(0, 999_999_999),
        Generate.range(-18 * 4, 18 * 4), Generate.range(0, 3)).checkAssert((seconds, nanos, quarters, digits) -> {
          // Whole, milli, micro or nano precision; offsets in quarter hours from -18:00 to +18:00.
          int precision = new int[] {1_000_000_000, 1_000_000, 1_000, 1}[digits];
          Instant at = Instant.ofEpochSecond(seconds, nanos / precision * precision);
          ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarters * 900);
          String text = OffsetDateTime.ofInstant(at, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
          if (text.length() >= 19 && text.charAt(4) == '-') {
            assertThat(instant(text)).as(text).isEqualTo(at);
          }
        });
  }

  @Test
  @DisplayName("the forms of the format: Z, an offset, a fraction of one to nine digits")
  void forms() {
    assertThat(instant("2021-02-01T07:30:00Z")).isEqualTo(Instant.parse("2021-02-01T07:30:00Z"));
    assertThat(instant("2021-02-01T15:30:00+08:00")).isEqualTo(Instant.parse("2021-02-01T07:30:00Z"));
    assertThat(instant("2021-02-01T02:00:00-05:30")).isEqualTo(Instant.parse("2021-02-01T07:30:00Z"));
    assertThat(instant("2021-02-01T07:30:00.25Z")).isEqualTo(Instant.parse("2021-02-01T07:30:00.250Z"));
    assertThat(instant("2021-02-01T07:30:00.123456789Z")).isEqualTo(Instant.parse("2021-02-01T07:30:00.123456789Z"));
    assertThat(instant("2021-02-01T23:59:59+18:00")).isEqualTo(Instant.parse("2021-02-01T05:59:59Z"));
    assertThat(instant("2021-02-01T07:30:00")).isSameAs(IsoTime.NO_OFFSET);
    assertThat(instant("2021-02-01T07:30:00.5")).isSameAs(IsoTime.NO_OFFSET);
    assertThat(date("2021-02-01")).isEqualTo(LocalDate.of(2021, 2, 1));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"2021-02-01T24:00:00Z", "2021-02-01T07:60:00Z", "2021-02-01T07:30:60Z",
      "2021-02-01T-1:30:00Z", "2021-02-01T07:30:00.Z", "2021-02-01T07:30:00.1234567890Z", "2021-02-01T07:30:00+19:00",
      "2021-02-01T07:30:00+08:60", "2021-02-01T07:30:00+0800", "2021-02-01T07:30:00+08", "2021-02-01T07:30:00z",
      "2021-02-01T07:30:00Zx", "2021-02-01 07:30:00Z", "2021-02-01T07-30:00Z", "2021-02-01T07:30-00Z",
      "2021-02-30T07:30:00Z", "2021-02-01T07:30Z", "2021-2-01T07:30:00Z", "2021-02-01T07:30:00+08:0a",
      "2021-02-01T07:30:00+a8:00", "2021-02-01T07:30:00.1a", "2021-02-01T07:30:00 ", "2021/02/01T07:30:00Z"})
  @DisplayName("anything else is not an instant of the format")
  void refused(String text) {
    assertThat(instant(text)).isNull();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"2021-02-30", "2021-13-01", "2021-00-10", "2021-02-1", "2021-02-010", "2021/02/01",
      "2021-0a-01", "20a1-02-01", "2021-02-0a", "2021-02-00"})
  @DisplayName("an impossible or malformed date is not a date")
  void refusedDates(String text) {
    assertThat(date(text)).isNull();
  }
}
