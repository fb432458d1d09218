package org.communityprevention.flink.population;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.communityprevention.flink.lines.RejectedLine;

/**
 * The streams the classification job produces (分类作业输出).
 *
 * @param ledgers the ledger of every village with residents
 * @param counts the category counts of every node from village to province with residents
 * @param rejected every line not taken, with its line number and violations
 */
public record PopulationOutputs(DataStream<VillageLedger> ledgers, DataStream<DivisionCategoryCounts> counts,
    DataStream<RejectedLine> rejected) {}
