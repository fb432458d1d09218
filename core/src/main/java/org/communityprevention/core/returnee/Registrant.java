package org.communityprevention.core.returnee;

import org.communityprevention.core.message.Term;

/** Who registered a returnee with the village (登记/报备人). */
public enum Registrant implements Term {
  /** The returnee, before or on arrival: 本人报备. */
  SELF("本人报备", "the returnee"),
  /** A family member at home: 家属报备. */
  FAMILY("家属报备", "a family member"),
  /** A village or community cadre: 村（社区）干部登记. */
  CADRE("村（社区）干部登记", "a village or community cadre"),
  /** A grid worker: 网格员登记. */
  GRID_WORKER("网格员登记", "a grid worker");

  private final String chinese;
  private final String english;

  Registrant(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** Chinese term. */
  @Override
  public String chinese() {
    return chinese;
  }

  /** English term. */
  @Override
  public String english() {
    return english;
  }
}
