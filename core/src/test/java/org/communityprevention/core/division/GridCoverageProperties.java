package org.communityprevention.core.division;

import org.communityprevention.core.testing.Theories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.core.testing.DivisionGenerators.coverageReports;
import static org.communityprevention.core.testing.DivisionGenerators.gridFixtures;
import static org.communityprevention.core.testing.DivisionGenerators.gridUnits;
import static org.communityprevention.core.testing.DivisionGenerators.roleAssignments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.testing.DivisionGenerators.GridFixture;
import org.communityprevention.core.time.DateWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("§1.3 grid coverage properties")
class GridCoverageProperties {

  private record WithExtra(GridFixture fixture, RoleAssignment extra) {}

  /** An extra assignment: to an existing unit (with any role) or to an unknown one, in any window. */
  private static Gen<RoleAssignment> extraFor(GridFixture f) {
    Gen<RoleAssignment> toExisting = Generate.pick(f.units()).zip(Generate.enumValues(GridRole.class),
        Generate.range(-10, 10), Generate.range(0, 20),
        (u, role, from, days) -> RoleAssignment.of("extra", role, u.id(),
            DateWindow.ofDays(f.onDate().plusDays(from), days)));
    return Generate.oneOf(toExisting, roleAssignments());
  }

  @Test
  @DisplayName("adding an assignment never adds a gap and keeps the earlier problems")
  void addingNeverAddsAGap() {
    qt().forAll(gridFixtures().flatMap(f -> extraFor(f).map(a -> new WithExtra(f, a)))).checkAssert(p -> {
      GridFixture f = p.fixture();
      RoleAssignment extra = p.extra();
      List<RoleAssignment> more = new ArrayList<>(f.assignments());
      more.add(extra);
      CoverageReport before = f.report();
      CoverageReport after = f.withAssignments(more).report();
      assertThat(before.unitGaps()).containsAll(after.unitGaps());
      assertThat(after.assignmentProblems().subList(0, before.assignmentProblems().size()))
          .isEqualTo(before.assignmentProblems());
      assertThat(after.assignmentProblems().size()).isLessThanOrEqualTo(before.assignmentProblems().size() + 1);
    });
  }

  @Test
  @DisplayName("removing the only grid worker of a grid always leaves a gap for that grid")
  void removingTheOnlyWorkerLeavesAGap() {
    int[] exercised = {0};
    qt().forAll(gridFixtures()).checkAssert(f -> {
      for (GridUnit grid : f.units()) {
        if (grid.kind() != GridUnitKind.GRID) {
          continue;
        }
        List<RoleAssignment> workers = f.assignments().stream()
            .filter(a -> a.gridUnitId().equals(grid.id()) && a.role() == GridRole.GRID_WORKER
                && a.isActiveOn(f.onDate()))
            .collect(Collectors.toList());
        if (workers.size() != 1) {
          continue;
        }
        exercised[0]++;
        assertThat(f.report().gridsWithoutWorker()).noneMatch(g -> g.unitId().equals(grid.id()));
        List<RoleAssignment> fewer = new ArrayList<>(f.assignments());
        fewer.remove(workers.get(0));
        assertThat(f.withAssignments(fewer).report().gridsWithoutWorker())
            .anySatisfy(g -> {
              assertThat(g.unitId()).isEqualTo(grid.id());
              assertThat(g.code()).isEqualTo(GridCoverage.GRID_WITHOUT_WORKER);
              assertThat(g.clause()).isEqualTo("§1.3");
            });
      }
    });
    assertThat(exercised[0]).isGreaterThan(Theories.EXAMPLES / 2);
  }

  @Test
  @DisplayName("a unit has a gap exactly when no active assignment of its role points to it")
  void gapsMatchBruteForce() {
    qt().forAll(gridFixtures()).checkAssert(f -> {
      CoverageReport r = f.report();
      List<String> expected = f.units().stream()
          .filter(u -> u.kind() == GridUnitKind.GRID || u.kind() == GridUnitKind.BUILDING
              || u.kind() == GridUnitKind.VILLAGERS_GROUP)
          .filter(u -> f.assignments().stream().noneMatch(a -> a.gridUnitId().equals(u.id())
              && a.role().responsibleFor() == u.kind() && a.isActiveOn(f.onDate())))
          .map(GridUnit::id).collect(Collectors.toList());
      assertThat(r.unitGaps()).extracting(UnitGap::unitId).containsExactlyElementsOf(expected);
      assertThat(r.unitGaps()).allSatisfy(g -> {
        assertThat(g.missingRole().responsibleFor()).isEqualTo(g.unitKind());
        assertThat(g.clause()).isEqualTo("§1.3");
      });
      assertThat(r.gridsWithoutWorker().size() + r.buildingsWithoutHead().size() + r.groupsWithoutLeader().size())
          .isEqualTo(r.unitGaps().size());
    });
  }

  @Test
  @DisplayName("grid units, assignments and coverage reports travel through JSON unchanged")
  void jsonRoundTrips() {
    qt().forAll(gridUnits()).checkAssert(u -> assertThat(Json.read(Json.write(u), GridUnit.class)).isEqualTo(u));
    qt().forAll(roleAssignments()).checkAssert(a ->
        assertThat(Json.read(Json.write(a), RoleAssignment.class)).isEqualTo(a));
    qt().forAll(coverageReports()).checkAssert(r ->
        assertThat(Json.read(Json.write(r), CoverageReport.class)).isEqualTo(r));
  }
}
