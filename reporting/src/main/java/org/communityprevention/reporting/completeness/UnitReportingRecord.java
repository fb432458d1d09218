package org.communityprevention.reporting.completeness;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * One unit's reporting over a window (单位报送记录): days owed, received, late and missing, its longest run of
 * consecutive missing days, and the run of missing days at the end of the window. A run is broken by a received
 * day or by a day the unit owed nothing.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitReportingRecord.class)
@JsonDeserialize(as = ImmutableUnitReportingRecord.class)
public abstract class UnitReportingRecord {
  /** Reason code: a unit that stopped reporting. */
  public static final String STOPPED = "reporting.completeness.stopped_reporting";
  /** Violation code: counts that do not add up. */
  public static final String INCONSISTENT = "reporting.completeness.record_inconsistent";

  /** The unit. */
  public abstract DivisionCode unit();

  /** The window. */
  public abstract DateWindow window();

  /** Days the unit owed a report (应报天数). */
  public abstract int expectedDays();

  /** Days received (已报天数). */
  public abstract int receivedDays();

  /** Days whose first report came late (迟报天数). */
  public abstract int lateDays();

  /** The longest run of consecutive missing days (最长连续缺报天数). */
  public abstract int longestMissingStreak();

  /** The run of missing days ending on the window's last day (截至期末连续缺报天数). */
  public abstract int trailingMissingStreak();

  /** The last day with a report in the window. */
  public abstract Optional<LocalDate> lastReceived();

  @Value.Check
  void check() {
    if (receivedDays() > expectedDays() || lateDays() > receivedDays() || trailingMissingStreak()
        > longestMissingStreak() || longestMissingStreak() > missingDays() || expectedDays() > window().days()) {
      throw ValidationException.of("", INCONSISTENT);
    }
  }

  /** Days missing (缺报天数). */
  public int missingDays() {
    return expectedDays() - receivedDays();
  }

  /** Whether the unit stopped reporting: at least {@code days} consecutive missing days up to the window's end. */
  public boolean stoppedReporting(int days) {
    return days > 0 && trailingMissingStreak() >= days;
  }

  /** Why the unit counts as having stopped reporting (a finding, clause §1.6). */
  public Reason stoppedReportingReason(int days) {
    return Reason.of(STOPPED, Clause.S1_6).fact("unit", unit()).fact("missingDays", trailingMissingStreak())
        .fact("lastReceived", lastReceived().map(Object::toString).orElse("-"))
        .policy("reporting.stoppedReportingDays", days).build();
  }

  /** Builds a {@link UnitReportingRecord}. */
  public static final class Builder extends ImmutableUnitReportingRecord.Builder {}
}
