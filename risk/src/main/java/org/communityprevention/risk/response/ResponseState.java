package org.communityprevention.risk.response;

import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.message.Term;

/**
 * The state of a village's or community's emergency response (应急响应). The response is active while the governing
 * level is above low; LOW means routine prevention (常态化防控).
 *
 * <pre>
 * INACTIVE   --level above low-->  ACTIVATED
 * active     --level up-------->  ESCALATED
 * active     --level down, above low--> DE_ESCALATED
 * active     --level low------->  STOOD_DOWN
 * STOOD_DOWN --level above low-->  ACTIVATED
 * </pre>
 */
public enum ResponseState implements Term {
  /** 未启动: never started. */
  INACTIVE("未启动", "inactive", false),
  /** 启动: started as the level rose above low. */
  ACTIVATED("启动", "activated", true),
  /** 升级: the level rose while the response was active. */
  ESCALATED("升级", "escalated", true),
  /** 降级: the level fell but stayed above low. */
  DE_ESCALATED("降级", "de-escalated", true),
  /** 终止: the level returned to low. */
  STOOD_DOWN("终止", "stood down", false);

  private final String chinese;
  private final String english;
  private final boolean active;

  ResponseState(String chinese, String english, boolean active) {
    this.chinese = chinese;
    this.english = english;
    this.active = active;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** Whether the response is running. */
  public boolean isActive() {
    return active;
  }

  /** The state after the governing level moves from {@code from} to {@code to}; unchanged if the level is. */
  public ResponseState after(RiskLevel from, RiskLevel to) {
    if (to == RiskLevel.LOW) {
      return active ? STOOD_DOWN : this;
    }
    if (!active) {
      return ACTIVATED;
    }
    int c = to.compareTo(from);
    return c > 0 ? ESCALATED : c < 0 ? DE_ESCALATED : this;
  }
}
