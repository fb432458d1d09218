package org.communityprevention.reporting.visit;

import org.communityprevention.core.message.Term;

/** What a patrol or visit covers (巡逻走访的对象). */
public enum VisitTarget implements Term {
  /** 入户走访: a home visit to a household. */
  HOUSEHOLD("入户走访", "home visit"),
  /** 网格巡逻: a patrol of a grid. */
  GRID("网格巡逻", "grid patrol");

  private final String chinese;
  private final String english;

  VisitTarget(String chinese, String english) {
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
