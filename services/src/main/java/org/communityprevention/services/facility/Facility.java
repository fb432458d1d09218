package org.communityprevention.services.facility;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * A community service facility (城乡社区综合服务设施): its opaque id, how many people it holds at once, and its rooms
 * with how many people each holds at once.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableFacility.class)
@JsonDeserialize(as = ImmutableFacility.class)
public abstract class Facility {
  /** The longest facility id accepted, in characters. */
  public static final int MAX_ID_LENGTH = 64;

  /** The facility's opaque id. */
  public abstract String facilityId();

  /** How many people the facility holds at once; at least 1. */
  public abstract int capacity();

  /** The rooms and how many people each holds at once; each at least 1. */
  public abstract Map<FacilityRoom, Integer> rooms();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (facilityId().isBlank() || facilityId().length() > MAX_ID_LENGTH) {
      problems.add(Violation.of("facilityId", "services.facility.facility_id", "max", MAX_ID_LENGTH));
    }
    if (capacity() < 1) {
      problems.add(Violation.of("capacity", "services.facility.capacity", "capacity", capacity()));
    }
    rooms().forEach((room, capacity) -> {
      if (capacity < 1) {
        problems.add(Violation.of("rooms." + room.name(), "services.facility.capacity", "capacity", capacity));
      }
    });
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A facility with rooms. */
  public static Facility of(String facilityId, int capacity, Map<FacilityRoom, Integer> rooms) {
    return ImmutableFacility.builder().facilityId(facilityId).capacity(capacity).putAllRooms(rooms).build();
  }
}
