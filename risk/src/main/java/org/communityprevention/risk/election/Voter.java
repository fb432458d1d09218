package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** A person on a village's voter roll (选民名单), by the caller's opaque id. */
@Value.Immutable
@JsonSerialize(as = ImmutableVoter.class)
@JsonDeserialize(as = ImmutableVoter.class)
public abstract class Voter {
  /** Violation code: the village is not a village-level division. */
  public static final String NOT_VILLAGE = "risk.election.not_village";

  /** The caller's id of the person. */
  public abstract String voterId();

  /** The village or community whose roll the voter is on. */
  public abstract DivisionCode village();

  /** Whether the voter is registered with voting rights (已登记、有选举权). */
  public abstract boolean votingRights();

  /** Why the voter may be unable to vote in person. */
  @Value.Default
  public VoterCondition condition() {
    return VoterCondition.NONE;
  }

  @Value.Check
  void check() {
    Ids.check("voterId", voterId());
    if (village().level() != DivisionLevel.VILLAGE) {
      throw ValidationException.of("village", NOT_VILLAGE, "level", village().level().code(),
          "levelZh", village().level().chinese());
    }
  }

  /** A voter. */
  public static Voter of(String voterId, DivisionCode village, boolean votingRights, VoterCondition condition) {
    return ImmutableVoter.builder().voterId(voterId).village(village).votingRights(votingRights)
        .condition(condition).build();
  }
}
