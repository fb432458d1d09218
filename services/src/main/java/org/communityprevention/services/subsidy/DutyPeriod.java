package org.communityprevention.services.subsidy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.core.area.LevelHistory;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** Days a worker served in one area (在岗服务期间), every day of a half-open window. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableDutyPeriod.class)
@JsonDeserialize(as = ImmutableDutyPeriod.class)
public abstract class DutyPeriod {
  /** The area, as in its {@link LevelHistory}. */
  @Value.Parameter
  public abstract AreaId area();

  /** The days served, {@code [start, endExclusive)}; never empty. */
  @Value.Parameter
  public abstract DateWindow days();

  @Value.Check
  void check() {
    if (days().isEmpty()) {
      throw ValidationException.of("days", "services.subsidy.empty_period");
    }
  }

  /** A period. */
  public static DutyPeriod of(AreaId area, DateWindow days) {
    return ImmutableDutyPeriod.of(area, days);
  }

  /** One day in an area. */
  public static DutyPeriod day(AreaId area, LocalDate date) {
    return of(area, DateWindow.ofDays(date, 1));
  }
}
