package org.communityprevention.core.returnee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.time.DateWindow;
import org.immutables.value.Value;

/**
 * A returnee as the village sees them on a day (返乡人员状态): whether the returnee rule covers them, the category
 * and monitoring window that apply (a medium- or high-risk origin's arrival rule takes precedence over the returnee
 * rule), and what is wrong, each with reasons.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReturneeStatus.class)
@JsonDeserialize(as = ImmutableReturneeStatus.class)
public abstract class ReturneeStatus {
  /** The person's id. */
  public abstract String personId();

  /** The day the status is for. */
  public abstract LocalDate day();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** Whether the return falls under the returnee rule (the policy's holiday window, to a rural area). */
  public abstract boolean inScope();

  /** The category the arrival puts the person in, if any: the returnee's, or an arrival's from a risk area. */
  public abstract Optional<Category> category();

  /**
   * The monitoring window, half-open: from the actual return day (from leaving the origin for a risk-area arrival)
   * for the plan's days, ending early on the day the person leaves the village again.
   */
  public abstract Optional<DateWindow> monitoring();

  /** The findings known on the day. */
  public abstract List<ReturneeFinding> findings();

  /** Why the person is or is not covered and how long they are monitored. */
  public abstract List<Reason> reasons();

  /** Whether the person is under monitoring on the day. */
  public boolean monitoredOnDay() {
    return monitoring().map(w -> w.contains(day())).orElse(false);
  }

  /** Whether a finding of a kind is among the findings. */
  public boolean has(ReturneeFindingKind kind) {
    return findings().stream().anyMatch(f -> f.kind() == kind);
  }

  /** Builder. */
  static final class Builder extends ImmutableReturneeStatus.Builder {}
}
