package org.communityprevention.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§1.3 grid coverage: group leaders, building heads and grid workers")
class GridCoverageTest {
  static final DivisionCode SHUIKOU = DivisionCode.parse("440983102001");
  static final LocalDate DAY = LocalDate.of(2021, 2, 1);
  static final DateWindow FEBRUARY = DateWindow.of(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 1));

  static final GridUnit GROUP = GridUnit.of("group-1", GridUnitKind.VILLAGERS_GROUP, SHUIKOU, "第一居民小组");
  static final GridUnit GRID = GridUnit.of("grid-1", GridUnitKind.GRID, SHUIKOU, "第一网格");
  static final GridUnit BUILDING = GridUnit.of("bldg-5", GridUnitKind.BUILDING, SHUIKOU, "grid-1", "5号楼");
  static final GridUnit COMPOUND = GridUnit.of("compound-1", GridUnitKind.RESIDENTIAL_COMPOUND, SHUIKOU, "水口小区");
  static final List<GridUnit> UNITS = List.of(GROUP, GRID, BUILDING, COMPOUND);

  static final RoleAssignment LEADER = RoleAssignment.of("w1", GridRole.GROUP_LEADER, "group-1", FEBRUARY);
  static final RoleAssignment WORKER = RoleAssignment.of("w2", GridRole.GRID_WORKER, "grid-1", FEBRUARY);
  static final RoleAssignment HEAD = RoleAssignment.of("w3", GridRole.BUILDING_HEAD, "bldg-5", FEBRUARY);

  @Test
  @DisplayName("when every group, grid and building has its person, the report is complete")
  void complete() {
    CoverageReport r = GridCoverage.check(UNITS, List.of(LEADER, WORKER, HEAD), DAY);
    assertThat(r.isComplete()).isTrue();
    assertThat(r.onDate()).isEqualTo(DAY);
  }

  @Test
  @DisplayName("a grid without a grid worker is a gap citing §1.3")
  void gridWithoutWorker() {
    CoverageReport r = GridCoverage.check(UNITS, List.of(LEADER, HEAD), DAY);
    assertThat(r.unitGaps()).singleElement().satisfies(g -> {
      assertThat(g.unitId()).isEqualTo("grid-1");
      assertThat(g.unitKind()).isEqualTo(GridUnitKind.GRID);
      assertThat(g.missingRole()).isEqualTo(GridRole.GRID_WORKER);
      assertThat(g.code()).isEqualTo(GridCoverage.GRID_WITHOUT_WORKER);
      assertThat(g.clause()).isEqualTo("§1.3");
      assertThat(g.village()).isEqualTo(SHUIKOU);
      assertThat(g.message(Messages.ZH)).isEqualTo("网格 grid-1 在 2021-02-01 没有网格员");
      assertThat(g.message(Messages.EN)).isEqualTo("grid grid-1 has no grid worker on 2021-02-01");
    });
    assertThat(r.gridsWithoutWorker()).hasSize(1);
    assertThat(r.buildingsWithoutHead()).isEmpty();
  }

  @Test
  @DisplayName("a building without a head is a gap")
  void buildingWithoutHead() {
    CoverageReport r = GridCoverage.check(UNITS, List.of(LEADER, WORKER), DAY);
    assertThat(r.buildingsWithoutHead()).singleElement().satisfies(g -> {
      assertThat(g.unitId()).isEqualTo("bldg-5");
      assertThat(g.code()).isEqualTo(GridCoverage.BUILDING_WITHOUT_HEAD);
      assertThat(g.clause()).isEqualTo(GridCoverage.CLAUSE);
    });
    assertThat(r.unitGaps()).hasSize(1);
  }

  @Test
  @DisplayName("a villagers' group without a leader is a gap")
  void groupWithoutLeader() {
    CoverageReport r = GridCoverage.check(UNITS, List.of(WORKER, HEAD), DAY);
    assertThat(r.groupsWithoutLeader()).singleElement().satisfies(g -> {
      assertThat(g.unitId()).isEqualTo("group-1");
      assertThat(g.code()).isEqualTo(GridCoverage.GROUP_WITHOUT_LEADER);
      assertThat(g.message(Messages.ZH)).contains("没有小组长");
    });
    assertThat(r.unitGaps()).hasSize(1);
  }

  @Test
  @DisplayName("an assignment outside its window does not cover the unit")
  void inactiveAssignment() {
    RoleAssignment ended = RoleAssignment.of("w2", GridRole.GRID_WORKER, "grid-1",
        DateWindow.of(LocalDate.of(2021, 1, 1), DAY));
    CoverageReport r = GridCoverage.check(UNITS, List.of(LEADER, HEAD, ended), DAY);
    assertThat(r.gridsWithoutWorker()).hasSize(1);
    assertThat(r.assignmentProblems()).isEmpty();
    assertThat(GridCoverage.check(UNITS, List.of(LEADER, HEAD, ended), DAY.minusDays(1)).gridsWithoutWorker())
        .isEmpty();
  }

  @Test
  @DisplayName("an assignment to an unknown unit is reported and covers nothing")
  void unknownUnit() {
    RoleAssignment stray = RoleAssignment.of("w9", GridRole.GRID_WORKER, "grid-9", FEBRUARY);
    CoverageReport r = GridCoverage.check(UNITS, List.of(LEADER, HEAD, stray), DAY);
    assertThat(r.assignmentProblems()).singleElement().satisfies(p -> {
      assertThat(p.position()).isEqualTo(2);
      assertThat(p.code()).isEqualTo(GridCoverage.ASSIGNMENT_UNKNOWN_UNIT);
      assertThat(p.clause()).isEqualTo("§1.3");
      assertThat(p.gridUnitId()).isEqualTo("grid-9");
      assertThat(p.unitKind()).isEmpty();
      assertThat(p.message(Messages.ZH)).isEqualTo("第 2 条任职（网格员）指向不存在的单元 grid-9");
    });
    assertThat(r.gridsWithoutWorker()).hasSize(1);
  }

  @Test
  @DisplayName("a grid worker assigned to a building is the wrong kind and covers nothing")
  void wrongKind() {
    RoleAssignment misfiled = RoleAssignment.of("w2", GridRole.GRID_WORKER, "bldg-5", FEBRUARY);
    CoverageReport r = GridCoverage.check(UNITS, List.of(LEADER, WORKER, misfiled), DAY);
    assertThat(r.assignmentProblems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(GridCoverage.ASSIGNMENT_WRONG_KIND);
      assertThat(p.unitKind()).contains(GridUnitKind.BUILDING);
      assertThat(p.message(Messages.EN))
          .isEqualTo("assignment 2: a grid worker answers for a grid, but unit bldg-5 is a building or courtyard");
      assertThat(p.message(Messages.ZH)).isEqualTo("第 2 条任职：网格员负责网格，但单元 bldg-5 是楼栋/门栋楼院");
    });
    assertThat(r.buildingsWithoutHead()).hasSize(1);
  }

  @Test
  @DisplayName("natural villages and compounds need no role of their own")
  void placesWithoutRoles() {
    CoverageReport r = GridCoverage.check(List.of(COMPOUND,
        GridUnit.of("nv-1", GridUnitKind.NATURAL_VILLAGE, SHUIKOU, "上村")), List.of(), DAY);
    assertThat(r.isComplete()).isTrue();
  }

  @Test
  @DisplayName("duplicate unit ids are rejected, each named")
  void duplicateUnits() {
    GridUnit again = GridUnit.of("grid-1", GridUnitKind.GRID, SHUIKOU, "又一个网格");
    assertThatThrownBy(() -> GridCoverage.check(List.of(GRID, GROUP, again), List.of(), DAY))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("units[2].id");
            assertThat(v.code()).isEqualTo(GridCoverage.DUPLICATE_UNIT);
          });
        });
  }

  @Test
  @DisplayName("a grid unit belongs to a village-level code and has an id and a name")
  void unitChecks() {
    assertThatThrownBy(() -> GridUnit.of("g", GridUnitKind.GRID, DivisionCode.parse("440983102000"), "x"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("village");
          assertThat(e.violations().get(0).code()).isEqualTo(GridUnit.NOT_A_VILLAGE);
        });
    assertThatThrownBy(() -> GridUnit.of(" ", GridUnitKind.GRID, SHUIKOU, "x"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("id");
          assertThat(e.violations().get(0).code()).isEqualTo(GridUnit.BLANK_ID);
        });
    assertThatThrownBy(() -> GridUnit.of("g", GridUnitKind.GRID, SHUIKOU, "g", "x"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("parentId");
          assertThat(e.violations().get(0).code()).isEqualTo(GridUnit.OWN_PARENT);
        });
    assertThatThrownBy(() -> GridUnit.of("g", GridUnitKind.GRID, SHUIKOU, ""))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("name");
          assertThat(e.violations().get(0).code()).isEqualTo(Division.NAME_BLANK);
        });
    assertThatThrownBy(() -> RoleAssignment.of("", GridRole.GRID_WORKER, "g", FEBRUARY))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("workerId");
          assertThat(e.violations().get(0).code()).isEqualTo(GridUnit.BLANK_ID);
        });
    assertThatThrownBy(() -> RoleAssignment.of("w", GridRole.GRID_WORKER, "", FEBRUARY))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("gridUnitId");
          assertThat(e.violations().get(0).code()).isEqualTo(GridUnit.BLANK_ID);
        });
  }

  @Test
  @DisplayName("each role answers for one kind of unit")
  void roles() {
    assertThat(GridRole.GROUP_LEADER.responsibleFor()).isEqualTo(GridUnitKind.VILLAGERS_GROUP);
    assertThat(GridRole.BUILDING_HEAD.responsibleFor()).isEqualTo(GridUnitKind.BUILDING);
    assertThat(GridRole.GRID_WORKER.responsibleFor()).isEqualTo(GridUnitKind.GRID);
    assertThat(GridRole.values()).extracting(GridRole::chinese).containsExactly("村/居民小组长", "门栋楼院长", "网格员");
    assertThat(GridUnitKind.values()).extracting(GridUnitKind::chinese)
        .containsExactly("自然村", "小区", "网格", "楼栋/门栋楼院", "村/居民小组");
  }

  @Test
  @DisplayName("grid units, assignments and reports have a stable camelCase JSON form")
  void json() {
    assertThat(Json.write(BUILDING)).isEqualTo("{\"id\":\"bldg-5\",\"kind\":\"BUILDING\",\"village\":\"440983102001\","
        + "\"parentId\":\"grid-1\",\"name\":\"5号楼\"}");
    assertThat(Json.write(WORKER)).isEqualTo("{\"workerId\":\"w2\",\"role\":\"GRID_WORKER\",\"gridUnitId\":\"grid-1\","
        + "\"active\":{\"start\":\"2021-02-01\",\"endExclusive\":\"2021-03-01\"}}");
    CoverageReport r = GridCoverage.check(UNITS, List.of(
        RoleAssignment.of("w2", GridRole.GRID_WORKER, "bldg-5", FEBRUARY)), DAY);
    assertThat(Json.read(Json.write(r), CoverageReport.class)).isEqualTo(r);
  }
}
