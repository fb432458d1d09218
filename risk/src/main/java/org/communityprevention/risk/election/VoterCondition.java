package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/** Why a voter may be unable to vote in person (§4.4), or {@link #NONE}. */
public enum VoterCondition implements Term {
  /** No reason: votes in person. */
  NONE("无", "none"),
  /** 确诊病例. */
  CONFIRMED_CASE("确诊病例", "confirmed case"),
  /** 疑似病例. */
  SUSPECTED_CASE("疑似病例", "suspected case"),
  /** 正在隔离. */
  IN_ISOLATION("正在隔离", "in isolation"),
  /** 因疫情防控需要不能到场: cannot attend for prevention needs (e.g. in a medium- or high-risk area). */
  PREVENTION_RESTRICTED("因疫情防控需要不能到场", "cannot attend for prevention needs"),
  /** 外出: away during the election (the ordinary ground for a proxy, 村委会组织法 Art. 15). */
  AWAY("外出", "away");

  private final String chinese;
  private final String english;

  VoterCondition(String chinese, String english) {
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

  /** Whether §4.4 calls for the special voting method: a case, a suspected case or someone kept away by prevention. */
  public boolean needsSpecialMethod() {
    return this == CONFIRMED_CASE || this == SUSPECTED_CASE || this == IN_ISOLATION || this == PREVENTION_RESTRICTED;
  }
}
