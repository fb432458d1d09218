package org.communityprevention.risk.restriction;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The outcome for a planned meeting with the limits that apply. */
@Value.Immutable
@JsonSerialize(as = ImmutableMeetingRuling.class)
@JsonDeserialize(as = ImmutableMeetingRuling.class)
public abstract class MeetingRuling {
  /** The outcome. */
  @Value.Parameter
  public abstract MeetingOutcome outcome();

  /** Largest attendance allowed ({@code activities.meetingMaxParticipants}). */
  @Value.Parameter
  public abstract int maxParticipants();

  /** Longest duration allowed, in minutes ({@code activities.meetingMaxMinutes}). */
  @Value.Parameter
  public abstract int maxMinutes();

  /** A ruling. */
  public static MeetingRuling of(MeetingOutcome outcome, int maxParticipants, int maxMinutes) {
    return ImmutableMeetingRuling.of(outcome, maxParticipants, maxMinutes);
  }
}
