package org.communityprevention.reporting.team;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
  /** Violation code: a blank or over-long member id. */
  public static final String MEMBER_ID = "reporting.team.member_id";
  /** Violation code: a member id that is an identity or phone number. */
  public static final String PERSONAL_ID = "reporting.team.member_id_personal";
  /** The longest member id accepted, in characters. */
  public static final int MAX_ID_LENGTH = 64;

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
    List<Violation> problems = new ArrayList<>();
    String id = memberId();
    if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
      problems.add(Violation.of("memberId", MEMBER_ID, "max", MAX_ID_LENGTH));
    } else if (StaffIds.looksPersonal(id)) {
      problems.add(Violation.of("memberId", PERSONAL_ID));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A member. */
  public static TeamMember of(String memberId, TeamRole role, DateWindow serving) {
    return ImmutableTeamMember.builder().memberId(memberId).role(role).serving(serving).build();
  }
}
