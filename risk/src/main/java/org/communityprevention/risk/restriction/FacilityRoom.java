package org.communityprevention.risk.restriction;

/**
 * Parts of a community service facility (城乡社区综合服务设施) as §5.5 treats them: the service hall, which keeps
 * serving residents, and the rooms where people gather, which reduce or suspend use in areas with an outbreak.
 */
public enum FacilityRoom {
  /** 服务大厅: the service hall (government and community services). */
  SERVICE_HALL("服务大厅", "service hall", false),
  /** 议事室: deliberation room. */
  DELIBERATION_ROOM("议事室", "deliberation room", true),
  /** 图书室: reading room. */
  READING_ROOM("图书室", "reading room", true),
  /** 文体活动室: recreation room. */
  RECREATION_ROOM("文体活动室", "recreation room", true),
  /** 麻将棋牌室: mahjong and chess room. */
  MAHJONG_CHESS_ROOM("麻将棋牌室", "mahjong and chess room", true),
  /** 老年活动室: elderly activity room. */
  ELDERLY_ACTIVITY_ROOM("老年活动室", "elderly activity room", true),
  /** 日间照料中心: day-care centre. */
  DAY_CARE_CENTRE("日间照料中心", "day-care centre", true);

  private final String chinese;
  private final String english;
  private final boolean gatheringRoom;

  FacilityRoom(String chinese, String english, boolean gatheringRoom) {
    this.chinese = chinese;
    this.english = english;
    this.gatheringRoom = gatheringRoom;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** Whether people gather there, so that §5.5 reduces or suspends it. */
  public boolean isGatheringRoom() {
    return gatheringRoom;
  }
}
