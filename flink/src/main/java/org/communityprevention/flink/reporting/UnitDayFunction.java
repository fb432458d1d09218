package org.communityprevention.flink.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.flink.lines.RejectedLine;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.SubmissionOutcome;
import org.communityprevention.reporting.report.Timeliness;
import org.communityprevention.reporting.report.UnitDayReports;
import org.communityprevention.reporting.signal.ConcealmentChecks;
import org.communityprevention.reporting.signal.ConcealmentSignal;
import org.communityprevention.reporting.signal.UnitDayEvidence;
import org.communityprevention.reporting.signal.UnitDayFacts;

/**
 * The unit-keyed heart of the report stream (按单位分区的报送状态): for each unit, its reports and facts per day in
 * Flink keyed state, so they survive a restart from a checkpoint or savepoint.
 *
 * <p>Each report is checked by a {@link ReportLedger} holding that unit-day's earlier reports, so refusals
 * (unknown, retired or not-owing unit, too late), duplicates, revisions and timeliness from the first filing follow
 * the library exactly; refusals go to {@link ReportStreamTags#REJECTED}. When the unit-day's outcome (late or on
 * time, zero report or figures) changes, it is emitted for the roll-up. Once a day's on-time limit plus the allowed
 * lateness has passed (event time), its {@link ConcealmentChecks} are judged and the signals go to
 * {@link ReportStreamTags#SIGNALS}; a later report or fact judges that day and the later ones again and emits what
 * changed. Reports reaching the stream after their day's final rows go to {@link ReportStreamTags#LATE} as well.
 */
public final class UnitDayFunction extends KeyedCoProcessFunction<Long, ReportEvent, FactsEvent, UnitDayOutcome> {
  /** Violation code: facts for a day whose state was already dropped. */
  public static final String FACTS_AFTER_RETENTION = "flink.reporting.facts_after_retention";

  private static final long serialVersionUID = 1L;

  private final ReportStreamSetup setup;
  private final ReportStreamSettings settings;
  private transient ReportingRules rules;
  private transient UnitRegistry registry;
  private transient MapState<Long, UnitDayRecord> days;
  private transient ValueState<ReportEvent> olderFigures;

  /** The function for a setup and settings. */
  public UnitDayFunction(ReportStreamSetup setup, ReportStreamSettings settings) {
    this.setup = setup;
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    rules = setup.rules();
    registry = setup.registry();
    days = getRuntimeContext().getMapState(new MapStateDescriptor<>("unit-days", Types.LONG,
        TypeInformation.of(UnitDayRecord.class)));
    // The winning figures of the latest dropped day with figures: the cumulative check still sees them.
    olderFigures = getRuntimeContext().getState(new ValueStateDescriptor<>("older-figures",
        TypeInformation.of(ReportEvent.class)));
  }

  @Override
  public void processElement1(ReportEvent e, Context ctx, Collector<UnitDayOutcome> out) throws Exception {
    long day = e.epochDay();
    long watermark = ctx.timerService().currentWatermark();
    UnitDayRecord stored = days.get(day);
    UnitDayRecord rec = stored == null ? UnitDayRecord.empty() : stored;
    ReportLedger ledger = ledgerOf(rec);
    DailyReport report = e.toReport();
    SubmissionOutcome outcome;
    try {
      outcome = ledger.submit(report);
    } catch (ValidationException refused) {
      ctx.output(ReportStreamTags.REJECTED, RejectedLine.of(e.source(), e.line(), refused.violations()));
      return;
    }
    if (stored == null && watermark >= ReportStreamSetup.dropAt(rules, settings, day)) {
      ctx.output(ReportStreamTags.LATE, late(LateArrival.Kind.AFTER_RETENTION, e, watermark));
      return;
    }
    if (outcome == SubmissionOutcome.DUPLICATE) {
      return;
    }
    if (stored == null) {
      registerTimers(ctx.timerService(), day);
    }
    rec = rec.withReports(events(ledger.unitDay(report.unit(), report.day())
        .map(UnitDayReports::submissions).orElse(List.of()), rec, e),
        events(ledger.urgentReports(report.unit(), report.day()), rec, e));
    if (!report.urgent()) {
      int now = outcomeOf(ledger.unitDay(report.unit(), report.day()).orElseThrow());
      if (now != rec.outcome()) {
        out.collect(UnitDayOutcome.of(e.unit(), day, (now & 1) != 0, (now & 2) != 0));
        rec = rec.withOutcome(now);
      }
    }
    if (watermark >= ReportStreamSetup.finalAt(rules, settings, day)) {
      ctx.output(ReportStreamTags.LATE, late(LateArrival.Kind.COUNTED, e, watermark));
    }
    days.put(day, rec);
    judgeAgain(ctx.getCurrentKey(), day, ctx);
  }

