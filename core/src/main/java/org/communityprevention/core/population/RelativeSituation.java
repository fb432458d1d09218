package org.communityprevention.core.population;

import org.communityprevention.core.message.Term;

/** Why a household member puts a resident in the §5.4 service scope. */
public enum RelativeSituation implements Term {
  /** 家属在集中隔离医学观察. */
  IN_CENTRALISED_ISOLATION("集中隔离医学观察人员", "in centralised isolation"),
  /** 家属是医务人员. */
  MEDICAL_WORKER("医务人员", "medical worker");

  private final String chinese;
  private final String english;

  RelativeSituation(String chinese, String english) {
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
