package org.communityprevention.core.population.ledger;

import org.communityprevention.core.message.Term;

/** What makes a managed person unmanaged (漏管失控, §2.3). */
public enum FindingKind implements Term {
  /** 无包保责任人: nobody is responsible for the person. */
  NO_RESPONSIBLE_WORKER("无包保责任人", "no responsible worker", "core.population.unmanaged_no_worker"),
  /** 漏登健康监测: a day the plan requires a check-in passed without one. */
  MISSED_CHECK_IN("健康监测漏登", "missed check-in", "core.population.unmanaged_missed_check_in"),
  /** 漏检: a test day passed without a test. */
  MISSED_TEST("核酸检测漏检", "missed test", "core.population.unmanaged_missed_test");

  private final String chinese;
  private final String english;
  private final String reasonCode;

  FindingKind(String chinese, String english, String reasonCode) {
    this.chinese = chinese;
    this.english = english;
    this.reasonCode = reasonCode;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** The code of the finding's reason. */
  public String reasonCode() {
    return reasonCode;
  }
}
