package org.communityprevention.reporting.readiness;

import org.communityprevention.core.message.Term;

/** The staff §6.3 and §6.5 name for training, drills and vaccination (人员类别). */
public enum StaffCategory implements Term {
  /** 社区工作者: community workers. */
  COMMUNITY_WORKER("社区工作者", "community workers"),
  /** 社会工作者: social workers. */
  SOCIAL_WORKER("社会工作者", "social workers"),
  /** 基层医疗卫生人员: grassroots medical staff. */
  GRASSROOTS_MEDICAL("基层医疗卫生人员", "grassroots medical staff");

  private final String chinese;
  private final String english;

  StaffCategory(String chinese, String english) {
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