  @Override
  public void processElement2(FactsEvent f, Context ctx, Collector<UnitDayOutcome> out) throws Exception {
    long day = f.epochDay();
    UnitDayRecord stored = days.get(day);
    if (stored == null && ctx.timerService().currentWatermark() >= ReportStreamSetup.dropAt(rules, settings, day)) {
      ctx.output(ReportStreamTags.REJECTED, RejectedLine.of(f.source(), f.line(), ValidationException.of("day",
          FACTS_AFTER_RETENTION, "day", LocalDate.ofEpochDay(day)).violations()));
      return;
    }
    if (stored == null) {
      registerTimers(ctx.timerService(), day);
    }
    days.put(day, (stored == null ? UnitDayRecord.empty() : stored).withFacts(f));
    judgeAgain(ctx.getCurrentKey(), day, ctx);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<UnitDayOutcome> out) throws Exception {
    long unit = ctx.getCurrentKey();
    TreeMap<Long, UnitDayRecord> all = snapshot();
    for (Map.Entry<Long, UnitDayRecord> d : all.entrySet()) {
      if (!d.getValue().judged() && ReportStreamSetup.provisionalAt(rules, settings, d.getKey()) <= timestamp) {
        UnitDayRecord judged = judge(unit, d.getKey(), d.getValue(), all, ctx);
        d.setValue(judged);
        days.put(d.getKey(), judged);
      }
    }
    for (Map.Entry<Long, UnitDayRecord> d : all.entrySet()) {
      if (ReportStreamSetup.dropAt(rules, settings, d.getKey()) <= timestamp) {
        ReportEvent[] routine = d.getValue().routine();
        if (routine.length > 0 && routine[routine.length - 1].counts().length > 0) {
          ReportEvent older = olderFigures.value();
          if (older == null || older.epochDay() < d.getKey()) {
            olderFigures.update(routine[routine.length - 1]);
          }
        }
        days.remove(d.getKey());
      }
    }
  }

  private void registerTimers(TimerService timers, long day) {
    timers.registerEventTimeTimer(ReportStreamSetup.provisionalAt(rules, settings, day));
    timers.registerEventTimeTimer(ReportStreamSetup.dropAt(rules, settings, day));
  }

  /** Judges again the judged days from {@code day} on: a change can alter their evidence (the cumulative check). */
  private void judgeAgain(long unit, long day, Context ctx) throws Exception {
    TreeMap<Long, UnitDayRecord> all = snapshot();
    for (Map.Entry<Long, UnitDayRecord> d : all.tailMap(day, true).entrySet()) {
      if (d.getValue().judged()) {
        UnitDayRecord judged = judge(unit, d.getKey(), d.getValue(), all, ctx);
        d.setValue(judged);
        days.put(d.getKey(), judged);
      }
    }
  }

  private UnitDayRecord judge(long unit, long epochDay, UnitDayRecord rec, TreeMap<Long, UnitDayRecord> all,
      KeyedCoProcessFunction<Long, ReportEvent, FactsEvent, UnitDayOutcome>.Context ctx) throws Exception {
    DivisionCode code = DivisionCode.ofLong(unit);
    LocalDate day = LocalDate.ofEpochDay(epochDay);
    ReportLedger ledger = ledgerOf(rec);
    ReportEvent previous = null;
    for (UnitDayRecord earlier : all.headMap(epochDay, false).descendingMap().values()) {
      ReportEvent[] r = earlier.routine();
      if (r.length > 0 && r[r.length - 1].counts().length > 0) {
        previous = r[r.length - 1];
        break;
      }
    }
    if (previous == null) {
      ReportEvent older = olderFigures.value();
      previous = older != null && older.epochDay() < epochDay ? older : null;
    }
    Optional<UnitDayFacts> facts = rec.facts() == null ? Optional.empty() : Optional.of(rec.facts().toFacts());
    UnitDayEvidence evidence = new UnitDayEvidence(code, day, registry.isExpected(code, day),
        ledger.unitDay(code, day), ledger.urgentReports(code, day), facts,
        previous == null ? Optional.empty() : Optional.of(previous.figures()),
        previous == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(previous.epochDay())));
    int mask = ConcealmentChecks.mask(evidence);
    if (mask == rec.signalMask()) {
      return rec.withSignals(mask, rec.signalVersion());
    }
    List<ConcealmentSignal> signals = ConcealmentChecks.signals(evidence);
    String[] json = new String[signals.size()];
    for (int i = 0; i < json.length; i++) {
      json[i] = Json.write(signals.get(i));
    }
    ctx.output(ReportStreamTags.SIGNALS, new UnitDaySignals(unit, epochDay, mask, rec.signalVersion() + 1, json));
    return rec.withSignals(mask, rec.signalVersion() + 1);
  }

  private TreeMap<Long, UnitDayRecord> snapshot() throws Exception {
    TreeMap<Long, UnitDayRecord> all = new TreeMap<>();
    for (Map.Entry<Long, UnitDayRecord> d : days.entries()) {
      all.put(d.getKey(), d.getValue());
    }
    return all;
  }

  /** A ledger holding a unit-day's accepted reports: the library decides what a new one does. */
  private ReportLedger ledgerOf(UnitDayRecord rec) {
    ReportLedger ledger = ReportLedger.of(rules, registry);
    for (ReportEvent r : rec.routine()) {
      ledger.submit(r.toReport());
    }
    for (ReportEvent r : rec.urgent()) {
      ledger.submit(r.toReport());
    }
    return ledger;
  }

  /** The events of the ledger's reports, keeping the line each was first seen on. */
  private static ReportEvent[] events(List<DailyReport> reports, UnitDayRecord rec, ReportEvent added) {
    Map<DailyReport, ReportEvent> known = new HashMap<>();
    for (ReportEvent r : rec.routine()) {
      known.put(r.toReport(), r);
    }
    for (ReportEvent r : rec.urgent()) {
      known.put(r.toReport(), r);
    }
    known.putIfAbsent(added.toReport(), added);
    List<ReportEvent> out = new ArrayList<>(reports.size());
    for (DailyReport r : reports) {
      out.add(known.get(r));
    }
    return out.toArray(new ReportEvent[0]);
  }

  private static int outcomeOf(UnitDayReports u) {
    return (u.timeliness() == Timeliness.LATE ? 1 : 0) | (u.isZeroReport() ? 0 : 2);
  }

  private static LateArrival late(LateArrival.Kind kind, ReportEvent e, long watermark) {
    return new LateArrival(kind, e.source(), e.line(), e.unit(), e.epochDay(), e.filedAt().toEpochMilli(),
        watermark);
  }
}
