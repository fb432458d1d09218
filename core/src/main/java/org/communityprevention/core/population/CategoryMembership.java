package org.communityprevention.core.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.PhaseKind;
import org.immutables.value.Value;

/**
 * One category a person is in on the as-of date, as the rules decided it (自动认定), with its window, the management
 * plan the policy prescribes, where the person stands in it and why.
 *
 * <p>The window is half-open, {@code [start, until)}: {@code start} is the day the count starts (last exposure,
 * leaving the risk area, entry, return, discharge, order start, delivery, or the birthday from which an age rule
 * holds) and {@code until} the first day after it; it is open-ended ({@code until} empty) for a status with no known
 * end. A category with a management plan holds exactly on {@code [start, start + plan.totalDays())}. Day numbers are
 * 1-based: the window's first day is day 1.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCategoryMembership.class)
@JsonDeserialize(as = ImmutableCategoryMembership.class)
public abstract class CategoryMembership {
  /** The category. */
  public abstract Category category();

  /** First day of the window. */
  public abstract LocalDate start();

  /** First day after the window; empty while open-ended. */
  public abstract Optional<LocalDate> until();

  /** The management plan the policy prescribes; empty for a category that is surveyed, visited or served. */
  public abstract Optional<ManagementPlan> plan();

  /** Day of the window on the as-of date, 1-based. */
  public abstract int dayNumber();

  /** The phase of the plan on the as-of date. */
  public abstract Optional<PhaseKind> phase();

  /** Day of the current phase on the as-of date, 1-based. */
  public abstract Optional<Integer> dayOfPhase();

  /** Every test day of the plan, as dates within the window, in order. */
  public abstract List<LocalDate> testDates();

  /** For periodic testing (cold-chain work), the interval in days between tests. */
  public abstract Optional<Integer> testIntervalDays();

  /** Whether a test is due on the as-of date (for periodic testing: due or overdue). */
  public abstract boolean testDueToday();

  /** The next dated action, on or after the as-of date. */
  public abstract Optional<NextAction> nextAction();

  /** Why the person is in the category, with the clauses, facts and policy values used. */
  public abstract List<Reason> reasons();

  /** The last day of the window, if it has an end. */
  public Optional<LocalDate> lastDay() {
    return until().map(d -> d.minusDays(1));
  }

  /** Whether the window contains a day. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && until().map(day::isBefore).orElse(true);
  }

  /** Builds a {@link CategoryMembership}. */
  public static final class Builder extends ImmutableCategoryMembership.Builder {}
}
