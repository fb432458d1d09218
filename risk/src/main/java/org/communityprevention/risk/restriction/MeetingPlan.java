package org.communityprevention.risk.restriction;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
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

  /**
   * The members of the body whose quorum counts, if known: villagers aged 18 and over for a villagers' meeting (or
   * households, counted the same way), representatives for a representatives' meeting.
   */
  public abstract OptionalInt members();

  @Value.Check
  void check() {
    if (participants() < 1) {
      throw ValidationException.of("participants", NOT_POSITIVE, "value", participants());
    }
    if (minutes() < 1) {
      throw ValidationException.of("minutes", NOT_POSITIVE, "value", minutes());
    }
    if (members().isPresent() && members().getAsInt() < 1) {
      throw ValidationException.of("members", NOT_POSITIVE, "value", members().getAsInt());
    }
  }

  /** A plan. */
  public static MeetingPlan of(MeetingKind kind, int participants, int minutes) {
    return ImmutableMeetingPlan.of(kind, participants, minutes);
  }

  /** A plan of a body with a known number of members, so its quorum can be checked. */
  public static MeetingPlan of(MeetingKind kind, int participants, int minutes, int members) {
    return ImmutableMeetingPlan.builder().kind(kind).participants(participants).minutes(minutes).members(members)
        .build();
  }

  /** The quorum of this meeting, if the law sets one and the members are known. */
  @JsonIgnore
  public OptionalInt quorum() {
    return members().isPresent() ? kind().quorum(members().getAsInt()) : OptionalInt.empty();
  }
}
