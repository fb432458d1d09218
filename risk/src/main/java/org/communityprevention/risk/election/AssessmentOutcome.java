package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/** What the election leading body's risk assessment decided (§4.3). */
public enum AssessmentOutcome implements Term {
  /** 可以参加. */
  MAY_TAKE_PART("可以参加", "may take part"),
  /** 不得参加. */
  MAY_NOT_TAKE_PART("不得参加", "may not take part");

  private final String chinese;
  private final String english;

  AssessmentOutcome(String chinese, String english) {
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
