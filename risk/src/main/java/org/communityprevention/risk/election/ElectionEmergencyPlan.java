package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import org.communityprevention.core.policy.ElectionEmergencyItem;
import org.immutables.value.Value;

/**
 * An election's emergency plan (换届选举应急处置预案, §4.1) as the list of items it covers. A plan is checked item by
 * item against {@code activities.electionEmergencyPlanItems}: having "a plan" says nothing of what is in it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableElectionEmergencyPlan.class)
@JsonDeserialize(as = ImmutableElectionEmergencyPlan.class)
public abstract class ElectionEmergencyPlan {
  /** The items the plan covers; empty for no plan. */
  @Value.NaturalOrder
  public abstract SortedSet<ElectionEmergencyItem> items();

  /** The items of {@code required} the plan does not cover, in their order. */
  public Set<ElectionEmergencyItem> missing(Set<ElectionEmergencyItem> required) {
    Set<ElectionEmergencyItem> out = EnumSet.noneOf(ElectionEmergencyItem.class);
    out.addAll(required);
    out.removeAll(items());
    return out;
  }

  /** A plan covering the given items. */
  public static ElectionEmergencyPlan of(ElectionEmergencyItem... items) {
    return ImmutableElectionEmergencyPlan.builder().addItems(items).build();
  }

  /** No plan. */
  public static ElectionEmergencyPlan none() {
    return of();
  }
}
