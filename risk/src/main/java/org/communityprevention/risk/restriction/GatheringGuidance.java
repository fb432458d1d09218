package org.communityprevention.risk.restriction;

import org.communityprevention.core.message.Term;

/** The guidance §3.3 gives a gathering, from the least to the most restrictive. */
public enum GatheringGuidance implements Term {
  /** 少聚集、做好防护: may be held, with fewer people and protective measures. */
  REDUCE_AND_PROTECT("减少聚集、做好防护", "may be held with fewer people and protective measures"),
  /** 简办: keep it simple (funerals). */
  SIMPLIFY("简办", "keep it simple"),
  /** 缓办: postpone (weddings and celebrations). */
  POSTPONE("缓办", "postpone"),
  /** 不办: do not hold (banquets). */
  DO_NOT_HOLD("不办", "do not hold");

  private final String chinese;
  private final String english;

  GatheringGuidance(String chinese, String english) {
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
