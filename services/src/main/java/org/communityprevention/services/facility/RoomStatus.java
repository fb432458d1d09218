package org.communityprevention.services.facility;

import org.communityprevention.core.message.Term;

/** How a room of a facility operates on a day, from open to suspended. */
public enum RoomStatus implements Term {
  /** 正常开放. */
  OPEN("正常开放", "open"),
  /** 限流开放: open, with fewer people at once (减少人员聚集). */
  REDUCED("限流开放", "reduced"),
  /** 暂停聚集活动. */
  SUSPENDED("暂停聚集活动", "suspended");

  private final String chinese;
  private final String english;

  RoomStatus(String chinese, String english) {
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
