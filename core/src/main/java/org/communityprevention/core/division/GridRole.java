package org.communityprevention.core.division;

import org.communityprevention.core.message.Term;

/**
 * A role that §1.3 of the notice breaks responsibility down to, and the kind of grid unit each role answers for.
 */
public enum GridRole implements Term {
  /** 村/居民小组长: leader of a villagers' or residents' group; answers for a {@link GridUnitKind#VILLAGERS_GROUP}. */
  GROUP_LEADER("村/居民小组长", "group leader", GridUnitKind.VILLAGERS_GROUP),
  /** 门栋楼院长: head of a building or courtyard; answers for a {@link GridUnitKind#BUILDING}. */
  BUILDING_HEAD("门栋楼院长", "building head", GridUnitKind.BUILDING),
  /** 网格员: grid worker; answers for a {@link GridUnitKind#GRID}. */
  GRID_WORKER("网格员", "grid worker", GridUnitKind.GRID);

  private final String chinese;
  private final String english;
  private final GridUnitKind responsibleFor;

  GridRole(String chinese, String english, GridUnitKind responsibleFor) {
    this.chinese = chinese;
    this.english = english;
    this.responsibleFor = responsibleFor;
  }

  /** Chinese term, e.g. 网格员. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** The kind of grid unit this role answers for (负责的单元类型). */
  public GridUnitKind responsibleFor() {
    return responsibleFor;
  }
}
