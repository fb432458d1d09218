package org.communityprevention.risk.timeline;

import org.communityprevention.core.message.Term;

/** What moved an area's level on a day. */
public enum TransitionCause implements Term {
  /** New local infections raised it (upgrades take effect the day the facts arrive). */
  FACTS("新增感染者", "new infections"),
  /** The policy's consecutive clean days were complete, so it stepped down one tier. */
  CLEAN_DAYS("连续无新增", "consecutive clean days"),
  /** An official designation set it. */
  OFFICIAL("官方公布", "official designation");

  private final String chinese;
  private final String english;

  TransitionCause(String chinese, String english) {
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
