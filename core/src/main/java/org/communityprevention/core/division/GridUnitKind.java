package org.communityprevention.core.division;

import org.communityprevention.core.message.Term;

/**
 * The kind of a grid unit below a village or community (§1.3 of the notice): the places that prevention measures
 * must reach and the units that responsibility is broken down to.
 */
public enum GridUnitKind implements Term {
  /** 自然村: a natural village, a settlement inside an administrative village. */
  NATURAL_VILLAGE("自然村", "natural village"),
  /** 小区: a residential compound. */
  RESIDENTIAL_COMPOUND("小区", "residential compound"),
  /** 网格: a grid of grid management (网格化管理). */
  GRID("网格", "grid"),
  /** 楼栋/门栋楼院: a building, entrance or courtyard. */
  BUILDING("楼栋/门栋楼院", "building or courtyard"),
  /** 村/居民小组: a villagers' or residents' group. */
  VILLAGERS_GROUP("村/居民小组", "villagers' or residents' group");

  private final String chinese;
  private final String english;

  GridUnitKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** Chinese term, e.g. 网格. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }
}
