package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One supply of a stock check (物资核查): required, held, and the shortfall ({@code max(0, required - held)}). */
@Value.Immutable
@JsonSerialize(as = ImmutableSupplyLine.class)
@JsonDeserialize(as = ImmutableSupplyLine.class)
public abstract class SupplyLine {
  /** The supply code. */
  @Value.Parameter
  public abstract String supply();

  /** The quantity required (应配). */
  @Value.Parameter
  public abstract long required();

  /** The quantity held (现有). */
  @Value.Parameter
  public abstract long held();

  /** The shortfall (缺口). */
  public long shortfall() {
    return Math.max(0, required() - held());
  }

  /** A line. */
  public static SupplyLine of(String supply, long required, long held) {
    return ImmutableSupplyLine.of(supply, required, held);
  }
}
