package org.communityprevention.reporting.team;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * A member of a prevention team in one role over a window of days {@code [start, endExclusive)}. The member is an
 * opaque staff id; an id shaped like an identity or phone number is refused, so that no personal data enters a team
 * list, a finding or a log.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTeamMember.class)
@JsonDeserialize(as = ImmutableTeamMember.class)
public abstract class TeamMember {
  /** The member's opaque staff id. */
  public abstract String memberId();

  /** The role. */
  public abstract TeamRole role();

  /** The days the member serves in the role. */
  public abstract DateWindow serving();

  /** Whether the member serves on a day. */
  public boolean servesOn(LocalDate day) {
    return serving().contains(day);
  }

  @Value.Check
  void check() {
    PseudonymousId.check(memberId(), "memberId").ifPresent(v -> {
      throw new ValidationException(List.of(v));
    });
  }

  /** A member. */
  public static TeamMember of(String memberId, TeamRole role, DateWindow serving) {
    return ImmutableTeamMember.builder().memberId(memberId).role(role).serving(serving).build();
  }
}
