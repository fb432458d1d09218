package org.communityprevention.core.population;

import org.communityprevention.core.message.Term;

/** What a worker decided about a category (人工认定). */
public enum OverrideAction implements Term {
  /** 人工纳入: the person is in the category whatever the rules say. */
  ADD("人工纳入", "add"),
  /** 人工移出: the person is not in the category whatever the rules say. */
  REMOVE("人工移出", "remove");

  private final String chinese;
  private final String english;

  OverrideAction(String chinese, String english) {
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
