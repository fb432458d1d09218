package org.communityprevention.core.policy;

import org.communityprevention.core.message.Term;

/** Which level governs a village or community inside a designated area (执行等级的确定方式). */
public enum GoverningLevel implements Term {
  /** The village's own designation: 本村等级. */
  OWN("本村等级", "the village's own level"),
  /** The designation of the area that contains the village (its township or county): 所在区域等级. */
  CONTAINING_AREA("所在区域等级", "the containing area's level"),
  /** The more severe of the two: 两者从严. */
  MORE_SEVERE("两者从严", "the more severe of the two");

  private final String chinese;
  private final String english;

  GoverningLevel(String chinese, String english) {
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
