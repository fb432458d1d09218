package org.communityprevention.reporting.completeness;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalDouble;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * Report counts of a node over a window (报告完整性统计), in unit-days. They always add up:
 * {@code expected = onTime + late + missing}, {@code received = onTime + late = zeroReports + figuresReports}, and a
 * parent's counts are the sums of its children's. Rates are ratios of these counts, so they lie in [0, 1]; a rate
 * over nothing expected is empty, never 0 % or 100 %.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompletenessCounts.class)
@JsonDeserialize(as = ImmutableCompletenessCounts.class)
public abstract class CompletenessCounts {
  /** Violation code: counts that do not add up. */
  public static final String INCONSISTENT = "reporting.completeness.counts_inconsistent";

  /** Unit-days that owed a report (应报). */
  public abstract long expected();

  /** Unit-days with a report (已报 = 按时 + 迟报). */
  public abstract long received();

  /** Unit-days whose first report came by the deadline (按时). */
  public abstract long onTime();

  /** Unit-days whose first report came after the deadline (迟报). */
  public abstract long late();

  /** Unit-days without a report (缺报). */
  public abstract long missing();

  /** Unit-days whose counting report is a zero report (零报告). */
  public abstract long zeroReports();

  /** Unit-days whose counting report has figures (数据报告). */
  public abstract long figuresReports();

  @Value.Check
  void check() {
    boolean ok = expected() >= 0 && received() >= 0 && onTime() >= 0 && late() >= 0 && missing() >= 0
        && zeroReports() >= 0 && figuresReports() >= 0
        && expected() == onTime() + late() + missing() && received() == onTime() + late()
        && received() == zeroReports() + figuresReports();
    if (!ok) {
      throw ValidationException.of("", INCONSISTENT, "expected", expected(), "received", received(),
          "onTime", onTime(), "late", late(), "missing", missing(), "zeroReports", zeroReports(),
          "figuresReports", figuresReports());
    }
  }

  /** Counts from the four measures the bit columns hold. */
  public static CompletenessCounts of(long expected, long received, long late, long figures) {
    return new Builder().expected(expected).received(received).onTime(received - late)
        .late(late).missing(expected - received).zeroReports(received - figures).figuresReports(figures).build();
  }

  /** No unit-day at all. */
  public static CompletenessCounts none() {
    return of(0, 0, 0, 0);
  }

  /** The sum of two counts. */
  public CompletenessCounts plus(CompletenessCounts o) {
    return of(expected() + o.expected(), received() + o.received(), late() + o.late(),
        figuresReports() + o.figuresReports());
  }

  /** Reporting rate (报告率): received / expected. */
  @JsonIgnore
  public OptionalDouble reportingRate() {
    return ratio(received(), expected());
  }

  /** On-time rate (及时报告率): on time / expected, as DHIS2's "reporting rate on time". */
  @JsonIgnore
  public OptionalDouble onTimeRate() {
    return ratio(onTime(), expected());
  }

  /** Missing rate (缺报率): missing / expected. */
  @JsonIgnore
  public OptionalDouble missingRate() {
    return ratio(missing(), expected());
  }

  /** Share of received reports that came late (迟报占比): late / received. */
  @JsonIgnore
  public OptionalDouble lateShare() {
    return ratio(late(), received());
  }

  /** Share of received reports that are zero reports (零报告占比): zero / received. */
  @JsonIgnore
  public OptionalDouble zeroShare() {
    return ratio(zeroReports(), received());
  }

  private static OptionalDouble ratio(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }

  /** Builds {@link CompletenessCounts}; prefer {@link #of}. */
  public static final class Builder extends ImmutableCompletenessCounts.Builder {}
}
