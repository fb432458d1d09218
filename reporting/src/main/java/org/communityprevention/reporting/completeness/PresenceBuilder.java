package org.communityprevention.reporting.completeness;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.reporting.registry.ReportingUnit;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.Timeliness;

/**
 * Collects the outcome of each unit-day over a window into per-day bitsets, then {@linkplain #build() freezes} them
 * into a compact {@link Presence}. Which units owe a report on which day comes from the {@link UnitRegistry}; an
 * outcome for a unit-day that owed none is refused, so received never exceeds expected.
 *
 * <p>Recording a unit-day again replaces its outcome: feed resolved outcomes (from a {@link ReportLedger}), not
 * raw submissions. Not thread-safe; build one per partition of days.
 */
public final class PresenceBuilder {
  /** Violation code: an outcome for a unit-day that owes no report. */
  public static final String NOT_EXPECTED = "reporting.completeness.not_expected";
  /** Violation code: an outcome for a unit or day outside the builder's index or window. */
  public static final String OUTSIDE = "reporting.completeness.outside_window";

  private final UnitIndex index;
  private final DateWindow window;
  private final int days;
  private final int units;
  private final BitColumn[] expected;
  private final long[][] expectedWords;
  private final long[][] received;
  private final long[][] late;
  private final long[][] figures;

  private PresenceBuilder(UnitRegistry registry, DateWindow window) {
    this.index = UnitIndex.of(registry);
    this.window = window;
    this.days = Math.toIntExact(window.days());
    this.units = index.size();
    this.expected = new BitColumn[days];
    this.expectedWords = new long[days][];
    this.received = new long[days][];
    this.late = new long[days][];
    this.figures = new long[days][];
    fillExpected(registry);
  }

  /** A builder for the units of a registry over a window of days. */
  public static PresenceBuilder of(UnitRegistry registry, DateWindow window) {
    return new PresenceBuilder(registry, window);
  }

  /** The unit ordinals. */
  public UnitIndex index() {
    return index;
  }

  /** The window covered. */
  public DateWindow window() {
    return window;
  }

  // One bitset per distinct mask: registries change on few dates, so most days share one column.
  private void fillExpected(UnitRegistry registry) {
    long start = window.start().toEpochDay();
    int[] opensAt = new int[units];
    int[] closesAt = new int[units];
    int i = 0;
    for (ReportingUnit u : registry.units()) {
      opensAt[i] = (int) Math.max(-1, Math.min(days, u.opened().toEpochDay() - start));
      closesAt[i] = u.closedOn().map(d -> (int) Math.max(-1, Math.min(days, d.toEpochDay() - start))).orElse(days);
      i++;
    }
    long[] words = BitColumn.words(units);
    boolean[] changes = new boolean[days + 1];
    for (int u = 0; u < units; u++) {
      if (opensAt[u] <= 0 && closesAt[u] > 0) {
        words[u >>> 6] |= 1L << u;
      }
      if (opensAt[u] > 0 && opensAt[u] < days) {
        changes[opensAt[u]] = true;
      }
      if (closesAt[u] > 0 && closesAt[u] < days) {
        changes[closesAt[u]] = true;
      }
    }
    BitColumn column = null;
    for (int d = 0; d < days; d++) {
      if (d > 0 && changes[d]) {
        for (int u = 0; u < units; u++) {
          boolean on = opensAt[u] <= d && closesAt[u] > d;
          if (on) {
            words[u >>> 6] |= 1L << u;
          } else {
            words[u >>> 6] &= ~(1L << u);
          }
        }
        column = null;
      }
      if (column == null) {
        column = BitColumn.compact(words, units);
        expectedWords[d] = words.clone();
      } else {
        expectedWords[d] = expectedWords[d - 1];
      }
      expected[d] = column;
    }
  }

  /**
   * Records a unit-day's outcome by ordinal and day offset (the fast path).
   *
   * @throws ValidationException {@value #OUTSIDE} or {@value #NOT_EXPECTED}
   */
  public PresenceBuilder record(int ordinal, int dayOffset, boolean isLate, boolean isFigures) {
    if (ordinal < 0 || ordinal >= units || dayOffset < 0 || dayOffset >= days) {
      throw ValidationException.of("day", OUTSIDE, "window", window);
    }
    long bit = 1L << ordinal;
    int w = ordinal >>> 6;
    if ((expectedWords[dayOffset][w] & bit) == 0) {
      throw ValidationException.of("unit", NOT_EXPECTED, "unit", index.code(ordinal),
          "day", window.start().plusDays(dayOffset));
    }
    if (received[dayOffset] == null) {
      received[dayOffset] = BitColumn.words(units);
      late[dayOffset] = BitColumn.words(units);
      figures[dayOffset] = BitColumn.words(units);
    }
    received[dayOffset][w] |= bit;
    late[dayOffset][w] = isLate ? late[dayOffset][w] | bit : late[dayOffset][w] & ~bit;
    figures[dayOffset][w] = isFigures ? figures[dayOffset][w] | bit : figures[dayOffset][w] & ~bit;
    return this;
  }

  /**
   * Records a unit-day's outcome.
   *
   * @throws ValidationException {@value #OUTSIDE} if the unit is not indexed or the day is outside the window,
   *     {@value #NOT_EXPECTED} if the unit owes no report that day, or if the timeliness is too late
   */
  public PresenceBuilder record(DivisionCode unit, LocalDate day, Timeliness timeliness, boolean zeroReport) {
    OptionalInt ordinal = index.ordinal(unit);
    if (ordinal.isEmpty() || !window.contains(day)) {
      throw ValidationException.of("unit", OUTSIDE, "window", window);
    }
    if (timeliness == Timeliness.TOO_LATE) {
      throw ValidationException.of("timeliness", ReportLedger.TOO_LATE, "day", day, "acceptedUntil", "-");
    }
    return record(ordinal.getAsInt(), (int) (day.toEpochDay() - window.start().toEpochDay()),
        timeliness == Timeliness.LATE, !zeroReport);
  }

  /**
   * Records every unit-day outcome of a ledger that falls in the window; returns how many fell outside it (they
   * belong to another window and are not recorded here).
   */
  public int addAll(ReportLedger ledger) {
    int[] outside = {0};
    ledger.forEachOutcome((unit, day, timeliness, zero) -> {
      if (window.contains(day)) {
        record(unit, day, timeliness, zero);
      } else {
        outside[0]++;
      }
    });
    return outside[0];
  }

  /** Freezes the recorded outcomes into a compact, immutable {@link Presence}. */
  public Presence build() {
    DayColumns[] out = new DayColumns[days];
    long[] empty = BitColumn.words(units);
    BitColumn none = BitColumn.compact(empty, units);
    for (int d = 0; d < days; d++) {
      BitColumn e = expected[d];
      if (received[d] == null) {
        out[d] = new DayColumns(e, none, none, none);
      } else {
        out[d] = new DayColumns(e, BitColumn.compact(received[d], units), BitColumn.compact(late[d], units),
            BitColumn.compact(figures[d], units));
      }
    }
    return new Presence(index, window, out);
  }
}
