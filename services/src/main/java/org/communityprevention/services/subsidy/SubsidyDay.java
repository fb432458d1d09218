package org.communityprevention.services.subsidy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * One day a worker served, as the subsidy counts it: the area with the highest level that day, the level, and the
 * yuan it earns ({@code services.workerSubsidyYuanPerDay}; 0 at a level the policy does not pay).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSubsidyDay.class)
@JsonDeserialize(as = ImmutableSubsidyDay.class)
public abstract class SubsidyDay {
  /** The day. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The area counted (the highest level of the areas served that day; the smallest id among equals). */
  @Value.Parameter
  public abstract AreaId area();

  /** The area's level that day. */
  @Value.Parameter
  public abstract RiskLevel level();

  /** The yuan the day earns. */
  @Value.Parameter
  public abstract int yuan();

  @Value.Check
  void check() {
    if (yuan() < 0) {
      throw ValidationException.of("yuan", "services.subsidy.negative_rate", "level", level());
    }
  }

  /** A day. */
  public static SubsidyDay of(LocalDate date, AreaId area, RiskLevel level, int yuan) {
    return ImmutableSubsidyDay.of(date, area, level, yuan);
  }
}
