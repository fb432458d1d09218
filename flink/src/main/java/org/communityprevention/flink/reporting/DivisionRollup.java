package org.communityprevention.flink.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.communityprevention.reporting.report.ReportingRules;

/**
 * Rolls unit-day outcomes up to every division level of a province (逐级汇总), keyed by the two-digit province prefix
 * of the division code: the subtree of every node below a province lives in one key, so each row is computed whole
 * in one place. The counts are kept as they go: each outcome changes the unit's own entry and the running counts
 * ({@link NodeDayTally}) of the four nodes above it by the difference it makes, so the work per outcome is constant
 * and a row is read, never recomputed from the register. Expected unit-days come from the register
 * ({@code ReportingUnit.isExpectedOn}, once per stretch of days between register changes), and a node where nobody
 * reported still gets its row (all missing); the equality property checks every row against the library's
 * {@code PresenceBuilder} and {@code CompletenessTable}. The country's row is summed from the province rows by
 * {@link NationalRollup}.
 *
 * <p>Rows of day D (village to province) are emitted as {@link RowStage#PROVISIONAL} when the watermark passes the
 * on-time limit of D plus the allowed lateness, as {@link RowStage#FINAL} when it passes the end of the
 * late-acceptance days of D plus the allowed lateness, and as {@link RowStage#CORRECTION} (only the nodes above a
 * changed unit) when an outcome changes after that. Every day from the settings' first day is emitted, with or
 * without reports, until the last day if one is set, or as long as the watermark advances.
 */
public final class DivisionRollup extends KeyedProcessFunction<Integer, UnitDayOutcome, DivisionDayCounts> {
  private static final long serialVersionUID = 1L;
  private static final long UNIT_BITS = 40;
  private static final long UNIT_MASK = (1L << UNIT_BITS) - 1;
  private static final int LATE = 1;
  private static final int FIGURES = 2;

  private final ReportStreamSetup setup;
  private final ReportStreamSettings settings;
  private transient ReportingRules rules;
  private transient Map<Integer, ProvinceNodes> provinces;
  private transient MapState<Long, Integer> outcomes;
  private transient MapState<Long, NodeDayTally> tallies;
  private transient MapState<Long, Boolean> changed;
  private transient MapState<Long, DayProgress> progress;
  private transient ValueState<Long> trackedFrom;
  private transient ValueState<Long> trackedUntil;

  /** The roll-up for a setup and settings. */
  public DivisionRollup(ReportStreamSetup setup, ReportStreamSettings settings) {
    this.setup = setup;
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    rules = setup.rules();
    provinces = ProvinceNodes.of(setup.registry());
    outcomes = getRuntimeContext().getMapState(new MapStateDescriptor<>("outcomes", Types.LONG, Types.INT));
    tallies = getRuntimeContext().getMapState(new MapStateDescriptor<>("tallies", Types.LONG,
        TypeInformation.of(NodeDayTally.class)));
    changed = getRuntimeContext().getMapState(new MapStateDescriptor<>("changed", Types.LONG, Types.BOOLEAN));
    progress = getRuntimeContext().getMapState(new MapStateDescriptor<>("days", Types.LONG,
        TypeInformation.of(DayProgress.class)));
    trackedFrom = getRuntimeContext().getState(new ValueStateDescriptor<>("tracked-from", Types.LONG));
    trackedUntil = getRuntimeContext().getState(new ValueStateDescriptor<>("tracked-until", Types.LONG));
  }

  @Override
  public void processElement(UnitDayOutcome o, Context ctx, Collector<DivisionDayCounts> out) throws Exception {
    long first = settings.firstDay().toEpochDay();
    long last = settings.lastDay() == null ? first : settings.lastDay().toEpochDay();
    if (o.seed()) {
      track(first, last, ctx.timerService());
      return;
    }
    long day = o.epochDay();
    track(Math.min(first, day), Math.max(last, day), ctx.timerService());
    if (!progress.contains(day)) {
      // The day's state was dropped after its retention; the unit-keyed operator lists such reports as late.
      return;
    }
    long key = key(day, o.unit());
    Integer before = outcomes.get(key);
    int now = (o.late() ? LATE : 0) | (o.figures() ? FIGURES : 0);
    outcomes.put(key, now);
    changed.put(key, true);
    long received = before == null ? 1 : 0;
    long late = bit(now, LATE) - (before == null ? 0 : bit(before, LATE));
    long figures = bit(now, FIGURES) - (before == null ? 0 : bit(before, FIGURES));
    if (received != 0 || late != 0 || figures != 0) {
      // Only the unit and the four nodes above it change: the roll-up's work per outcome is constant.
      for (long span : ProvinceNodes.UPPER_SPANS) {
        long node = key(day, o.unit() - o.unit() % span);
        NodeDayTally t = tallies.get(node);
        tallies.put(node, (t == null ? NodeDayTally.none() : t).plus(received, late, figures));
      }
    }
    DayProgress p = progress.get(day);
    if (p.stage() == RowStage.FINAL || p.stage() == RowStage.CORRECTION) {
      progress.put(day, new DayProgress(p.stage(), p.version(), true));
      // Corrections go out at the next watermark, so a burst of late reports makes one correction.
      ctx.timerService().registerEventTimeTimer(ctx.timerService().currentWatermark() + 1);
    }
  }

