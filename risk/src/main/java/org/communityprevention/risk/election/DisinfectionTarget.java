package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/** What §4.7 asks to disinfect. */
public enum DisinfectionTarget implements Term {
  /** 选举场所: the election venue. */
  ELECTION_VENUE("选举场所", "election venue"),
  /** 投票点: the polling stations. */
  POLLING_STATIONS("投票点", "polling stations"),
  /** 公共物品: shared objects (pens, booths, ballot boxes). */
  SHARED_OBJECTS("公共物品", "shared objects");

  private final String chinese;
  private final String english;

  DisinfectionTarget(String chinese, String english) {
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
