package org.communityprevention.services.subsidy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A worker's subsidy for a claim period (补贴核定, §6.6): every day served in the period, counted once, with its level
 * and yuan; the days per level; the total; why; and the policy that decided.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSubsidyEntitlement.class)
@JsonDeserialize(as = ImmutableSubsidyEntitlement.class)
public abstract class SubsidyEntitlement {
  /** The worker's opaque id. */
  public abstract String workerId();

  /** The claim period, half-open. */
  public abstract DateWindow claimPeriod();

  /** Every day served in the claim period, in date order, each once. */
  public abstract List<SubsidyDay> days();

  /** How many of those days were at each level. */
  public abstract Map<RiskLevel, Integer> daysByLevel();

  /** The total in yuan: the sum of the days' yuan. */
  public abstract long totalYuan();

  /** Why. */
  public abstract List<Reason> reasons();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** How many days earn a subsidy. */
  public long paidDays() {
    return days().stream().filter(d -> d.yuan() > 0).count();
  }

  /** The total as a {@link Decision}. */
  public Decision<Long> toDecision() {
    return Decision.of(totalYuan(), policy(), reasons());
  }

  @Value.Check
  void check() {
    long sum = 0;
    for (int i = 0; i < days().size(); i++) {
      SubsidyDay d = days().get(i);
      sum += d.yuan();
      if (!claimPeriod().contains(d.date())) {
        throw ValidationException.of("days[" + i + "].date", "services.subsidy.outside_claim");
      }
      if (i > 0 && !days().get(i - 1).date().isBefore(d.date())) {
        throw ValidationException.of("days[" + i + "].date", "services.subsidy.days_out_of_order");
      }
    }
    if (sum != totalYuan()) {
      throw ValidationException.of("totalYuan", "services.subsidy.total_mismatch", "sum", sum,
          "total", totalYuan());
    }
    if (reasons().isEmpty()) {
      throw ValidationException.of("reasons", "services.subsidy.no_reason");
    }
  }

  /** Builds a {@link SubsidyEntitlement}. */
  public static final class Builder extends ImmutableSubsidyEntitlement.Builder {}
}
