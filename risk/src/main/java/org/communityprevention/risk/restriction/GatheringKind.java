package org.communityprevention.risk.restriction;

import org.communityprevention.core.message.Term;

/** The private gatherings §3.3 names: 喜事缓办、丧事简办、宴会不办. */
public enum GatheringKind implements Term {
  /** 喜事: weddings and other celebrations. */
  CELEBRATION("喜事", "wedding or celebration"),
  /** 丧事: funerals. */
  FUNERAL("丧事", "funeral"),
  /** 宴会: banquets. */
  BANQUET("宴会", "banquet");

  private final String chinese;
  private final String english;

  GatheringKind(String chinese, String english) {
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
