package org.communityprevention.reporting.visit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * Patrol and visit coverage of one village or community on a day (巡逻走访覆盖情况, §1.5): how many of its households
 * and grids were covered within the interval its risk level asks for, and which are overdue, households first, each
 * in id order.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVisitCoverage.class)
@JsonDeserialize(as = ImmutableVisitCoverage.class)
public abstract class VisitCoverage {
  /** The unit. */
  public abstract DivisionCode unit();

  /** The day checked. */
  public abstract LocalDate day();

  /** The unit's risk level on the day, which sets the interval. */
  public abstract RiskLevel level();

  /** The interval in days: a target covered on one of the last this many days, the day itself included, is current. */
  public abstract int intervalDays();

  /** Households listed. */
  public abstract int households();

  /** Grids listed. */
  public abstract int grids();

  /** Households and grids covered within the interval. */
  public abstract int covered();

  /** The households and grids not covered within the interval. */
  public abstract List<OverdueVisit> overdue();

  /** Visits in the window to households or grids not listed (to check the lists). */
  public abstract int visitsToUnknownTargets();

  /** Whether every household and grid is current. */
  @JsonIgnore
  public boolean isComplete() {
    return overdue().isEmpty();
  }

  static ImmutableVisitCoverage.Builder builder() {
    return ImmutableVisitCoverage.builder();
  }
}
