package org.communityprevention.core.population;

import org.communityprevention.core.message.Term;

/** The kind of the next dated action of a membership. */
public enum ActionKind implements Term {
  /** 核酸检测: a test is due. */
  TEST("核酸检测", "test"),
  /** 转段: the next phase of the plan starts (e.g. from centralised isolation to home monitoring). */
  PHASE_CHANGE("转段", "phase change"),
  /** 解除: the window ends; the first day after it. */
  RELEASE("解除", "release");

  private final String chinese;
  private final String english;

  ActionKind(String chinese, String english) {
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
