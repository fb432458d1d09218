package org.communityprevention.core.returnee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * A village's returnee figures of a day (返乡人员日统计), the ones its daily report carries: registered that day,
 * under monitoring, returned but not (or late) registered, and without a valid pre-return test.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReturneeTally.class)
@JsonDeserialize(as = ImmutableReturneeTally.class)
public abstract class ReturneeTally {
  /** The village. */
  public abstract DivisionCode village();

  /** The day. */
  public abstract LocalDate day();

  /** Returnees registered on the day (当日登记). */
  public abstract int registeredToday();

  /** Returnees under health monitoring on the day (在管). */
  public abstract int underMonitoring();

  /** Returnees back by the day without a registration made by their return (未按时登记). */
  public abstract int missingRegistration();

  /** Returnees back by the day without a valid negative pre-return test where the policy asks for one. */
  public abstract int missingTestProof();

  /** Builder. */
  static final class Builder extends ImmutableReturneeTally.Builder {}
}
