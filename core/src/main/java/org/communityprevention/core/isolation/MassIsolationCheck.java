package org.communityprevention.core.isolation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.population.IsolationOrder;
import org.immutables.value.Value;

/**
 * What a check of a mass isolation found (大规模集中隔离核查结果): the findings, and for each resident on exactly one
 * trip the centralised isolation order that starts on the day the trip leaves, ready to join the person's facts.
 * Every resident of the order is either in {@link #isolationOrders()} or named in a
 * {@link TransferFindingKind#NOT_ASSIGNED} or {@link TransferFindingKind#ASSIGNED_TWICE} finding.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMassIsolationCheck.class)
@JsonDeserialize(as = ImmutableMassIsolationCheck.class)
public abstract class MassIsolationCheck {
  /** The order checked. */
  public abstract String orderId();

  /** The policy that decided (load factor, households together, ages). */
  public abstract PolicyRef policy();

  /** Residents of the order. */
  public abstract int residents();

  /** Residents registered before their trip left (or at all, for those on no trip). */
  public abstract int registered();

  /** Residents on exactly one trip. */
  public abstract int assigned();

  /** The findings, the order's first, then by kind and subject. */
  public abstract List<TransferFinding> findings();

  /** The centralised isolation order of each resident on exactly one trip, by person id. */
  public abstract Map<String, IsolationOrder> isolationOrders();

  /** Whether nothing was found. */
  public boolean clean() {
    return findings().isEmpty();
  }

  /** Builder. */
  static final class Builder extends ImmutableMassIsolationCheck.Builder {}
}
