package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/** Who §4.3 asks for a health declaration. */
public enum ParticipantRole implements Term {
  /** 参选人员: a candidate. */
  CANDIDATE("参选人员", "candidate"),
  /** 选举工作人员: election staff. */
  ELECTION_STAFF("选举工作人员", "election staff");

  private final String chinese;
  private final String english;

  ParticipantRole(String chinese, String english) {
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
