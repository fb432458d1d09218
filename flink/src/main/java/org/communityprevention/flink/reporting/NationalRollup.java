package org.communityprevention.flink.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.communityprevention.reporting.report.ReportingRules;

/**
 * The country's row of each day (全国汇总), summed from the latest province rows, as the library's
 * {@code CompletenessTable.national()} sums its provinces. It sees only province rows (about 31 per emission), all
 * under one key ({@link #KEY}). The rows of one watermark step go out together: the country's row of a day follows the
 * province rows of that step, as {@link RowStage#PROVISIONAL} while any province row is provisional, then
 * {@link RowStage#FINAL}, then {@link RowStage#CORRECTION} when a province row changes after that, each with the next
 * version of the country's row. With several upstream subtasks the country's watermark is the slowest of theirs, so a
 * province's provisional and final rows can both arrive before the country's next step; the provisional row is kept
 * apart so that the country still goes through the stage every province went through, summed from those rows, and
 * never skips from nothing to final because of scheduling. A day's state is dropped with the provinces' (after the
 * late-acceptance days plus the state retention).
 */
public final class NationalRollup extends KeyedProcessFunction<Integer, DivisionDayCounts, DivisionDayCounts> {
  /** The one key of this stage. */
  public static final int KEY = 0;
  private static final long serialVersionUID = 1L;
  private static final int PROVINCE_BITS = 8;

  private final ReportStreamSetup setup;
  private final ReportStreamSettings settings;
  private transient ReportingRules rules;
  private transient MapState<Long, DivisionDayCounts> provinces;
  private transient MapState<Long, DivisionDayCounts> provisionalRows;
  private transient MapState<Long, DayProgress> progress;

  /** The national roll-up for a setup and settings. */
  public NationalRollup(ReportStreamSetup setup, ReportStreamSettings settings) {
    this.setup = setup;
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    rules = setup.rules();
    provinces = getRuntimeContext().getMapState(new MapStateDescriptor<>("province-rows", Types.LONG,
        TypeInformation.of(DivisionDayCounts.class)));
    provisionalRows = getRuntimeContext().getMapState(new MapStateDescriptor<>("province-provisional-rows",
        Types.LONG, TypeInformation.of(DivisionDayCounts.class)));
    progress = getRuntimeContext().getMapState(new MapStateDescriptor<>("national-days", Types.LONG,
        TypeInformation.of(DayProgress.class)));
  }

  @Override
  public void processElement(DivisionDayCounts row, Context ctx, Collector<DivisionDayCounts> out) throws Exception {
    long day = row.epochDay();
    long key = key(day, row);
    DivisionDayCounts before = provinces.get(key);
    if (before != null && before.version() >= row.version()) {
      return;
    }
    provinces.put(key, row);
    if (row.stage() == RowStage.PROVISIONAL) {
      provisionalRows.put(key, row);
    }
    DayProgress p = progress.get(day);
    if (p == null) {
      p = DayProgress.fresh();
      ctx.timerService().registerEventTimeTimer(ReportStreamSetup.dropAt(rules, settings, day));
    }
    progress.put(day, new DayProgress(p.stage(), p.version(), true));
    // The province rows of one watermark step all arrive before the watermark that follows them.
    long watermark = ctx.timerService().currentWatermark();
    ctx.timerService().registerEventTimeTimer(watermark == Long.MAX_VALUE ? watermark : watermark + 1);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<DivisionDayCounts> out) throws Exception {
    long watermark = Math.max(timestamp, ctx.timerService().currentWatermark());
    TreeMap<Long, List<DivisionDayCounts>> rows = new TreeMap<>();
    for (Map.Entry<Long, DivisionDayCounts> e : provinces.entries()) {
      rows.computeIfAbsent(e.getKey() >>> PROVINCE_BITS, d -> new ArrayList<>()).add(e.getValue());
    }
    TreeMap<Long, DayProgress> days = new TreeMap<>();
    for (Map.Entry<Long, DayProgress> e : progress.entries()) {
      days.put(e.getKey(), e.getValue());
    }
    for (Map.Entry<Long, DayProgress> e : days.entrySet()) {
      long day = e.getKey();
      DayProgress p = e.getValue();
      if (p.dirty()) {
        List<DivisionDayCounts> latest = rows.getOrDefault(day, List.of());
        boolean provisional = latest.stream().anyMatch(r -> r.stage() == RowStage.PROVISIONAL);
        int version = p.version();
        RowStage stage = p.stage();
        if (stage == null && !provisional) {
          // Provinces that were provisional in this step already went final: the country's provisional row first.
          List<DivisionDayCounts> earlier = new ArrayList<>();
          boolean anyProvisional = false;
          for (DivisionDayCounts r : latest) {
            DivisionDayCounts before = provisionalRows.get(key(day, r));
            anyProvisional |= before != null;
            earlier.add(before == null ? r : before);
          }
          if (anyProvisional) {
            version++;
            stage = RowStage.PROVISIONAL;
            out.collect(sum(day, earlier, stage, version));
          }
        }
        RowStage next = provisional ? RowStage.PROVISIONAL
            : stage == null || stage == RowStage.PROVISIONAL ? RowStage.FINAL : RowStage.CORRECTION;
        version++;
        out.collect(sum(day, latest, next, version));
        progress.put(day, new DayProgress(next, version, false));
      }
      if (watermark >= ReportStreamSetup.dropAt(rules, settings, day)) {
        for (DivisionDayCounts r : rows.getOrDefault(day, List.of())) {
          provinces.remove(key(day, r));
          provisionalRows.remove(key(day, r));
        }
        progress.remove(day);
      }
    }
  }

  private static long key(long day, DivisionDayCounts provinceRow) {
    return (day << PROVINCE_BITS) | (provinceRow.division() / ProvinceNodes.UPPER_SPANS[0]);
  }

  private static DivisionDayCounts sum(long day, List<DivisionDayCounts> provinceRows, RowStage stage, int version) {
    long expected = 0;
    long received = 0;
    long late = 0;
    long figures = 0;
    for (DivisionDayCounts r : provinceRows) {
      expected += r.expected();
      received += r.received();
      late += r.late();
      figures += r.figures();
    }
    return new DivisionDayCounts(DivisionDayCounts.NATIONAL, day, expected, received, late, figures, stage, version);
  }
}
