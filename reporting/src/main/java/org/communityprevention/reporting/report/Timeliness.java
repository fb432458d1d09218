package org.communityprevention.reporting.report;

import org.communityprevention.core.message.Term;

/** How a report's filing instant stands against its day's deadline (报送及时性). */
public enum Timeliness implements Term {
  /** Filed by the deadline plus grace (按时). */
  ON_TIME("按时", "on time"),
  /** Filed after the deadline plus grace, within the late-acceptance days (迟报). */
  LATE("迟报", "late"),
  /** Filed after the late-acceptance days: refused, the day stays missing (逾期不予受理). */
  TOO_LATE("逾期不予受理", "too late to accept");

  private final String chinese;
  private final String english;

  Timeliness(String chinese, String english) {
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
