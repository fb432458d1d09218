package org.communityprevention.core.division;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * Checks §1.3 of the notice on a date: responsibility is broken down to group leaders (村/居民小组长), building heads
 * (门栋楼院长) and grid workers (网格员), so every villagers' group, building and grid needs someone holding its role
 * that day. Runs in linear time (expected) in the number of units plus assignments.
 */
public final class GridCoverage {
  /** The clause the check implements. */
  public static final String CLAUSE = "§1.3";
  /** Reason code: a grid without a grid worker on the date. */
  public static final String GRID_WITHOUT_WORKER = "core.division.grid_without_worker";
  /** Reason code: a building without a head on the date. */
  public static final String BUILDING_WITHOUT_HEAD = "core.division.building_without_head";
  /** Reason code: a villagers' or residents' group without a leader on the date. */
  public static final String GROUP_WITHOUT_LEADER = "core.division.group_without_leader";
  /** Reason code: an assignment to a unit id that is not among the units. */
  public static final String ASSIGNMENT_UNKNOWN_UNIT = "core.division.assignment_unknown_unit";
  /** Reason code: an assignment to a unit of a kind the role does not answer for. */
  public static final String ASSIGNMENT_WRONG_KIND = "core.division.assignment_wrong_kind";
  /** Violation code: two units with the same id. */
  public static final String DUPLICATE_UNIT = "core.division.duplicate_grid_unit";

  private GridCoverage() {}

  /**
   * Checks coverage (责任覆盖) on a date. An assignment counts if it is active on the date and points to a known
   * unit of the kind its role answers for; inactive assignments are neither counted nor reported. Natural villages
   * and residential compounds need no role of their own here.
   *
   * @param units the grid units; ids must be unique
   * @param assignments the role assignments, in any order
   * @param onDate the date to check
   * @throws ValidationException with code {@value #DUPLICATE_UNIT} at {@code units[i].id} for every repeated id
   */
  public static CoverageReport check(Collection<GridUnit> units, Collection<RoleAssignment> assignments,
      LocalDate onDate) {
    GridUnit[] unitArray = units.toArray(new GridUnit[0]);
    Map<String, Integer> index = new HashMap<>(unitArray.length * 2);
    List<Violation> duplicates = new ArrayList<>();
    for (int i = 0; i < unitArray.length; i++) {
      Integer first = index.putIfAbsent(unitArray[i].id(), i);
      if (first != null) {
        duplicates.add(Violation.of("units[" + i + "].id", DUPLICATE_UNIT, "unit", unitArray[i].id(),
            "first", first));
      }
    }
    if (!duplicates.isEmpty()) {
      throw new ValidationException(duplicates);
    }
    boolean[] covered = new boolean[unitArray.length];
    ImmutableList.Builder<AssignmentProblem> problems = ImmutableList.builder();
    int position = 0;
    for (RoleAssignment a : assignments) {
      Integer i = index.get(a.gridUnitId());
      if (i == null) {
        problems.add(problem(position, a, null, ASSIGNMENT_UNKNOWN_UNIT));
      } else if (unitArray[i].kind() != a.role().responsibleFor()) {
        problems.add(problem(position, a, unitArray[i].kind(), ASSIGNMENT_WRONG_KIND));
      } else if (a.isActiveOn(onDate)) {
        covered[i] = true;
      }
      position++;
    }
    ImmutableList.Builder<UnitGap> gaps = ImmutableList.builder();
    for (int i = 0; i < unitArray.length; i++) {
      GridUnit u = unitArray[i];
      GridRole needed = roleFor(u.kind());
      if (needed != null && !covered[i]) {
        gaps.add(new UnitGap.Builder().unitId(u.id()).unitKind(u.kind()).village(u.village()).missingRole(needed)
            .onDate(onDate).code(gapCode(needed)).clause(CLAUSE).build());
      }
    }
    return CoverageReport.of(onDate, gaps.build(), problems.build());
  }

  /** The role that must be held for a kind of unit, or null if none is required. */
  private static GridRole roleFor(GridUnitKind kind) {
    switch (kind) {
      case GRID:
        return GridRole.GRID_WORKER;
      case BUILDING:
        return GridRole.BUILDING_HEAD;
      case VILLAGERS_GROUP:
        return GridRole.GROUP_LEADER;
      default:
        return null;
    }
  }

  private static String gapCode(GridRole role) {
    switch (role) {
      case GRID_WORKER:
        return GRID_WITHOUT_WORKER;
      case BUILDING_HEAD:
        return BUILDING_WITHOUT_HEAD;
      default:
        return GROUP_WITHOUT_LEADER;
    }
  }

  private static AssignmentProblem problem(int position, RoleAssignment a, GridUnitKind kind, String code) {
    AssignmentProblem.Builder b = new AssignmentProblem.Builder();
    b.position(position).workerId(a.workerId()).role(a.role()).gridUnitId(a.gridUnitId()).code(code)
        .clause(CLAUSE);
    if (kind != null) {
      b.unitKind(kind);
    }
    return b.build();
  }
}
