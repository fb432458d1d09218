package org.communityprevention.flink.reporting;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.lines.RejectedLine;
import org.communityprevention.reporting.registry.ReportingUnit;

/**
 * Wires the report stream (日报告流式作业拓扑):
 *
 * <pre>
 * report lines ─ ParseReports ─ (filing instant = event time, watermarks) ─┐
 *                                                                           ├─ keyBy unit ─ UnitDayFunction ─┐
 * fact lines ── ParseFacts ─── (start of the Beijing day = event time) ────┘                                │
 *                                         province seeds ─┬── keyBy province prefix ─ DivisionRollup ─┬─ counts
 *                                                         └──────────────────────────────────────────────────┘ │
 *                                                       province rows ─ one key ─ NationalRollup ─ country's row ┘
 * </pre>
 *
 * <p>The first stage is keyed by the unit's full code and scales with the number of units; the roll-up is keyed by
 * the two-digit province prefix, so each province's subtree is counted in one place; the country's row is the sum of
 * the province rows, in one more small stage. Rejected lines, signals and
 * late arrivals come out as side outputs. Every operator has a stable uid, so a savepoint taken from one version of
 * the job restores into the next.
 */
public final class ReportStreamTopology {
  private ReportStreamTopology() {}

  /**
   * Builds the topology on two line streams (the facts stream may be empty but must end or idle, or it holds the
   * watermark back: see {@link ReportStreamSettings#idleness()}).
   */
  public static ReportStreamOutputs build(DataStream<NumberedLine> reportLines, DataStream<NumberedLine> factLines,
      ReportStreamSetup setup, ReportStreamSettings settings) {
    SingleOutputStreamOperator<ReportEvent> reports = reportLines.process(new ParseReports())
        .returns(TypeInformation.of(ReportEvent.class)).name("parse reports").uid("parse-reports");
    SingleOutputStreamOperator<FactsEvent> facts = factLines.process(new ParseFacts())
        .returns(TypeInformation.of(FactsEvent.class)).name("parse facts").uid("parse-facts");

    WatermarkStrategy<ReportEvent> reportTime = WatermarkStrategy
        .<ReportEvent>forBoundedOutOfOrderness(settings.outOfOrderness())
        .withTimestampAssigner((e, previous) -> e.filedAt().toEpochMilli())
        .withIdleness(settings.idleness());
    WatermarkStrategy<FactsEvent> factTime = WatermarkStrategy
        .<FactsEvent>forBoundedOutOfOrderness(settings.outOfOrderness())
        .withTimestampAssigner((f, previous) -> BeijingTime.instantOf(java.time.LocalDate.ofEpochDay(f.epochDay()),
            LocalTime.MIDNIGHT).toEpochMilli())
        .withIdleness(settings.idleness());

    SingleOutputStreamOperator<UnitDayOutcome> outcomes = reports
        .assignTimestampsAndWatermarks(reportTime).name("report time").uid("report-time")
        .connect(facts.assignTimestampsAndWatermarks(factTime).name("fact time").uid("fact-time"))
        .keyBy(ReportEvent::unit, FactsEvent::unit, Types.LONG)
        .process(new UnitDayFunction(setup, settings))
        .returns(TypeInformation.of(UnitDayOutcome.class)).name("unit days").uid("unit-days");

    DataStream<UnitDayOutcome> seeds = reportLines.getExecutionEnvironment()
        .fromData(provinceSeeds(setup), TypeInformation.of(UnitDayOutcome.class)).name("province seeds")
        .uid("province-seeds");
    SingleOutputStreamOperator<DivisionDayCounts> divisions = outcomes.union(seeds)
        .keyBy(UnitDayOutcome::province, Types.INT)
        .process(new DivisionRollup(setup, settings))
        .returns(TypeInformation.of(DivisionDayCounts.class)).name("division roll-up").uid("division-rollup");
    SingleOutputStreamOperator<DivisionDayCounts> national = divisions
        .filter(DivisionDayCounts::isProvince).name("province rows").uid("province-rows")
        .keyBy(r -> NationalRollup.KEY, Types.INT)
        .process(new NationalRollup(setup, settings))
        .returns(TypeInformation.of(DivisionDayCounts.class)).name("national roll-up").uid("national-rollup");
    DataStream<DivisionDayCounts> counts = divisions.union(national);

    DataStream<RejectedLine> rejected = reports.getSideOutput(ReportStreamTags.REJECTED)
        .union(facts.getSideOutput(ReportStreamTags.REJECTED), outcomes.getSideOutput(ReportStreamTags.REJECTED));
    return new ReportStreamOutputs(counts, outcomes.getSideOutput(ReportStreamTags.SIGNALS), rejected,
        outcomes.getSideOutput(ReportStreamTags.LATE));
  }

  /** One seed per province of the register, so every province gets rows even before its first report. */
  static List<UnitDayOutcome> provinceSeeds(ReportStreamSetup setup) {
    TreeSet<Long> provinces = new TreeSet<>();
    for (ReportingUnit u : setup.registry().units()) {
      provinces.add(u.code().province().asLong());
    }
    List<UnitDayOutcome> out = new ArrayList<>();
    for (long p : provinces) {
      out.add(UnitDayOutcome.seed(p));
    }
    return out;
  }
}
