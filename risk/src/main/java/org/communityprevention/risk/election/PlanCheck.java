package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.communityprevention.core.decision.Reason;
import org.immutables.value.Value;

/** One check of a polling plan: whether it passes, and its reason (the code names the check, with its clause). */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanCheck.class)
@JsonDeserialize(as = ImmutablePlanCheck.class)
public abstract class PlanCheck {
  /** Whether the plan passes the check. */
  @Value.Parameter
  public abstract boolean passed();

  /** What was checked, with the facts and the policy values used. */
  @Value.Parameter
  public abstract Reason reason();

  /** A check. */
  public static PlanCheck of(boolean passed, Reason reason) {
    return ImmutablePlanCheck.of(passed, reason);
  }
}
