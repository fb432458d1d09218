package org.communityprevention.risk.election;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/** The check of a special voting plan (§4.4): the voters it must serve and what is wrong with it. */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecialVotingReview.class)
@JsonDeserialize(as = ImmutableSpecialVotingReview.class)
public abstract class SpecialVotingReview {
  /** The village or community. */
  public abstract DivisionCode village();

  /** The election day. */
  public abstract LocalDate electionDay();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** The voters whose method is the special one, by id in order. */
  public abstract List<String> needingSpecialMethod();

  /** What is wrong with the plan; empty when it is ready. */
  public abstract List<Reason> findings();

  /** Whether the plan is ready: no finding. */
  @JsonIgnore
  public boolean ready() {
    return findings().isEmpty();
  }

  /** The verdict as a decision: READY with the ready reason, or NOT_READY with the findings. */
  @JsonIgnore
  public Decision<PlanVerdict> decision() {
    return ready()
        ? Decision.of(PlanVerdict.READY, policy(), Reason.of(SpecialVoting.READY,
            Clause.S4_4).fact("voters", needingSpecialMethod().size()).build())
        : Decision.of(PlanVerdict.NOT_READY, policy(), findings());
  }

  /** Builder. */
  public static final class Builder extends ImmutableSpecialVotingReview.Builder {}
}
