package org.communityprevention.core.population;

import org.communityprevention.core.message.Term;

/** The tier of a contact exposure (§2.4). */
public enum ContactTier implements Term {
  /** 密切接触者: contact with a case. */
  CLOSE("密切接触者", "close contact"),
  /** 次密切接触者: contact with a close contact. */
  SECONDARY("次密切接触者", "secondary close contact");

  private final String chinese;
  private final String english;

  ContactTier(String chinese, String english) {
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
