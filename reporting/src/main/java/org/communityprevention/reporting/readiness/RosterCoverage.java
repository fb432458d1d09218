package org.communityprevention.reporting.readiness;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import org.communityprevention.core.validation.ValidationException;

/**
 * Round-the-clock duty (全天候有人值守, §1.7) to the minute: the minutes of a period that no shift covers. A minute
 * {@code [m, m + 1 min)} is covered when some shift covers all of it, so a shift that starts at 08:00:30 leaves the
 * minute 08:00 uncovered. Minutes are whole minutes of the epoch, which are also whole Beijing minutes. Runs in
 * {@code O(n log n)} in the number of shifts.
 */
public final class RosterCoverage {
  /** Violation code: a period bound that is not a whole minute. */
  public static final String NOT_WHOLE_MINUTE = "reporting.readiness.not_whole_minute";

  private RosterCoverage() {}

  /**
   * The uncovered intervals of {@code [from, to)}, in order, each a whole number of minutes; empty when someone is
   * on duty at every minute.
   *
   * @throws ValidationException {@value #NOT_WHOLE_MINUTE} if a bound is not a whole minute, or
   *     {@value DutyShift#END_NOT_AFTER_START} if {@code to} is not after {@code from}
   */
  public static ImmutableList<Interval> uncovered(Collection<DutyShift> shifts, Instant from, Instant to) {
    long a = wholeMinute(from, "from");
    long b = wholeMinute(to, "to");
    if (b <= a) {
      throw ValidationException.of("to", DutyShift.END_NOT_AFTER_START);
    }
    long[][] spans = new long[shifts.size()][];
    int n = 0;
    for (DutyShift s : shifts) {
      long start = ceilMinute(s.start());
      long end = Math.floorDiv(s.end().getEpochSecond(), 60);
      if (end > start) {
        spans[n++] = new long[] {start, end};
      }
    }
    long[][] sorted = Arrays.copyOf(spans, n);
    Arrays.sort(sorted, (x, y) -> Long.compare(x[0], y[0]));
    ImmutableList.Builder<Interval> gaps = ImmutableList.builder();
    long cursor = a;
    for (long[] s : sorted) {
      if (cursor >= b) {
        break;
      }
      if (s[0] > cursor) {
        gaps.add(interval(cursor, Math.min(s[0], b)));
      }
      cursor = Math.max(cursor, s[1]);
    }
    if (cursor < b) {
      gaps.add(interval(cursor, b));
    }
    return gaps.build();
  }

  /** The number of uncovered minutes of {@code [from, to)}. */
  public static long uncoveredMinutes(Collection<DutyShift> shifts, Instant from, Instant to) {
    long total = 0;
    for (Interval i : uncovered(shifts, from, to)) {
      total += i.minutes();
    }
    return total;
  }

  private static Interval interval(long fromMinute, long toMinute) {
    return Interval.of(Instant.ofEpochSecond(fromMinute * 60), Instant.ofEpochSecond(toMinute * 60));
  }

  private static long ceilMinute(Instant i) {
    long m = Math.floorDiv(i.getEpochSecond(), 60);
    return Math.floorMod(i.getEpochSecond(), 60) == 0 && i.getNano() == 0 ? m : m + 1;
  }

  private static long wholeMinute(Instant i, String field) {
    if (Math.floorMod(i.getEpochSecond(), 60) != 0 || i.getNano() != 0) {
      throw ValidationException.of(field, NOT_WHOLE_MINUTE);
    }
    return i.getEpochSecond() / 60;
  }
}
