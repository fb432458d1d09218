package org.communityprevention.services.facility;

import org.communityprevention.core.message.Term;

/** A prevention measure a community service facility takes in an area with an outbreak (§5.5). */
public enum FacilityMeasure implements Term {
  /** 体温检测. */
  TEMPERATURE_CHECK("体温检测", "temperature check"),
  /** 健康码查验. */
  HEALTH_CODE_CHECK("健康码查验", "health-code check"),
  /** 流量限制. */
  FLOW_LIMIT("流量限制", "flow limit"),
  /** 环境清洁和消毒. */
  CLEANING_AND_DISINFECTION("环境清洁和消毒", "cleaning and disinfection");

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
