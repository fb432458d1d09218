package org.communityprevention.risk.election;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** A polling station (投票点) of a plan: the voters assigned to it, its opening hours and its staggered slots. */
@Value.Immutable
@JsonSerialize(as = ImmutablePollingStation.class)
@JsonDeserialize(as = ImmutablePollingStation.class)
public abstract class PollingStation {
  /** The caller's id of the station. */
  public abstract String id();

  /** Voters assigned to it. */
  public abstract int assignedVoters();

  /** Opening time, Beijing. */
  public abstract LocalTime opens();

  /** Closing time, Beijing; after opening. */
  public abstract LocalTime closes();

  /** The staggered slots, in time order. */
  public abstract List<TimeSlot> slots();

  @Value.Check
  void check() {
    Ids.check("id", id());
    if (assignedVoters() < 0) {
      throw ValidationException.of("assignedVoters", TimeSlot.NEGATIVE, "value", assignedVoters());
    }
    if (!closes().isAfter(opens())) {
      throw ValidationException.of("closes", TimeSlot.ORDER, "start", opens(), "end", closes());
    }
  }

  /** Minutes open. */
  @JsonIgnore
  public long openMinutes() {
    return Duration.between(opens(), closes()).toMinutes();
  }

  /** Builder. */
  public static final class Builder extends ImmutablePollingStation.Builder {}
}
