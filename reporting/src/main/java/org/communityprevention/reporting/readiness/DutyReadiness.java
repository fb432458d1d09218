package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * Holiday duty of one village or community (节假日值守情况, §1.5, §1.7): the uncovered intervals of the period,
 * whether the duty staff were published to residents in time, and the people on duty the notice leaves out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDutyReadiness.class)
@JsonDeserialize(as = ImmutableDutyReadiness.class)
public abstract class DutyReadiness {
  /** The unit. */
  public abstract DivisionCode unit();

  /** The period checked. */
  public abstract Interval period();

  /** The minutes nobody is on duty, as intervals in order. */
  public abstract List<Interval> uncovered();

  /** Whether a notice was published by the start of the period. */
  public abstract boolean publishedInTime();

  /** How many people on duty in the period the notice does not list. */
  public abstract int personsNotPublished();

  /** Why: one reason per finding, or one saying all is in order. */
  public abstract List<Reason> reasons();

  /** Total uncovered minutes. */
  public long uncoveredMinutes() {
    return uncovered().stream().mapToLong(Interval::minutes).sum();
  }

  /** Whether someone is on duty at every minute and every person on duty was published in time. */
  @JsonIgnore
  public boolean isReady() {
    return uncovered().isEmpty() && publishedInTime() && personsNotPublished() == 0;
  }

  /** Builds {@link DutyReadiness}. */
  public static final class Builder extends ImmutableDutyReadiness.Builder {}
}
