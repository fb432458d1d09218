package org.communityprevention.risk.election;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/** The checks of a polling plan and the verdict (see {@link PollingPlans}). */
@Value.Immutable
@JsonSerialize(as = ImmutablePollingPlanReview.class)
@JsonDeserialize(as = ImmutablePollingPlanReview.class)
public abstract class PollingPlanReview {
  /** The village or community. */
  public abstract DivisionCode village();

  /** The election day. */
  public abstract LocalDate electionDay();

  /** The village's governing level on the election day. */
  public abstract RiskLevel level();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** The verdict. */
  public abstract PlanVerdict verdict();

  /** Every check, in clause order. */
  public abstract List<PlanCheck> checks();

  /** The checks that fail. */
  @JsonIgnore
  public List<PlanCheck> failed() {
    return checks().stream().filter(c -> !c.passed()).collect(Collectors.toList());
  }

  /** The verdict as a decision: its reasons are the failed checks, or every check when the plan is ready. */
  @JsonIgnore
  public Decision<PlanVerdict> decision() {
    List<Reason> reasons = (failed().isEmpty() ? checks() : failed()).stream().map(PlanCheck::reason)
        .collect(Collectors.toList());
    return Decision.of(verdict(), policy(), reasons);
  }

  /** Builder. */
  public static final class Builder extends ImmutablePollingPlanReview.Builder {}
}
