package org.communityprevention.core.population;

import org.communityprevention.core.message.Term;

/**
 * A health-code colour (健康码颜色) as observed: an external input. The library never computes a colour; the policy
 * says what management a yellow or red code calls for.
 */
public enum HealthCodeColour implements Term {
  /** 绿码. */
  GREEN("绿码", "green"),
  /** 黄码. */
  YELLOW("黄码", "yellow"),
  /** 红码. */
  RED("红码", "red");

  private final String chinese;
  private final String english;

  HealthCodeColour(String chinese, String english) {
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
