package org.communityprevention.reporting.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;

/**
 * Checks a village's or community's prevention team on a day against the roles the notice names (§1.1–§1.3). The
 * roles are the notice's own, not numbers to tune, so the check needs no policy beyond the reference it cites.
 * Stateless and thread-safe.
 */
public final class PreventionTeams {
  /** Reason code: a role the notice names has nobody in it. */
  public static final String ROLE_MISSING = "reporting.team.role_missing";
  /** Reason code: more than one secretary serves on the day, so who leads is unclear. */
  public static final String LEADER_AMBIGUOUS = "reporting.team.leader_ambiguous";
  /** Reason code: every role is filled and one secretary leads. */
  public static final String COMPLETE = "reporting.team.complete";

  private PreventionTeams() {}

  /** The roles filled on a day and a reason for each role left empty, or one reason that the team is complete. */
  public static Decision<TeamCheck> check(PreventionTeam team, LocalDate day, PolicyRef policy) {
    Map<TeamRole, Integer> byRole = new EnumMap<>(TeamRole.class);
    for (TeamRole role : TeamRole.values()) {
      byRole.put(role, 0);
    }
    Set<String> members = new HashSet<>();
    for (TeamMember m : team.members()) {
      if (m.servesOn(day)) {
        byRole.merge(m.role(), 1, Integer::sum);
        members.add(m.memberId());
      }
    }
    List<TeamRole> missing = new ArrayList<>();
    List<Reason> why = new ArrayList<>();
    for (TeamRole role : TeamRole.values()) {
      if (byRole.get(role) == 0) {
        missing.add(role);
        why.add(Reason.of(ROLE_MISSING, role.clause()).fact("unit", team.unit()).fact("day", day)
            .fact("role", role).fact("roleEn", role.english()).fact("roleZh", role.chinese()).build());
      }
    }
    int secretaries = byRole.get(TeamRole.PARTY_SECRETARY);
    if (secretaries > 1) {
      why.add(Reason.of(LEADER_AMBIGUOUS, Clause.S1_1).fact("unit", team.unit()).fact("day", day)
          .fact("secretaries", secretaries).build());
    }
    if (why.isEmpty()) {
      why.add(Reason.of(COMPLETE, Clause.S1_1).fact("unit", team.unit()).fact("day", day)
          .fact("members", members.size()).build());
    }
    TeamCheck check = TeamCheck.builder().unit(team.unit()).day(day).putAllMembersByRole(byRole)
        .addAllMissingRoles(missing).members(members.size()).build();
    return Decision.of(check, policy, why);
  }
}
