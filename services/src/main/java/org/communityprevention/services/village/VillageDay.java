package org.communityprevention.services.village;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.area.AreaSituation;
import org.immutables.value.Value;

/** A village or community (村、社区) on a Beijing day, with the situation of its area that day. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableVillageDay.class)
@JsonDeserialize(as = ImmutableVillageDay.class)
public abstract class VillageDay {
  /** The village's or community's 12-digit division code. */
  @Value.Parameter
  public abstract DivisionCode village();

  /** The day. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The situation of its area on the day. */
  @Value.Parameter
  public abstract AreaSituation area();

  /** A village day. */
  public static VillageDay of(DivisionCode village, LocalDate date, AreaSituation area) {
    return ImmutableVillageDay.of(village, date, area);
  }
}
