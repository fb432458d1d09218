package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/** Whether a committee election may go on (§4.2). */
public enum ElectionStatus implements Term {
  /** 可以进行: may go on. */
  MAY_PROCEED("可以进行", "may proceed"),
  /** 暂停: suspended until the area is low again. */
  SUSPENDED("暂停换届选举", "suspended");

  private final String chinese;
  private final String english;

  ElectionStatus(String chinese, String english) {
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
