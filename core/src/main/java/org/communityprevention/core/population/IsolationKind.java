package org.communityprevention.core.population;

import org.communityprevention.core.message.Term;

/** Where an isolation medical observation order is carried out. */
public enum IsolationKind implements Term {
  /** 居家隔离医学观察 (§2.4). */
  HOME("居家隔离医学观察", "home isolation medical observation"),
  /** 集中隔离医学观察 (§2.5). */
  CENTRALISED("集中隔离医学观察", "centralised isolation medical observation");

  private final String chinese;
  private final String english;

  IsolationKind(String chinese, String english) {
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
