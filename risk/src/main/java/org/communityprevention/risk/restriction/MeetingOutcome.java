package org.communityprevention.risk.restriction;

import org.communityprevention.core.message.Term;

/** What §3.5 says of a planned meeting, from the least to the most restrictive. */
public enum MeetingOutcome implements Term {
  /** 可以召开: may go ahead as planned, with protective measures. */
  ALLOWED("可以召开（做好防护）", "may go ahead, with protective measures"),
  /** 压缩规模或时长: may go ahead only within the policy's size and duration. */
  REDUCE("须压缩规模或时长", "may go ahead only within the size and duration limits"),
  /**
   * 分组召开: a statutory meeting larger than the size limit meets in groups, each within the limit, or through
   * representatives, because shrinking it could take it below its legal quorum.
   */
  MEET_IN_GROUPS("分组召开或由代表参加", "meet in groups within the size limit, or through representatives"),
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
