package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A village's plan for the special voting method (专门的投票办法, §4.4): the mobile ballot boxes that go to the voters
 * who are confirmed or suspected cases, in isolation or kept away by prevention. Check it with
 * {@link SpecialVoting#review}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecialVotingPlan.class)
@JsonDeserialize(as = ImmutableSpecialVotingPlan.class)
public abstract class SpecialVotingPlan {
  /** The village or community. */
  public abstract DivisionCode village();

  /** The election day. */
  public abstract LocalDate electionDay();

  /** The mobile ballot boxes. */
  public abstract List<MobileBallotBox> boxes();

  @Value.Check
  void check() {
    if (village().level() != DivisionLevel.VILLAGE) {
      throw ValidationException.of("village", Voter.NOT_VILLAGE, "level", village().level().code(),
          "levelZh", village().level().chinese());
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < boxes().size(); i++) {
      if (!ids.add(boxes().get(i).id())) {
        throw ValidationException.of("boxes[" + i + "].id", Proxies.DUPLICATE_ID);
      }
    }
  }

  /** Builder. */
  public static final class Builder extends ImmutableSpecialVotingPlan.Builder {}
}
