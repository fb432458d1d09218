package org.communityprevention.flink.reporting;

import org.apache.flink.util.OutputTag;
import org.communityprevention.flink.lines.RejectedLine;

/** The side outputs of the report stream's operators (旁路输出). */
public final class ReportStreamTags {
  /** Lines that do not parse, and reports the ledger refuses (unknown or retired unit, not owed, too late). */
  public static final OutputTag<RejectedLine> REJECTED = new OutputTag<>("rejected") {};
  /** Concealment signals per unit-day. */
  public static final OutputTag<UnitDaySignals> SIGNALS = new OutputTag<>("signals") {};
  /** Reports that arrived after their day's final rows. */
  public static final OutputTag<LateArrival> LATE = new OutputTag<>("late") {};

  private ReportStreamTags() {}
}
