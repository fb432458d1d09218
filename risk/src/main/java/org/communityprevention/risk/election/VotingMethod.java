package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/** How a voter votes (§4.4). */
public enum VotingMethod implements Term {
  /** 现场投票: in person. */
  IN_PERSON("现场投票", "in person"),
  /** 专门的投票办法: a special method (e.g. a mobile ballot box), with proxy voting encouraged. */
  SPECIAL_METHOD("专门的投票办法", "special voting method"),
  /** 委托投票: through a valid written proxy. */
  BY_PROXY("委托投票", "by proxy"),
  /** 外出且未有效委托: away without a valid written proxy; cannot vote this time. */
  ABSENT_WITHOUT_PROXY("外出且未有效委托", "away without a valid proxy"),
  /** 无选举权: not a registered voter. */
  NOT_ELIGIBLE("无选举权", "not eligible");

  private final String chinese;
  private final String english;

  VotingMethod(String chinese, String english) {
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
