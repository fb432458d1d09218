package org.communityprevention.core.division;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who answers for what on a date (§1.3, 责任落实情况): the grid units nobody answers for and the assignments that
 * cannot count. Built by {@link GridCoverage#check}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverageReport.class)
@JsonDeserialize(as = ImmutableCoverageReport.class)
public abstract class CoverageReport {
  /** The date checked. */
  @Value.Parameter
  public abstract LocalDate onDate();

  /** The uncovered units, in the order the units were given. */
  @Value.Parameter
  public abstract List<UnitGap> unitGaps();

  /** The assignments that point to an unknown unit or a unit of the wrong kind, in input order. */
  @Value.Parameter
  public abstract List<AssignmentProblem> assignmentProblems();

  /** Whether every grid, building and group has its responsible person and every assignment is sound. */
  @JsonIgnore
  public boolean isComplete() {
    return unitGaps().isEmpty() && assignmentProblems().isEmpty();
  }

  /** The grids without a grid worker (无网格员的网格). */
  public ImmutableList<UnitGap> gridsWithoutWorker() {
    return gapsFor(GridRole.GRID_WORKER);
  }

  /** The buildings without a head (无门栋楼院长的楼栋). */
  public ImmutableList<UnitGap> buildingsWithoutHead() {
    return gapsFor(GridRole.BUILDING_HEAD);
  }

  /** The villagers' or residents' groups without a leader (无小组长的村/居民小组). */
  public ImmutableList<UnitGap> groupsWithoutLeader() {
    return gapsFor(GridRole.GROUP_LEADER);
  }

  /** The gaps where a given role is missing. */
  public ImmutableList<UnitGap> gapsFor(GridRole role) {
    return unitGaps().stream().filter(g -> g.missingRole() == role).collect(ImmutableList.toImmutableList());
  }

  /** A report from its parts. */
  public static CoverageReport of(LocalDate onDate, List<UnitGap> unitGaps, List<AssignmentProblem> problems) {
    return ImmutableCoverageReport.of(onDate, unitGaps, problems);
  }
}
