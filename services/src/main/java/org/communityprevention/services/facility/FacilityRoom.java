package org.communityprevention.services.facility;

import org.communityprevention.core.message.Term;

/**
 * A room of a community service facility (服务设施功能室). The four gathering rooms §5.5 names reduce or suspend
 * gatherings in an area with an outbreak; the service hall stays open under the facility's flow limit.
 */
public enum FacilityRoom implements Term {
  /** 村（居）民议事室. */
  DELIBERATION_ROOM("村（居）民议事室", "deliberation room", true),
  /** 图书室. */
  READING_ROOM("图书室", "reading room", true),
  /** 文体活动室（麻将棋牌室）. */
  RECREATION_ROOM("文体活动室（麻将棋牌室）", "recreation room (mahjong and chess room)", true),
  /** 老年活动室（日间照料中心）. */
  ELDERLY_ACTIVITY_ROOM("老年活动室（日间照料中心）", "elderly activity room (day-care centre)", true),
  /** 服务大厅: where residents handle their affairs. */
  SERVICE_HALL("服务大厅", "service hall", false);

  private final String chinese;
  private final String english;
  private final boolean gathering;

  FacilityRoom(String chinese, String english, boolean gathering) {
    this.chinese = chinese;
    this.english = english;
    this.gathering = gathering;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** Whether §5.5 names the room as one where gatherings are reduced or suspended. */
  public boolean isGatheringRoom() {
    return gathering;
  }
}
