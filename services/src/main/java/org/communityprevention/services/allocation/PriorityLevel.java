package org.communityprevention.services.allocation;

import org.communityprevention.core.message.Term;

/**
 * The coarse dispatch level of a resident (服务优先级), most urgent first; the enum order is the dispatch order.
 * Which traits make which level is stated by the eligibility rules.
 */
public enum PriorityLevel implements Term {
  /** 紧急: cannot manage without help (失能, a child without a carer, a very old person alone, regular treatment). */
  URGENT("紧急", "urgent"),
  /** 优先: a vulnerable resident (elderly, disabled, pregnant, a child in difficulty, in home isolation, …). */
  HIGH("优先", "high"),
  /** 一般: everyone else. */
  NORMAL("一般", "normal");

  private final String chinese;
  private final String english;

  PriorityLevel(String chinese, String english) {
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
