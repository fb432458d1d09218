package org.communityprevention.flink.reporting;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.communityprevention.flink.lines.RejectedLine;

/**
 * The streams the report topology produces (流输出), each to be written to a sink of the vendor's choice.
 *
 * @param counts per-day report counts of every division node, village to province, as upserts by node and day
 * @param signals concealment signals per unit-day, as upserts by unit and day
 * @param rejected every line not taken, with its line number and violations
 * @param late reports that arrived after their day's final rows
 */
public record ReportStreamOutputs(DataStream<DivisionDayCounts> counts, DataStream<UnitDaySignals> signals,
    DataStream<RejectedLine> rejected, DataStream<LateArrival> late) {}
