package org.communityprevention.risk.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * One step of the incremental fold: the new state and what happened on the way, the transitions (a step down may
 * fall on a day without facts, so a step over several days may hold several) and the findings.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdvance.class)
@JsonDeserialize(as = ImmutableAdvance.class)
public abstract class Advance {
  /** The state after the last day folded. */
  public abstract TimelineState state();

  /** Transitions on the days folded, by date. */
  public abstract List<LevelTransition> transitions();

  /** Findings on the days folded, by date. */
  public abstract List<DesignationFinding> findings();

  static Advance of(TimelineState state, List<LevelTransition> transitions, List<DesignationFinding> findings) {
    return ImmutableAdvance.builder().state(state).addAllTransitions(transitions).addAllFindings(findings).build();
  }
}
