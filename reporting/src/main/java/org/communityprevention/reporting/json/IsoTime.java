package org.communityprevention.reporting.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Strict, allocation-light readers for the two time forms of the wire format: a date {@code 2021-02-01} and an
 * instant with an explicit offset, {@code 2021-02-01T07:30:00Z}, {@code 2021-02-01T07:30:00.25Z} or
 * {@code 2021-02-01T15:30:00+08:00}. An instant without an offset is refused: the library never guesses a zone.
 * Each method returns null for text it cannot read, and {@link #NO_OFFSET} tells the caller why.
 */
final class IsoTime {
  /** Marker result: a date-time without an offset. */
  static final Instant NO_OFFSET = Instant.MIN;

  private IsoTime() {}

  /** A {@code yyyy-MM-dd} date, or null. */
  static LocalDate date(char[] c, int off, int len) {
    if (len != 10 || c[off + 4] != '-' || c[off + 7] != '-') {
      return null;
    }
    int y = digits(c, off, 4);
    int m = digits(c, off + 5, 2);
    int d = digits(c, off + 8, 2);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** An instant with an offset, {@link #NO_OFFSET} for a date-time without one, or null. */
  static Instant instant(char[] c, int off, int len) {
    if (len < 19 || c[off + 10] != 'T' || c[off + 13] != ':' || c[off + 16] != ':') {
      return null;
    }
    LocalDate date = date(c, off, 10);
    int h = digits(c, off + 11, 2);
    int mi = digits(c, off + 14, 2);
    int s = digits(c, off + 17, 2);
    if (date == null || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) {
      return null;
    }
    int i = off + 19;
    int end = off + len;
    int nanos = 0;
    if (i < end && c[i] == '.') {
      int start = ++i;
      while (i < end && c[i] >= '0' && c[i] <= '9') {
        i++;
      }
      int n = i - start;
      if (n == 0 || n > 9) {
        return null;
      }
      nanos = digits(c, start, n);
      for (int k = n; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (i == end) {
      return NO_OFFSET;
    }
    int offsetSeconds;
    if (c[i] == 'Z' && i + 1 == end) {
      offsetSeconds = 0;
    } else if ((c[i] == '+' || c[i] == '-') && end - i == 6 && c[i + 3] == ':') {
      int oh = digits(c, i + 1, 2);
      int om = digits(c, i + 4, 2);
      if (oh < 0 || oh > 18 || om < 0 || om > 59) {
        return null;
      }
      offsetSeconds = (c[i] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      return null;
    }
    long seconds = date.toEpochDay() * 86_400L + h * 3600L + mi * 60L + s - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  private static int digits(char[] c, int off, int n) {
    int v = 0;
    for (int i = off; i < off + n; i++) {
      char ch = c[i];
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }
}
