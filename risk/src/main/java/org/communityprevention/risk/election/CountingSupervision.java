package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/** How the count is supervised when few may attend it (§4.6). */
public enum CountingSupervision implements Term {
  /** 选民代表现场监督: elected voter representatives on site. */
  VOTER_REPRESENTATIVES("选民代表现场监督", "voter representatives on site"),
  /** 视频直播: live video. */
  LIVE_VIDEO("视频直播", "live video");

  private final String chinese;
  private final String english;

  CountingSupervision(String chinese, String english) {
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
