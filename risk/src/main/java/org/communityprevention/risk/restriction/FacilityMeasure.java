package org.communityprevention.risk.restriction;

/** The measures §5.5 requires at community service facilities in areas with an outbreak. */
public enum FacilityMeasure {
  /** 体温检测: temperature checks. */
  TEMPERATURE_CHECK("体温检测", "temperature checks"),
  /** 健康码查验: health-code checks. */
  HEALTH_CODE_CHECK("健康码查验", "health-code checks"),
  /** 流量限制: a limit on the people inside at once. */
  FLOW_LIMIT("流量限制", "flow limit"),
  /** 清洁消毒: cleaning and disinfection. */
  CLEANING_AND_DISINFECTION("清洁消毒", "cleaning and disinfection");

  private final String chinese;
  private final String english;

  FacilityMeasure(String chinese, String english) {
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
