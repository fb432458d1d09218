package org.communityprevention.risk.restriction;

/** The meetings §3.5 names. */
public enum MeetingKind {
  /** 村（居）民会议: villagers' or residents' meeting. */
  VILLAGERS_MEETING("村（居）民会议", "villagers' or residents' meeting"),
  /** 村（居）民代表会议: representatives' meeting. */
  REPRESENTATIVES_MEETING("村（居）民代表会议", "representatives' meeting"),
  /** 村级议事协商会议: village deliberation meeting. */
  DELIBERATION_MEETING("村级议事协商会议", "deliberation meeting");

  private final String chinese;
  private final String english;

  MeetingKind(String chinese, String english) {
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
