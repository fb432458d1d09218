package org.communityprevention.core.returnee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.ManagementPlan;
import org.immutables.value.Value;

/**
 * One problem with a returnee's arrival: its kind, the reason with clause §2.3, and the management the policy names
 * for it where it names one (the plan of a yellow or red health code).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReturneeFinding.class)
@JsonDeserialize(as = ImmutableReturneeFinding.class)
public abstract class ReturneeFinding {
  /** What is wrong. */
  public abstract ReturneeFindingKind kind();

  /** Why, with its clause. */
  public abstract Reason reason();

  /** The management the policy names for it, if any. */
  public abstract Optional<ManagementPlan> action();

  /** Builder. */
  static final class Builder extends ImmutableReturneeFinding.Builder {}
}
