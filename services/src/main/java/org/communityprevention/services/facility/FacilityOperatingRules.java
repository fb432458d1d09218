package org.communityprevention.services.facility;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.area.AreaSituation;
import org.immutables.value.Value;

/**
 * How a community service facility operates in an area on a day (设施运营规则, §5.5): whether prevention restrictions
 * apply, the measures to take, the most people allowed in at once, each room's status, why, and the policy that
 * decided.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableFacilityOperatingRules.class)
@JsonDeserialize(as = ImmutableFacilityOperatingRules.class)
public abstract class FacilityOperatingRules {
  /** The facility's opaque id. */
  public abstract String facilityId();

  /** The day. */
  public abstract LocalDate date();

  /** The area's situation on the day. */
  public abstract AreaSituation area();

  /** Whether the §5.5 restrictions apply. */
  public abstract boolean restricted();

  /** The measures to take, in enum order; empty when not restricted. */
  public abstract Set<FacilityMeasure> measures();

  /** Most people in the facility at once, where flow is limited. */
  public abstract Optional<Integer> maxPeople();

  /** Each room's status, in room order. */
  public abstract List<RoomRule> rooms();

  /** Why. */
  public abstract List<Reason> reasons();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** The room rule of a room, if the facility has it. */
  public Optional<RoomRule> room(FacilityRoom room) {
    return rooms().stream().filter(r -> r.room() == room).findFirst();
  }

  /** The measures as a {@link Decision} with every reason. */
  public Decision<Set<FacilityMeasure>> toDecision() {
    return Decision.of(measures(), policy(), reasons());
  }

  /** Builds {@link FacilityOperatingRules}. */
  public static final class Builder extends ImmutableFacilityOperatingRules.Builder {}
}
