package org.communityprevention.testkit.county;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.communityprevention.core.division.Division;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionTree;
import org.communityprevention.core.division.UrbanRuralClass;

/**
 * A fictional county (青山县, code {@code 360788}) with townships, streets, communities and villages, built
 * deterministically from a seed: the same seed gives the same county on every machine. Codes follow the 12-digit
 * statistical rules (streets 001–099, towns 100–199, xiang 200–399; communities 001–199, villages 200–399) and every
 * village carries a plausible urban-rural class.
 */
public final class SampleCounty {
  /** The fictional county's code. */
  public static final DivisionCode COUNTY = DivisionCode.parse("360788000000");

  private static final String[] TOWNSHIP_NAMES = {"城关", "河东", "青山", "白沙", "石门", "柳溪", "龙潭", "高岭",
      "桃源", "金田", "永安", "梅林", "双溪", "长岗", "凤凰", "安平"};
  private static final String[] SYLLABLES = {"东", "西", "南", "北", "上", "下", "新", "老", "大", "小", "竹", "松",
      "杨", "李", "王", "陈", "黄", "林", "溪", "塘", "坪", "坑", "岭", "湾", "桥", "田", "山", "石", "水", "田"};

  private final DivisionTree tree;

  private SampleCounty(DivisionTree tree) {
    this.tree = tree;
  }

  /**
   * Builds a county.
   *
   * @param seed the seed; equal seeds give equal counties
   * @param townships number of townships and streets, 3 to 16 (two streets, then towns, then xiang)
   * @param villages total number of villages and communities, at least {@code townships}
   */
  public static SampleCounty build(long seed, int townships, int villages) {
    if (townships < 3 || townships > TOWNSHIP_NAMES.length || villages < townships || villages > townships * 199) {
      throw new IllegalArgumentException("3–16 townships and between townships and 199 × townships villages");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Division> all = new ArrayList<>();
    all.add(Division.of("360000000000", "示例省"));
    all.add(Division.of("360700000000", "示例市"));
    all.add(Division.of(COUNTY, "青山县"));
    int streets = 2;
    int towns = Math.max(1, (townships - streets) * 2 / 3);
    for (int t = 0; t < townships; t++) {
      int number;
      String suffix;
      if (t < streets) {
        number = 1 + t;
        suffix = "街道";
      } else if (t < streets + towns) {
        number = 101 + t - streets;
        suffix = "镇";
      } else {
        number = 201 + t - streets - towns;
        suffix = "乡";
      }
      DivisionCode township = code(COUNTY.asLong() + number * 1000L);
      all.add(Division.of(township, TOWNSHIP_NAMES[t] + suffix));
      int count = villages / townships + (t < villages % townships ? 1 : 0);
      for (int v = 0; v < count; v++) {
        boolean community = t < streets || (t < streets + towns && v < Math.max(1, count / 5));
        int villageNumber = community ? 1 + v : 200 + v;
        UrbanRuralClass cls = t < streets ? (random.nextInt(4) == 0 ? UrbanRuralClass.URBAN_RURAL_FRINGE
            : UrbanRuralClass.MAIN_URBAN_AREA)
            : community ? UrbanRuralClass.TOWN_CENTRE
            : (v == 0 ? UrbanRuralClass.TOWNSHIP_CENTRE : UrbanRuralClass.VILLAGE);
        String name = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
            + (community ? "社区" : "村");
        all.add(Division.of(code(township.asLong() + villageNumber), name, cls));
      }
    }
    return new SampleCounty(DivisionTree.of(all));
  }

  /** The default demo county: 8 townships and 150 villages and communities, seed 20210130. */
  public static SampleCounty standard() {
    return build(20_210_130L, 8, 150);
  }

  /** The county's division tree, from the province down to the villages. */
  public DivisionTree tree() {
    return tree;
  }

  /** The townships and streets, in code order. */
  public ImmutableList<Division> townships() {
    return tree.children(COUNTY);
  }

  private static DivisionCode code(long value) {
    return DivisionCode.ofLong(value);
  }
}
