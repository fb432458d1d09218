package org.communityprevention.risk.restriction;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** A planned meeting: its kind, how many attend and for how long. */
@Value.Immutable
@JsonSerialize(as = ImmutableMeetingPlan.class)
@JsonDeserialize(as = ImmutableMeetingPlan.class)
public abstract class MeetingPlan {
  /** Violation code: fewer than one participant or minute. */
  public static final String NOT_POSITIVE = "risk.restriction.not_positive";

  /** The kind of meeting. */
  @Value.Parameter
  public abstract MeetingKind kind();

  /** Expected participants; at least 1. */
  @Value.Parameter
  public abstract int participants();

  /** Planned duration in minutes; at least 1. */
  @Value.Parameter
  public abstract int minutes();

  @Value.Check
  void check() {
    if (participants() < 1) {
      throw ValidationException.of("participants", NOT_POSITIVE, "value", participants());
    }
    if (minutes() < 1) {
      throw ValidationException.of("minutes", NOT_POSITIVE, "value", minutes());
    }
  }

  /** A plan. */
  public static MeetingPlan of(MeetingKind kind, int participants, int minutes) {
    return ImmutableMeetingPlan.of(kind, participants, minutes);
  }
}
