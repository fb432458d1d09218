package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * Whether a village or community holds its supplies in full (足额配备, §6.4): a line per supply the policy requires,
 * and a reason per shortfall (or one saying all is in full).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSupplyReadiness.class)
@JsonDeserialize(as = ImmutableSupplyReadiness.class)
public abstract class SupplyReadiness {
  /** The unit. */
  public abstract DivisionCode unit();

  /** The day of the count. */
  public abstract LocalDate asOf();

  /** One line per required supply, sorted by supply code. */
  public abstract List<SupplyLine> lines();

  /** Why. */
  public abstract List<Reason> reasons();

  /** The policy that set the requirement. */
  public abstract PolicyRef policy();

  /** Whether nothing is short. */
  @JsonIgnore
  public boolean isInFull() {
    return lines().stream().allMatch(l -> l.shortfall() == 0);
  }

  /** Builds {@link SupplyReadiness}. */
  public static final class Builder extends ImmutableSupplyReadiness.Builder {}
}
