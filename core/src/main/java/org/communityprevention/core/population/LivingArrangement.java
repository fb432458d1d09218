package org.communityprevention.core.population;

import org.communityprevention.core.message.Term;

/** How a resident lives (居住情况). */
public enum LivingArrangement implements Term {
  /** 独居. */
  ALONE("独居", "alone"),
  /** 与家人同住. */
  WITH_FAMILY("与家人同住", "with family"),
  /** 有照护人同住. */
  WITH_CARER("有照护人同住", "with a carer"),
  /** 集中供养或机构居住. */
  IN_INSTITUTION("机构居住", "in an institution");

  private final String chinese;
  private final String english;

  LivingArrangement(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }
}
