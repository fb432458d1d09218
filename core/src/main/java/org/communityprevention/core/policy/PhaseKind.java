package org.communityprevention.core.policy;

import org.communityprevention.core.message.Term;

/**
 * Kinds of management a person can be under, from the strictest. The order is strictness: a tightened policy may
 * replace a phase's kind only by a stricter one.
 */
public enum PhaseKind implements Term {
  /** 集中隔离医学观察: centralised isolation medical observation (§2.5). */
  CENTRALISED_ISOLATION("集中隔离医学观察", "centralised isolation medical observation"),
  /** 居家隔离医学观察: home isolation medical observation (§2.4). */
  HOME_ISOLATION("居家隔离医学观察", "home isolation medical observation"),
  /** 居家健康监测: home health monitoring (§2.3). */
  HOME_HEALTH_MONITORING("居家健康监测", "home health monitoring"),
  /** 社区健康监测: community health monitoring, e.g. periodic tests while living normally (§2.3). */
  COMMUNITY_HEALTH_MONITORING("社区健康监测", "community health monitoring");

  private final String chinese;
  private final String english;

  PhaseKind(String chinese, String english) {
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

  /** Whether this kind is at least as strict as another. */
  public boolean atLeastAsStrictAs(PhaseKind other) {
    return ordinal() <= other.ordinal();
  }
}
