package org.communityprevention.flink.reporting;

/**
 * The roll-up's keyed state of one province-day (省级单日汇总进度): the last stage emitted, its version, and whether
 * an outcome changed since.
 *
 * @param stage the last stage emitted, or null before any
 * @param version the version of the last rows emitted
 * @param dirty whether an outcome changed after the last rows
 */
public record DayProgress(RowStage stage, int version, boolean dirty) {
  /** A day with no rows yet. */
  public static DayProgress fresh() {
    return new DayProgress(null, 0, false);
  }
}
