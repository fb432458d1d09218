package org.communityprevention.risk.restriction;

/** How a facility room opens, from the least to the most restrictive. */
public enum FacilityStatus {
  /** 正常开放: open under routine prevention norms. */
  OPEN("正常开放", "open"),
  /** 限流开放: open with checks, a flow limit and disinfection. */
  LIMITED("限流开放", "open with checks and a flow limit"),
  /** 暂停: suspended. */
  SUSPENDED("暂停开放", "suspended");

  private final String chinese;
  private final String english;

  FacilityStatus(String chinese, String english) {
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
