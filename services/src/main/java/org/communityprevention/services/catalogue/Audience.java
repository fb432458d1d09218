package org.communityprevention.services.catalogue;

import org.communityprevention.core.message.Term;

/** Who a catalogue entry serves (服务对象): residents, or the community workers themselves (§6.6). */
public enum Audience implements Term {
  /** 居民: residents of the village or community. */
  RESIDENT("居民", "residents"),
  /** 城乡社区工作者: community workers. */
  COMMUNITY_WORKER("城乡社区工作者", "community workers");

  private final String chinese;
  private final String english;

  Audience(String chinese, String english) {
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
