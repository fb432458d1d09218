package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalTime;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** A staggered voting slot at a polling station (错时投票): Beijing times {@code [start, end)} and the voters booked. */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeSlot.class)
@JsonDeserialize(as = ImmutableTimeSlot.class)
public abstract class TimeSlot {
  /** Violation code: a slot that ends before it starts. */
  public static final String ORDER = "risk.election.slot_order";
  /** Violation code: a negative count. */
  public static final String NEGATIVE = "risk.election.negative";

  /** Start, inclusive. */
  @Value.Parameter
  public abstract LocalTime start();

  /** End, exclusive. */
  @Value.Parameter
  public abstract LocalTime end();

  /** Voters booked into the slot. */
  @Value.Parameter
  public abstract int voters();

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw ValidationException.of("end", ORDER, "start", start(), "end", end());
    }
    if (voters() < 0) {
      throw ValidationException.of("voters", NEGATIVE, "value", voters());
    }
  }

  /** A slot. */
  public static TimeSlot of(LocalTime start, LocalTime end, int voters) {
    return ImmutableTimeSlot.of(start, end, voters);
  }
}
