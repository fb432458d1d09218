package org.communityprevention.reporting.team;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * A village's or community's prevention team (疫情防控工作专班) over time: its members, each in a role for a window
 * of days. One member may hold several roles (a secretary who also chairs the committee, 一肩挑), each as its own
 * entry; the same member in the same role twice with overlapping days is refused as a duplicate.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePreventionTeam.class)
@JsonDeserialize(as = ImmutablePreventionTeam.class)
public abstract class PreventionTeam {
  /** Violation code: the same member in the same role on overlapping days. */
  public static final String DUPLICATE_MEMBER = "reporting.team.duplicate_member";

  /** The village or community. */
  public abstract DivisionCode unit();

  /** The members, each in one role over a window of days. */
  public abstract List<TeamMember> members();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    unit().villageViolation("unit").ifPresent(problems::add);
    Map<String, List<DateWindow>> seen = new HashMap<>();
    for (int i = 0; i < members().size(); i++) {
      TeamMember m = members().get(i);
      List<DateWindow> before = seen.computeIfAbsent(m.role() + "/" + m.memberId(), k -> new ArrayList<>());
      if (before.stream().anyMatch(w -> overlap(w, m.serving()))) {
        problems.add(Violation.of("members[" + i + "]", DUPLICATE_MEMBER, "roleEn", m.role().english(),
            "roleZh", m.role().chinese()));
      }
      before.add(m.serving());
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static boolean overlap(DateWindow a, DateWindow b) {
    return a.start().isBefore(b.endExclusive()) && b.start().isBefore(a.endExclusive());
  }

  /** A team. */
  public static PreventionTeam of(DivisionCode unit, List<TeamMember> members) {
    return ImmutablePreventionTeam.builder().unit(unit).addAllMembers(members).build();
  }
}
