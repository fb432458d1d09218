package org.communityprevention.core.testing;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.communityprevention.core.division.Division;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.division.DivisionTree;
import org.communityprevention.core.division.CoverageReport;
import org.communityprevention.core.division.GridCoverage;
import org.communityprevention.core.division.GridRole;
import org.communityprevention.core.division.GridUnit;
import org.communityprevention.core.division.GridUnitKind;
import org.communityprevention.core.division.RoleAssignment;
import org.communityprevention.core.division.UrbanRuralClass;
import org.communityprevention.core.time.DateWindow;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for divisions and grids (区划与网格), published in the core test-jar for downstream test
 * suites. Every generator is deterministic under a fixed seed and shrinks towards small codes and small trees.
 *
 * <p>Codes use realistic ranges: prefecture 01–70 or 90, county 01–99, township 001–099 (streets 街道), 100–199
 * (towns 镇) and 200–399 (乡); village 001–199 (residents' committees 居委会, urban classes 1xx) and 200–399
 * (villagers' committees 村委会, classes 210 and 220).
 */
public final class DivisionGenerators {
  /** The base date from which grid fixtures pick their check date: the notice's date, 2021-01-30. */
  public static final LocalDate BASE_DATE = LocalDate.of(2021, 1, 30);

  private static final List<Integer> PROVINCES = List.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36,
      37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);
  private static final List<UrbanRuralClass> URBAN = List.of(UrbanRuralClass.MAIN_URBAN_AREA,
      UrbanRuralClass.URBAN_RURAL_FRINGE, UrbanRuralClass.TOWN_CENTRE, UrbanRuralClass.TOWN_RURAL_FRINGE,
      UrbanRuralClass.SPECIAL_AREA);
  private static final List<UrbanRuralClass> RURAL = List.of(UrbanRuralClass.TOWNSHIP_CENTRE,
      UrbanRuralClass.VILLAGE);
  // Place-name stems, one outside the Basic Multilingual Plane (𠮷, a surrogate pair) to exercise encoding.
  private static final List<String> STEMS = List.of("水口", "垌心", "东风", "新华", "𠮷祥", "红旗", "长安", "石门");

  private DivisionGenerators() {}

  /** The two-digit GB/T 2260 province numbers (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82). */
  public static Gen<Integer> provinceNumbers() {
    return pick(PROVINCES);
  }

  /** Realistic prefecture numbers: 01–70, sometimes 90 (province-administered county-level units). */
  public static Gen<Integer> prefectureNumbers() {
    return frequency(Pair.of(9, range(1, 70)), Pair.of(1, constant(90)));
  }

  /** County numbers 01–99. */
  public static Gen<Integer> countyNumbers() {
    return range(1, 99);
  }

  /** Township numbers: 001–099 streets (街道), 100–199 towns (镇), 200–399 乡. */
  public static Gen<Integer> townshipNumbers() {
    return range(1, 399);
  }

  /** Village numbers: 001–199 residents' committees (居委会), 200–399 villagers' committees (村委会). */
  public static Gen<Integer> villageNumbers() {
    return range(1, 399);
  }

  /** Valid division codes at one level (区划代码). */
  public static Gen<DivisionCode> divisionCodesAt(DivisionLevel level) {
    return rs -> codeAt(rs, level);
  }

  /** Valid division codes at any level, levels equally likely. */
  public static Gen<DivisionCode> divisionCodes() {
    return enumValues(DivisionLevel.class).flatMap(DivisionGenerators::divisionCodesAt);
  }

  /** Valid village-level codes (村/社区). */
  public static Gen<DivisionCode> villageCodes() {
    return divisionCodesAt(DivisionLevel.VILLAGE);
  }

  /** Urban–rural classes (城乡分类) fitting a village number: 1xx for 001–199, 210 or 220 for 200–399. */
  public static Gen<UrbanRuralClass> urbanRuralClassesFor(int villageNumber) {
    return pick(villageNumber < 200 ? URBAN : RURAL);
  }

  /** Valid divisions (区划) at any level; four in five villages carry a fitting urban–rural class. */
  public static Gen<Division> divisions() {
    return rs -> division(rs, codeAt(rs, enumValues(DivisionLevel.class).generate(rs)));
  }

  /**
   * The divisions of a valid tree (区划树), in random order: one or two provinces, each with prefectures, counties,
   * townships and villages, every parent present. Up to about 150 divisions.
   */
  public static Gen<List<Division>> divisionTreeContents() {
    return rs -> {
      List<Division> out = new ArrayList<>();
      for (int p : distinct(rs, provinceNumbers(), range(1, 2).generate(rs))) {
        long province = p * 10_000_000_000L;
        out.add(division(rs, DivisionCode.ofLong(province)));
        for (int f : distinct(rs, prefectureNumbers(), range(1, 2).generate(rs))) {
          long prefecture = province + f * 100_000_000L;
          out.add(division(rs, DivisionCode.ofLong(prefecture)));
          for (int c : distinct(rs, countyNumbers(), range(1, 3).generate(rs))) {
            long county = prefecture + c * 1_000_000L;
            out.add(division(rs, DivisionCode.ofLong(county)));
            for (int t : distinct(rs, townshipNumbers(), range(0, 3).generate(rs))) {
              long township = county + t * 1_000L;
              out.add(division(rs, DivisionCode.ofLong(township)));
              for (int v : distinct(rs, villageNumbers(), range(0, 4).generate(rs))) {
                out.add(division(rs, DivisionCode.ofLong(township + v)));
              }
            }
          }
        }
      }
      shuffle(rs, out);
      return out;
    };
  }

  /** Valid division trees (区划树); see {@link #divisionTreeContents()}. */
  public static Gen<DivisionTree> divisionTrees() {
    return divisionTreeContents().map(DivisionTree::of);
  }

  /** Single grid units (网格单元) of any kind in a random village, sometimes with a parent unit id. */
  public static Gen<GridUnit> gridUnits() {
    return rs -> {
      GridUnitKind kind = enumValues(GridUnitKind.class).generate(rs);
      DivisionCode village = codeAt(rs, DivisionLevel.VILLAGE);
      int id = range(1, 9999).generate(rs);
      String name = pick(STEMS).generate(rs) + kind.chinese();
      return range(0, 1).generate(rs) == 0 ? GridUnit.of("u" + id, kind, village, name)
          : GridUnit.of("u" + id, kind, village, "u" + (id + 1), name);
    };
  }

  /** Single role assignments (任职) with a window of 0–60 days around {@link #BASE_DATE}. */
  public static Gen<RoleAssignment> roleAssignments() {
    return rs -> RoleAssignment.of("w" + range(1, 9999).generate(rs), enumValues(GridRole.class).generate(rs),
        "u" + range(1, 9999).generate(rs),
        DateWindow.ofDays(BASE_DATE.plusDays(range(-30, 30).generate(rs)), range(0, 60).generate(rs)));
  }

  /**
   * Grid units of one village with role assignments and a check date: villagers' groups, grids with buildings,
   * natural villages and compounds; each group, grid and building has zero to two assignments (most often one),
   * most active on the date; sometimes an assignment to an unknown unit or to a unit of the wrong kind.
   */
  public static Gen<GridFixture> gridFixtures() {
    return rs -> {
      DivisionCode village = codeAt(rs, DivisionLevel.VILLAGE);
      LocalDate onDate = BASE_DATE.plusDays(range(0, 60).generate(rs));
      List<GridUnit> units = new ArrayList<>();
      int[] next = {1};
      for (int i = range(0, 3).generate(rs); i > 0; i--) {
        units.add(GridUnit.of("u" + next[0]++, GridUnitKind.VILLAGERS_GROUP, village, "第" + i + "组"));
      }
      for (int i = range(0, 2).generate(rs); i > 0; i--) {
        units.add(GridUnit.of("u" + next[0]++, GridUnitKind.NATURAL_VILLAGE, village, pick(STEMS).generate(rs)));
      }
      for (int i = range(0, 2).generate(rs); i > 0; i--) {
        units.add(GridUnit.of("u" + next[0]++, GridUnitKind.RESIDENTIAL_COMPOUND, village,
            pick(STEMS).generate(rs) + "小区"));
      }
      for (int g = range(1, 3).generate(rs); g > 0; g--) {
        String grid = "u" + next[0]++;
        units.add(GridUnit.of(grid, GridUnitKind.GRID, village, "第" + g + "网格"));
        for (int b = range(0, 3).generate(rs); b > 0; b--) {
          units.add(GridUnit.of("u" + next[0]++, GridUnitKind.BUILDING, village, grid, b + "号楼"));
        }
      }
      List<RoleAssignment> assignments = new ArrayList<>();
      Gen<Integer> holders = frequency(Pair.of(1, constant(0)), Pair.of(4, constant(1)), Pair.of(1, constant(2)));
      int worker = 1;
      for (GridUnit u : units) {
        GridRole role = roleFor(u.kind());
        if (role == null) {
          continue;
        }
        for (int h = holders.generate(rs); h > 0; h--) {
          assignments.add(RoleAssignment.of("w" + worker++, role, u.id(), window(rs, onDate)));
        }
      }
      if (range(0, 3).generate(rs) == 0) {
        assignments.add(RoleAssignment.of("w" + worker++, enumValues(GridRole.class).generate(rs),
            "missing" + range(1, 9).generate(rs), window(rs, onDate)));
      }
      if (range(0, 3).generate(rs) == 0) {
        GridUnit u = units.get(range(0, units.size() - 1).generate(rs));
        List<GridRole> wrongRoles = new ArrayList<>();
        for (GridRole r : GridRole.values()) {
          if (r.responsibleFor() != u.kind()) {
            wrongRoles.add(r);
          }
        }
        GridRole wrong = pick(wrongRoles).generate(rs);
        assignments.add(RoleAssignment.of("w" + worker, wrong, u.id(), window(rs, onDate)));
      }
      shuffle(rs, assignments);
      return new GridFixture(List.copyOf(units), List.copyOf(assignments), onDate);
    };
  }

  /** Coverage reports (责任覆盖报告) of generated grid fixtures. */
  public static Gen<CoverageReport> coverageReports() {
    return gridFixtures().map(GridFixture::report);
  }

  /**
   * Grid units, role assignments and the date to check them on.
   *
   * @param units the grid units, ids unique
   * @param assignments the role assignments
   * @param onDate the date to check
   */
  public record GridFixture(List<GridUnit> units, List<RoleAssignment> assignments, LocalDate onDate) {
    /** The coverage report of this fixture. */
    public CoverageReport report() {
      return GridCoverage.check(units, assignments, onDate);
    }

    /** The same fixture with different assignments. */
    public GridFixture withAssignments(List<RoleAssignment> other) {
      return new GridFixture(units, List.copyOf(other), onDate);
    }
  }

  private static GridRole roleFor(GridUnitKind kind) {
    for (GridRole r : GridRole.values()) {
      if (r.responsibleFor() == kind) {
        return r;
      }
    }
    return null;
  }

  /** Mostly a window holding the date; sometimes one that ended before it or starts after it. */
  private static DateWindow window(RandomnessSource rs, LocalDate onDate) {
    switch (frequency(Pair.of(8, constant(0)), Pair.of(1, constant(1)), Pair.of(1, constant(2))).generate(rs)) {
      case 1:
        return DateWindow.of(onDate.minusDays(range(2, 30).generate(rs)), onDate);
      case 2:
        return DateWindow.ofDays(onDate.plusDays(1), range(1, 30).generate(rs));
      default:
        return DateWindow.of(onDate.minusDays(range(0, 30).generate(rs)), onDate.plusDays(range(1, 30).generate(rs)));
    }
  }

  private static DivisionCode codeAt(RandomnessSource rs, DivisionLevel level) {
    long v = provinceNumbers().generate(rs) * 10_000_000_000L;
    if (level.ordinal() >= DivisionLevel.PREFECTURE.ordinal()) {
      v += prefectureNumbers().generate(rs) * 100_000_000L;
    }
    if (level.ordinal() >= DivisionLevel.COUNTY.ordinal()) {
      v += countyNumbers().generate(rs) * 1_000_000L;
    }
    if (level.ordinal() >= DivisionLevel.TOWNSHIP.ordinal()) {
      v += townshipNumbers().generate(rs) * 1_000L;
    }
    if (level == DivisionLevel.VILLAGE) {
      v += villageNumbers().generate(rs);
    }
    return DivisionCode.ofLong(v);
  }

  private static Division division(RandomnessSource rs, DivisionCode code) {
    String stem = pick(STEMS).generate(rs);
    switch (code.level()) {
      case PROVINCE:
        return Division.of(code, stem + "省");
      case PREFECTURE:
        return Division.of(code, stem + "市");
      case COUNTY:
        return Division.of(code, stem + "县");
      case TOWNSHIP:
        int t = (int) (code.asLong() / 1000 % 1000);
        return Division.of(code, stem + (t < 100 ? "街道" : t < 200 ? "镇" : "乡"));
      default:
        int v = (int) (code.asLong() % 1000);
        String name = stem + (v < 200 ? "社区居委会" : "村委会");
        return range(0, 4).generate(rs) == 0 ? Division.of(code, name)
            : Division.of(code, name, urbanRuralClassesFor(v).generate(rs));
    }
  }

  private static List<Integer> distinct(RandomnessSource rs, Gen<Integer> gen, int count) {
    TreeSet<Integer> out = new TreeSet<>();
    IntStream.range(0, count).forEach(i -> out.add(gen.generate(rs)));
    return new ArrayList<>(out);
  }

  private static <T> void shuffle(RandomnessSource rs, List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, range(0, i).generate(rs));
    }
  }
}