  /** Tracks the days of a range (and the gap since the last tracked day): each gets its emission timers. */
  private void track(long from, long until, TimerService timers) throws Exception {
    Long tf = trackedFrom.value();
    Long tu = trackedUntil.value();
    long start = tu == null ? from : Math.min(from, tf);
    for (long d = start; d <= until; d++) {
      boolean known = tf != null && d >= tf && d <= tu;
      if (!known && !progress.contains(d)) {
        progress.put(d, DayProgress.fresh());
        timers.registerEventTimeTimer(ReportStreamSetup.provisionalAt(rules, settings, d));
        timers.registerEventTimeTimer(ReportStreamSetup.finalAt(rules, settings, d));
        timers.registerEventTimeTimer(ReportStreamSetup.dropAt(rules, settings, d));
      }
    }
    trackedFrom.update(tf == null ? start : Math.min(tf, start));
    trackedUntil.update(tu == null ? until : Math.max(tu, until));
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<DivisionDayCounts> out) throws Exception {
    long watermark = Math.max(timestamp, ctx.timerService().currentWatermark());
    ProvinceNodes nodes = provinces.get(ctx.getCurrentKey());
    TreeMap<Long, DayProgress> days = new TreeMap<>();
    for (Map.Entry<Long, DayProgress> e : progress.entries()) {
      days.put(e.getKey(), e.getValue());
    }
    Map<Long, List<Long>> changedUnits = new HashMap<>();
    for (Long key : changed.keys()) {
      changedUnits.computeIfAbsent(key >>> UNIT_BITS, d -> new ArrayList<>()).add(key & UNIT_MASK);
    }
    for (Map.Entry<Long, DayProgress> e : days.entrySet()) {
      long day = e.getKey();
      DayProgress p = e.getValue();
      RowStage target = watermark >= ReportStreamSetup.finalAt(rules, settings, day) ? RowStage.FINAL
          : watermark >= ReportStreamSetup.provisionalAt(rules, settings, day) ? RowStage.PROVISIONAL : null;
      List<Long> units = changedUnits.getOrDefault(day, List.of());
      if (target != null && (p.stage() == null || (p.stage() == RowStage.PROVISIONAL && target == RowStage.FINAL))) {
        if (nodes != null) {
          emitAll(nodes, day, target, p.version() + 1, out);
        }
        progress.put(day, new DayProgress(target, p.version() + 1, false));
        clearChanged(day, units);
      } else if (p.dirty()) {
        if (nodes != null) {
          emitChanged(nodes, day, units, p.version() + 1, out);
        }
        progress.put(day, new DayProgress(RowStage.CORRECTION, p.version() + 1, false));
        clearChanged(day, units);
      }
      if (watermark >= ReportStreamSetup.dropAt(rules, settings, day)) {
        drop(day);
      }
    }
    // An open-ended stream keeps emitting days: the last tracked day's provisional rows announce the next day.
    Long until = trackedUntil.value();
    if (settings.lastDay() == null && until != null && watermark != Long.MAX_VALUE
        && watermark >= ReportStreamSetup.provisionalAt(rules, settings, until)) {
      track(until + 1, until + 1, ctx.timerService());
    }
  }

  /** Every node's row of a day, province to village (the nodes are in that order). */
  private void emitAll(ProvinceNodes nodes, long day, RowStage stage, int version, Collector<DivisionDayCounts> out)
      throws Exception {
    long[] expected = nodes.expected(day);
    for (int p = 0; p < nodes.size(); p++) {
      out.collect(row(nodes, p, day, expected, stage, version));
    }
  }

  /** The rows of the changed units and the nodes above them, each once, top down. */
  private void emitChanged(ProvinceNodes nodes, long day, List<Long> units, int version,
      Collector<DivisionDayCounts> out) throws Exception {
    TreeSet<Integer> positions = new TreeSet<>();
    for (long unit : units) {
      positions.add(nodes.position(unit));
      for (long span : ProvinceNodes.UPPER_SPANS) {
        positions.add(nodes.position(unit - unit % span));
      }
    }
    long[] expected = nodes.expected(day);
    for (int p : positions) {
      out.collect(row(nodes, p, day, expected, RowStage.CORRECTION, version));
    }
  }

  private DivisionDayCounts row(ProvinceNodes nodes, int position, long day, long[] expected, RowStage stage,
      int version) throws Exception {
    long code = nodes.code(position);
    long received;
    long late;
    long figures;
    if (nodes.isUnit(position)) {
      Integer flags = outcomes.get(key(day, code));
      received = flags == null ? 0 : 1;
      late = flags == null ? 0 : bit(flags, LATE);
      figures = flags == null ? 0 : bit(flags, FIGURES);
    } else {
      NodeDayTally t = tallies.get(key(day, code));
      received = t == null ? 0 : t.received();
      late = t == null ? 0 : t.late();
      figures = t == null ? 0 : t.figures();
    }
    return new DivisionDayCounts(code, day, expected[position], received, late, figures, stage, version);
  }

  private void clearChanged(long day, List<Long> units) throws Exception {
    for (long unit : units) {
      changed.remove(key(day, unit));
    }
  }

  private void drop(long day) throws Exception {
    for (MapState<Long, ?> state : List.of(outcomes, tallies, changed)) {
      List<Long> keys = new ArrayList<>();
      for (Long key : state.keys()) {
        if (key >>> UNIT_BITS == day) {
          keys.add(key);
        }
      }
      for (long key : keys) {
        state.remove(key);
      }
    }
    progress.remove(day);
  }

  private static long key(long day, long code) {
    return (day << UNIT_BITS) | code;
  }

  private static long bit(int flags, int bit) {
    return (flags & bit) != 0 ? 1 : 0;
  }
}
