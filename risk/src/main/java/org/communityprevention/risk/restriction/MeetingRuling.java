package org.communityprevention.risk.restriction;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
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

  /** The legal quorum no limit may push the meeting below, if the law sets one and the members are known. */
  public abstract OptionalInt quorum();

  /**
   * How many groups, each within {@link #maxParticipants()}, the meeting meets in when it must meet in groups
   * ({@link MeetingOutcome#MEET_IN_GROUPS}); 1 otherwise.
   */
  @Value.Default
  public int groups() {
    return 1;
  }

  /** A ruling. */
  public static MeetingRuling of(MeetingOutcome outcome, int maxParticipants, int maxMinutes) {
    return ImmutableMeetingRuling.of(outcome, maxParticipants, maxMinutes);
  }

  /** A ruling with the quorum and the number of groups. */
  public static MeetingRuling of(MeetingOutcome outcome, int maxParticipants, int maxMinutes, OptionalInt quorum,
      int groups) {
    return ImmutableMeetingRuling.builder().outcome(outcome).maxParticipants(maxParticipants).maxMinutes(maxMinutes)
        .quorum(quorum).groups(groups).build();
  }
}
