package org.communityprevention.flink.reporting;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.communityprevention.core.validation.ValidationException;

/**
 * How the report stream treats time (流处理时间参数). These are engine settings, not rules: the rules (deadline,
 * grace minutes, late-acceptance days) come from the policy through {@code ReportingRules}.
 *
 * <ul>
 *   <li>{@code outOfOrderness}: how far behind the latest filing instant seen a report may still arrive before the
 *       watermark passes it (the watermark lags the largest event time by this much).
 *   <li>{@code allowedLateness} (宽限期): how long after a day's close the stream waits before it emits that day's
 *       rows. The provisional rows of day D are emitted when the watermark passes the on-time limit of D (deadline
 *       plus the policy's grace minutes) plus this; the final rows when it passes the end of the late-acceptance
 *       days of D plus this. A report that arrives after that is still counted: the day's rows are emitted again as
 *       a {@link RowStage#CORRECTION} and the report is listed on the late-arrival output. Nothing is dropped.
 *   <li>{@code stateRetention}: how long after the late-acceptance days of D its state is kept (at least the
 *       allowed lateness). A report arriving later still can no longer be checked against the day's earlier
 *       reports; it goes to the late-arrival output marked {@link LateArrival.Kind#AFTER_RETENTION}, not into the
 *       counts.
 *   <li>{@code idleness}: a source partition silent this long no longer holds the watermark back.
 *   <li>{@code firstDay} and {@code lastDay} (optional): the days the roll-up emits rows for, with or without
 *       reports; without a last day, days are emitted as long as the watermark advances.
 * </ul>
 *
 * @param outOfOrderness the watermark lag behind the largest filing instant seen
 * @param allowedLateness the grace after a day's close before its rows are emitted
 * @param stateRetention how long a day's state is kept after its late-acceptance days
 * @param idleness after how long a silent source partition stops holding the watermark back
 * @param firstDay the first reporting day to emit rows for
 * @param lastDay the last reporting day to emit rows for, or null for an open-ended stream
 */
public record ReportStreamSettings(Duration outOfOrderness, Duration allowedLateness, Duration stateRetention,
    Duration idleness, LocalDate firstDay, LocalDate lastDay) implements Serializable {
  /** Violation code: a negative duration, or a retention shorter than the allowed lateness. */
  public static final String INVALID = "flink.reporting.settings_invalid";

  /** Settings; checks that durations are not negative and the retention covers the allowed lateness. */
  public ReportStreamSettings {
    Objects.requireNonNull(firstDay, "firstDay");
    if (outOfOrderness.isNegative() || allowedLateness.isNegative() || idleness.isNegative()
        || stateRetention.compareTo(allowedLateness) < 0) {
      throw ValidationException.of("stateRetention", INVALID, "allowedLateness", allowedLateness,
          "stateRetention", stateRetention);
    }
    if (lastDay != null && lastDay.isBefore(firstDay)) {
      throw ValidationException.of("lastDay", INVALID, "firstDay", firstDay, "lastDay", lastDay);
    }
  }

  /**
   * Settings for an open-ended stream from a first day: the given out-of-orderness and allowed lateness, state
   * kept 30 days past the late-acceptance days, sources idle after 5 minutes.
   */
  public static ReportStreamSettings from(LocalDate firstDay, Duration outOfOrderness, Duration allowedLateness) {
    Duration retention = Duration.ofDays(30).compareTo(allowedLateness) < 0 ? allowedLateness : Duration.ofDays(30);
    return new ReportStreamSettings(outOfOrderness, allowedLateness, retention, Duration.ofMinutes(5), firstDay,
        null);
  }

  /** The same settings with a last day to emit rows for (a bounded run, a backfill). */
  public ReportStreamSettings until(LocalDate last) {
    return new ReportStreamSettings(outOfOrderness, allowedLateness, stateRetention, idleness, firstDay, last);
  }

  /** The same settings with another state retention. */
  public ReportStreamSettings retainingStateFor(Duration retention) {
    return new ReportStreamSettings(outOfOrderness, allowedLateness, retention, idleness, firstDay, lastDay);
  }
}
