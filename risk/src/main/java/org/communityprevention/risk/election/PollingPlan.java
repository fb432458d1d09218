package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** A village's plan for polling day under prevention (§4.1, §4.5–§4.7), to check with {@link PollingPlanReview}. */
@Value.Immutable
@JsonSerialize(as = ImmutablePollingPlan.class)
@JsonDeserialize(as = ImmutablePollingPlan.class)
public abstract class PollingPlan {
  /** The village or community. */
  public abstract DivisionCode village();

  /** The election day. */
  public abstract LocalDate electionDay();

  /** Registered voters (登记选民数). */
  public abstract int registeredVoters();

  /** The polling stations. */
  public abstract List<PollingStation> stations();

  /** People planned at the counting site (唱票计票现场). */
  public abstract int countingSitePeople();

  /** How the count is supervised. */
  @Value.NaturalOrder
  public abstract SortedSet<CountingSupervision> countingSupervision();

  /** What will be disinfected. */
  @Value.NaturalOrder
  public abstract SortedSet<DisinfectionTarget> disinfection();

  /** Whether the election staff were trained in prevention (§4.1). */
  public abstract boolean staffTrained();

  /** The election's emergency plan, item by item (§4.1); {@link ElectionEmergencyPlan#none()} where there is none. */
  public abstract ElectionEmergencyPlan emergencyPlan();

  @Value.Check
  void check() {
    if (village().level() != DivisionLevel.VILLAGE) {
      throw ValidationException.of("village", Voter.NOT_VILLAGE, "level", village().level().code(),
          "levelZh", village().level().chinese());
    }
    if (registeredVoters() < 0) {
      throw ValidationException.of("registeredVoters", TimeSlot.NEGATIVE, "value", registeredVoters());
    }
    if (countingSitePeople() < 0) {
      throw ValidationException.of("countingSitePeople", TimeSlot.NEGATIVE, "value", countingSitePeople());
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < stations().size(); i++) {
      if (!ids.add(stations().get(i).id())) {
        throw ValidationException.of("stations[" + i + "].id", Proxies.DUPLICATE_ID);
      }
    }
  }

  /** Builder. */
  public static final class Builder extends ImmutablePollingPlan.Builder {}
}
