package org.communityprevention.services.subsidy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** Days a worker served in one area (在岗服务期间), every day of a half-open window. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableDutyPeriod.class)
@JsonDeserialize(as = ImmutableDutyPeriod.class)
public abstract class DutyPeriod {
  /** The area's opaque id, as in its {@link RiskTimeline}. */
  @Value.Parameter
  public abstract String areaId();

  /** The days served, {@code [start, endExclusive)}; never empty. */
  @Value.Parameter
  public abstract DateWindow days();

  @Value.Check
  void check() {
    if (areaId().isBlank() || areaId().length() > RiskTimeline.MAX_ID_LENGTH) {
      throw ValidationException.of("areaId", "services.subsidy.area_id", "max", RiskTimeline.MAX_ID_LENGTH);
    }
    if (days().isEmpty()) {
      throw ValidationException.of("days", "services.subsidy.empty_period");
    }
  }

  /** A period. */
  public static DutyPeriod of(String areaId, DateWindow days) {
    return ImmutableDutyPeriod.of(areaId, days);
  }

  /** One day in an area. */
  public static DutyPeriod day(String areaId, LocalDate date) {
    return of(areaId, DateWindow.ofDays(date, 1));
  }
}
