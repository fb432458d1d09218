package org.communityprevention.core.isolation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.policy.PopulationPolicy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/** A vehicle for transfers (转运车辆) with its rated seats (核定载客人数), drivers and staff not counted. */
@Value.Immutable
@JsonSerialize(as = ImmutableVehicle.class)
@JsonDeserialize(as = ImmutableVehicle.class)
public abstract class Vehicle {
  /** Violation code: rated seats outside 1 to {@value #MAX_SEATS}. */
  public static final String SEATS = "core.isolation.seats";
  /** The most rated seats accepted (a large coach). */
  public static final int MAX_SEATS = 100;

  /** The vehicle's opaque id. */
  @Value.Parameter
  public abstract String vehicleId();

  /** The rated passenger seats. */
  @Value.Parameter
  public abstract int ratedSeats();

  /** The people one trip may carry: the rated seats times the policy's load factor, rounded down. */
  public int capacity(PopulationPolicy policy) {
    return (int) Math.floor(ratedSeats() * policy.transferLoadFactor() + 1e-9);
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    Ids.check(vehicleId(), "vehicleId", problems);
    if (ratedSeats() < 1 || ratedSeats() > MAX_SEATS) {
      problems.add(Violation.of("ratedSeats", SEATS, "max", MAX_SEATS));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A vehicle. */
  public static Vehicle of(String vehicleId, int ratedSeats) {
    return ImmutableVehicle.of(vehicleId, ratedSeats);
  }
}
