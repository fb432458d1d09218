package org.communityprevention.core.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An isolation medical observation order (隔离医学观察): at home (§2.4) or in a centralised site (§2.5), from its
 * first day. Its length and test days come from the policy ({@code population.homeIsolationOrder},
 * {@code population.centralisedIsolationOrder}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIsolationOrder.class)
@JsonDeserialize(as = ImmutableIsolationOrder.class)
public abstract class IsolationOrder {
  /** Home or centralised. */
  @Value.Parameter
  public abstract IsolationKind kind();

  /** First day of the isolation. */
  @Value.Parameter
  public abstract LocalDate startOn();

  /** An order. */
  public static IsolationOrder of(IsolationKind kind, LocalDate startOn) {
    return ImmutableIsolationOrder.of(kind, startOn);
  }
}
