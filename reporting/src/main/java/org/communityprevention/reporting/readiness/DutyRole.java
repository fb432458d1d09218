package org.communityprevention.reporting.readiness;

import org.communityprevention.core.message.Term;

/** A role on the duty roster (值班角色). */
public enum DutyRole implements Term {
  /** The cadre in charge of the shift (带班领导). */
  LEADER("带班领导", "shift leader"),
  /** A person on duty (值班人员). */
  DUTY_STAFF("值班人员", "duty staff");

  private final String chinese;
  private final String english;

  DutyRole(String chinese, String english) {
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
