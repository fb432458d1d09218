package org.communityprevention.core.population;

import org.communityprevention.core.message.Term;

/** Whether a resident rents (§2.2: 出租房屋和集体宿舍租住人员). */
public enum Tenancy implements Term {
  /** 租住出租房屋. */
  RENTAL_HOUSING("出租房屋", "rental housing"),
  /** 租住集体宿舍. */
  COLLECTIVE_DORMITORY("集体宿舍", "collective dormitory");

  private final String chinese;
  private final String english;

  Tenancy(String chinese, String english) {
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
