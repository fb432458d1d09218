package org.communityprevention.flink.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.Timeliness;

/**
 * Rolls unit-day outcomes up to every division level of a province (逐级汇总), keyed by the two-digit province prefix
 * of the division code: the subtree of every node below a province lives in one key, so each row is computed whole
 * in one place. The counts come from the library's {@link PresenceBuilder} and {@link CompletenessTable} over the
 * register, so expected, missing and zero reports follow the library exactly, and a node where nobody reported still
 * gets its row (all missing).
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
  private static final int CHANGED = 4;
  private static final DivisionLevel[] TOP_DOWN = DivisionLevel.values();

  private final ReportStreamSetup setup;
  private final ReportStreamSettings settings;
  private transient ReportingRules rules;
  private transient UnitRegistry registry;
  private transient MapState<Long, Integer> outcomes;
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
    registry = setup.registry();
    outcomes = getRuntimeContext().getMapState(new MapStateDescriptor<>("outcomes", Types.LONG, Types.INT));
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
    outcomes.put((day << UNIT_BITS) | o.unit(), (o.late() ? LATE : 0) | (o.figures() ? FIGURES : 0) | CHANGED);
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
    int province = ctx.getCurrentKey();
    TreeMap<Long, DayProgress> days = new TreeMap<>();
    for (Map.Entry<Long, DayProgress> e : progress.entries()) {
      days.put(e.getKey(), e.getValue());
    }
    for (Map.Entry<Long, DayProgress> e : days.entrySet()) {
      long day = e.getKey();
      DayProgress p = e.getValue();
      RowStage target = watermark >= ReportStreamSetup.finalAt(rules, settings, day) ? RowStage.FINAL
          : watermark >= ReportStreamSetup.provisionalAt(rules, settings, day) ? RowStage.PROVISIONAL : null;
      if (target != null && (p.stage() == null || (p.stage() == RowStage.PROVISIONAL && target == RowStage.FINAL))) {
        emit(province, day, target, p.version() + 1, false, out);
        progress.put(day, new DayProgress(target, p.version() + 1, false));
      } else if (p.dirty()) {
        emit(province, day, RowStage.CORRECTION, p.version() + 1, true, out);
        progress.put(day, new DayProgress(RowStage.CORRECTION, p.version() + 1, false));
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

  private void emit(int province, long day, RowStage stage, int version, boolean changedOnly,
      Collector<DivisionDayCounts> out) throws Exception {
    LocalDate date = LocalDate.ofEpochDay(day);
    DateWindow window = DateWindow.ofDays(date, 1);
    PresenceBuilder presence = PresenceBuilder.of(registry, window);
    Set<Long> changed = new HashSet<>();
    List<Long> clear = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : outcomes.entries()) {
      if (e.getKey() >>> UNIT_BITS != day) {
        continue;
      }
      int flags = e.getValue();
      DivisionCode unit = DivisionCode.ofLong(e.getKey() & UNIT_MASK);
      presence.record(unit, date, (flags & LATE) != 0 ? Timeliness.LATE : Timeliness.ON_TIME,
          (flags & FIGURES) == 0);
      if ((flags & CHANGED) != 0) {
        clear.add(e.getKey());
        changed.add(unit.asLong());
        for (DivisionCode a : unit.ancestors()) {
          changed.add(a.asLong());
        }
      }
    }
    for (long key : clear) {
      outcomes.put(key, outcomes.get(key) & ~CHANGED);
    }
    CompletenessTable table = presence.build().table(window);
    for (DivisionLevel level : TOP_DOWN) {
      for (NodeCompleteness row : table.rows(level)) {
        long code = row.node().asLong();
        if (code / 10_000_000_000L != province || (changedOnly && !changed.contains(code))) {
          continue;
        }
        CompletenessCounts c = row.counts();
        out.collect(new DivisionDayCounts(code, day, c.expected(), c.received(), c.late(), c.figuresReports(),
            stage, version));
      }
    }
  }

  private void drop(long day) throws Exception {
    List<Long> keys = new ArrayList<>();
    for (Long key : outcomes.keys()) {
      if (key >>> UNIT_BITS == day) {
        keys.add(key);
      }
    }
    for (long key : keys) {
      outcomes.remove(key);
    }
    progress.remove(day);
  }
}
