package org.communityprevention.services.eligibility;

import org.communityprevention.core.message.Term;

/** Whether a resident can care for themselves (生活自理能力), as an ability assessment recorded it. */
public enum SelfCare implements Term {
  /** 能自理. */
  ABLE("能自理", "able to care for themselves"),
  /** 半失能: needs help with part of daily living. */
  PARTLY_LOST("半失能", "partly unable to care for themselves"),
  /** 失能: needs help with daily living. */
  LOST("失能", "unable to care for themselves");

  private final String chinese;
  private final String english;

  SelfCare(String chinese, String english) {
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
