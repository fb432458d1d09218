package org.communityprevention.core.isolation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * One vehicle trip (转运车次) from the ordered area to an isolation site: the vehicle, when it leaves, the site and
 * the people it carries. The centralised isolation of its passengers starts on the Beijing date it leaves.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrip.class)
@JsonDeserialize(as = ImmutableTrip.class)
public abstract class Trip {
  /** The trip's opaque id. */
  public abstract String tripId();

  /** The vehicle's id. */
  public abstract String vehicleId();

  /** When the vehicle leaves. */
  public abstract Instant departsAt();

  /** The isolation site's opaque id. */
  public abstract String siteId();

  /** The passengers' person ids, in seating order. */
  public abstract List<String> passengers();

  /** The Beijing date the trip leaves: the first day of its passengers' centralised isolation. */
  public LocalDate day() {
    return BeijingTime.dateOf(departsAt());
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    Ids.check(tripId(), "tripId", problems);
    Ids.check(vehicleId(), "vehicleId", problems);
    Ids.check(siteId(), "siteId", problems);
    for (int i = 0; i < passengers().size(); i++) {
      Ids.check(passengers().get(i), "passengers[" + i + "]", problems);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Builder. */
  public static final class Builder extends ImmutableTrip.Builder {}
}
