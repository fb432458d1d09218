package org.communityprevention.flink.reporting;

/**
 * What counts for one unit on one day after its reports so far (单位单日报送结果): received, late or on time (from the
 * first filing), zero report or figures (from the winning report). The unit-keyed operator emits one whenever it
 * changes; the roll-up keeps the latest per unit-day. A seed names a province to emit rows for before any of its
 * reports arrive (a province where nobody reports is all missing, never absent).
 *
 * @param unit the unit code, or for a seed the province code
 * @param epochDay the reporting day, as days since 1970-01-01 (unused by a seed)
 * @param late whether the first filing came after the on-time limit (迟报)
 * @param figures whether the winning report has figures rather than a zero report
 * @param seed whether this only announces a province
 */
public record UnitDayOutcome(long unit, long epochDay, boolean late, boolean figures, boolean seed) {
  /** A unit-day outcome. */
  public static UnitDayOutcome of(long unit, long epochDay, boolean late, boolean figures) {
    return new UnitDayOutcome(unit, epochDay, late, figures, false);
  }

  /** A seed for a province. */
  public static UnitDayOutcome seed(long province) {
    return new UnitDayOutcome(province, 0, false, false, true);
  }

  /** The two-digit province prefix, the roll-up's key. */
  public int province() {
    return (int) (unit / 10_000_000_000L);
  }
}
