package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/** The outcome of a polling-plan review. */
public enum PlanVerdict implements Term {
  /** 可以进行: every check passes. */
  READY("可以进行", "ready"),
  /** 须整改: some check fails. */
  NOT_READY("须整改", "not ready"),
  /** 暂停选举: the village's level suspends the election (§4.2). */
  SUSPENDED("暂停换届选举", "suspended");

  private final String chinese;
  private final String english;

  PlanVerdict(String chinese, String english) {
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
