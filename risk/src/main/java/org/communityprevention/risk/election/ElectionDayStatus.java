package org.communityprevention.risk.election;

/** Whether a planned election day is lawful (§4.2; 村民委员会组织法 Art. 14). */
public enum ElectionDayStatus {
  /** 可以在该日选举: the area is low and the voter list was published with the lead time. */
  LAWFUL("可以在该日选举", "lawful"),
  /** 暂停换届选举: the election is suspended on that day. */
  SUSPENDED("暂停换届选举", "suspended"),
  /** 选民名单公布时间不足: the voter list was not published, or not early enough, before that day. */
  VOTER_LIST_TOO_LATE("选民名单公布时间不足", "voter list too late");

  private final String chinese;
  private final String english;

  ElectionDayStatus(String chinese, String english) {
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
