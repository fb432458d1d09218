package org.communityprevention.core.population;

import org.communityprevention.core.message.Term;

/** Result of a nucleic-acid test (核酸检测结果). */
public enum TestOutcome implements Term {
  /** 阴性. */
  NEGATIVE("阴性", "negative"),
  /** 阳性. */
  POSITIVE("阳性", "positive"),
  /** 待出结果. */
  PENDING("待出结果", "pending");

  private final String chinese;
  private final String english;

  TestOutcome(String chinese, String english) {
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
