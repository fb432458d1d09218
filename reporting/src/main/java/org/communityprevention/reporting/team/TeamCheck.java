package org.communityprevention.reporting.team;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * A prevention team checked on a day (§1.1–§1.3): how many members serve in each role, the roles left empty, and
 * whether exactly one Party organisation secretary leads it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTeamCheck.class)
@JsonDeserialize(as = ImmutableTeamCheck.class)
public abstract class TeamCheck {
  /** The village or community. */
  public abstract DivisionCode unit();

  /** The day. */
  public abstract LocalDate day();

  /** Members serving on the day in each role, every role listed (0 for an empty one), in role order. */
  @Value.NaturalOrder
  public abstract SortedMap<TeamRole, Integer> membersByRole();

  /** The roles nobody serves in on the day, in role order. */
  public abstract List<TeamRole> missingRoles();

  /** Distinct members serving on the day, whatever their roles. */
  public abstract int members();

  /** Whether exactly one secretary leads the team and no role is empty. */
  @JsonIgnore
  public boolean isComplete() {
    return missingRoles().isEmpty() && membersByRole().getOrDefault(TeamRole.PARTY_SECRETARY, 0) == 1;
  }

  /** Builds {@link TeamCheck}; only the library makes one. */
  static ImmutableTeamCheck.Builder builder() {
    return ImmutableTeamCheck.builder();
  }

  /** Members in a role, 0 if none. */
  public int inRole(TeamRole role) {
    Map<TeamRole, Integer> m = membersByRole();
    return m.getOrDefault(role, 0);
  }
}
