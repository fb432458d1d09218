package org.communityprevention.services.facility;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * How one room operates on a day: open, reduced to a number of people at once, or suspended. A reduced room always
 * has a limit; an open room has none; a suspended room admits nobody.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableRoomRule.class)
@JsonDeserialize(as = ImmutableRoomRule.class)
public abstract class RoomRule {
  /** The room. */
  @Value.Parameter
  public abstract FacilityRoom room();

  /** How it operates. */
  @Value.Parameter
  public abstract RoomStatus status();

  /** Most people at once, for a reduced room. */
  @Value.Parameter
  public abstract Optional<Integer> maxPeople();

  @Value.Check
  void check() {
    if ((status() == RoomStatus.REDUCED) != maxPeople().isPresent()) {
      throw ValidationException.of("maxPeople", "services.facility.room_limit", "status", status());
    }
  }

  /** A room rule. */
  public static RoomRule of(FacilityRoom room, RoomStatus status, Optional<Integer> maxPeople) {
    return ImmutableRoomRule.of(room, status, maxPeople);
  }
}
