package org.communityprevention.risk.designation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.communityprevention.core.area.AreaId;
import org.immutables.value.Value;

/**
 * A round of NAT screening of a designated area on a Beijing day (区域全员核酸筛查): whether everyone in the area
 * completed it and whether every result was negative. Where the policy says so ({@code
 * risk.downgradeRequiresScreening}, 9th edition), a step down after clean days needs a round that
 * {@linkplain #qualifies() qualifies} on the last clean day of the stage or later; a round that does not qualify
 * counts as none (a positive result is an infection, which the case reports carry).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScreeningRound.class)
@JsonDeserialize(as = ImmutableScreeningRound.class)
public abstract class ScreeningRound {
  /** The area screened, exactly as designated. */
  @Value.Parameter
  public abstract AreaId area();

  /** The Beijing day of the round. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Whether everyone in the area completed the round (所有人员完成一轮核酸筛查). */
  @Value.Parameter
  public abstract boolean complete();

  /** Whether every result was negative (均为阴性). */
  @Value.Parameter
  public abstract boolean allNegative();

  /** Whether the round meets the downgrade condition: complete and all negative. */
  @JsonIgnore
  public boolean qualifies() {
    return complete() && allNegative();
  }

  /** A round. */
  public static ScreeningRound of(AreaId area, LocalDate date, boolean complete, boolean allNegative) {
    return ImmutableScreeningRound.of(area, date, complete, allNegative);
  }

  /** A completed round of the whole area, all negative. */
  public static ScreeningRound negative(AreaId area, LocalDate date) {
    return of(area, date, true, true);
  }
}
