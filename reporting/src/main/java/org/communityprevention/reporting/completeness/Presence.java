package org.communityprevention.reporting.completeness;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.OptionalInt;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;

/**
 * Who reported on which day over a window (报告到报情况), frozen: per day, bit columns over unit ordinals for
 * expected, received, late and figures. Any division node is a contiguous ordinal range, so its counts for a day
 * are a few {@link Long#bitCount} calls; a window sums its days. Immutable and safe to share between threads.
 *
 * <p>Build one with {@link PresenceBuilder}. A year of national data (620,000 units) takes a few tens of MB: each
 * column is a bitset or, when nearly empty or nearly full, a gap list (see {@code docs/benchmarks.md}).
 */
public final class Presence {
  /** Violation code: a query window outside the stored window. */
  public static final String WINDOW_OUTSIDE = "reporting.completeness.window_outside";

  private final UnitIndex index;
  private final DateWindow window;
  private final DayColumns[] days;

  Presence(UnitIndex index, DateWindow window, DayColumns[] days) {
    this.index = index;
    this.window = window;
    this.days = days;
  }

  /** The unit ordinals and division nodes. */
  public UnitIndex index() {
    return index;
  }

  /** The stored window. */
  public DateWindow window() {
    return window;
  }

  /**
   * The counts of one division node (any level; a village counts itself) over a window: the bitset path, one
   * range count per column and day.
   *
   * @throws ValidationException {@value #WINDOW_OUTSIDE} if the window is not inside the stored window
   */
  public CompletenessCounts counts(DivisionCode node, DateWindow over) {
    return counts(index.from(node), index.to(node), over);
  }

  /** The counts of the whole country (all units) over a window. */
  public CompletenessCounts national(DateWindow over) {
    return counts(0, index.size(), over);
  }

  private CompletenessCounts counts(int from, int to, DateWindow over) {
    int first = offset(over);
    long e = 0;
    long r = 0;
    long l = 0;
    long f = 0;
    for (int d = first; d < first + over.days(); d++) {
      DayColumns c = days[d];
      e += c.expected.count(from, to);
      r += c.received.count(from, to);
      l += c.late.count(from, to);
      f += c.figures.count(from, to);
    }
    return CompletenessCounts.of(e, r, l, f);
  }

  /** The counts of every node of every level, and of the country, over a window. */
  public CompletenessTable table(DateWindow over) {
    return CompletenessTable.of(this, over);
  }

  /** The state of one unit on one day. */
  public UnitDayState state(DivisionCode unit, LocalDate day) {
    OptionalInt o = index.ordinal(unit);
    if (o.isEmpty() || !window.contains(day)) {
      throw ValidationException.of("unit", WINDOW_OUTSIDE, "window", window);
    }
    DayColumns c = days[(int) (day.toEpochDay() - window.start().toEpochDay())];
    int i = o.getAsInt();
    return UnitDayState.of(c.expected.get(i), c.received.get(i), c.late.get(i), c.figures.get(i));
  }

  /** Bytes held by the stored columns (columns shared between days counted once), with the index excluded. */
  public long memoryBytes() {
    IdentityHashMap<BitColumn, Boolean> seen = new IdentityHashMap<>();
    long total = 16L + 16L + 4L * days.length;
    for (DayColumns c : days) {
      total += 32;
      for (BitColumn b : new BitColumn[] {c.expected, c.received, c.late, c.figures}) {
        if (seen.put(b, Boolean.TRUE) == null) {
          total += b.memoryBytes();
        }
      }
    }
    return total;
  }

  /** The day offset of a window's start; checks the window lies inside the stored one. */
  int offset(DateWindow over) {
    if (over.start().isBefore(window.start()) || over.endExclusive().isAfter(window.endExclusive())) {
      throw ValidationException.of("window", WINDOW_OUTSIDE, "window", over, "stored", window);
    }
    return (int) (over.start().toEpochDay() - window.start().toEpochDay());
  }

  DayColumns day(int offset) {
    return days[offset];
  }

  @Override
  public String toString() {
    return "Presence{" + index.size() + " units, " + window + "}";
  }
}
