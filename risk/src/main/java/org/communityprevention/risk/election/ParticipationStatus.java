package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/** Whether a candidate or staff member may take part (§4.3). */
public enum ParticipationStatus implements Term {
  /** 可以参加: normal declaration, or an assessment that allows it. */
  MAY_TAKE_PART("可以参加", "may take part"),
  /** 须风险评估: abnormal declaration, not yet assessed; may not take part meanwhile. */
  RISK_ASSESSMENT_REQUIRED("须进行风险评估", "risk assessment required"),
  /** 不得参加: the assessment decided so. */
  MAY_NOT_TAKE_PART("不得参加", "may not take part"),
  /** 未申报: no declaration by the election day; may not take part until one is made. */
  NO_DECLARATION("未进行健康申报", "no health declaration");

  private final String chinese;
  private final String english;

  ParticipationStatus(String chinese, String english) {
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

  /** Whether the person may take part. */
  public boolean allowed() {
    return this == MAY_TAKE_PART;
  }
}
