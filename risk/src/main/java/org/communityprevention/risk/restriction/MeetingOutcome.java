package org.communityprevention.risk.restriction;

/** What §3.5 says of a planned meeting, from the least to the most restrictive. */
public enum MeetingOutcome {
  /** 可以召开: may go ahead as planned, with protective measures. */
  ALLOWED("可以召开（做好防护）", "may go ahead, with protective measures"),
  /** 压缩规模或时长: may go ahead only within the policy's size and duration. */
  REDUCE("须压缩规模或时长", "may go ahead only within the size and duration limits"),
  /** 暂缓组织: postponed, as in medium- and high-risk areas. */
  POSTPONED("暂缓组织", "postponed");

  private final String chinese;
  private final String english;

  MeetingOutcome(String chinese, String english) {
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
