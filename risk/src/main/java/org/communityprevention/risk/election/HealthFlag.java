package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/** An abnormal item of a health declaration (健康申报异常情况). */
public enum HealthFlag implements Term {
  /** 发热. */
  FEVER("发热", "fever"),
  /** 咳嗽等呼吸道症状. */
  RESPIRATORY_SYMPTOMS("咳嗽等呼吸道症状", "cough or other respiratory symptoms"),
  /** 健康码非绿码. */
  HEALTH_CODE_NOT_GREEN("健康码非绿码", "health code not green"),
  /** 确诊或疑似病例. */
  CONFIRMED_OR_SUSPECTED("确诊或疑似病例", "confirmed or suspected case"),
  /** 密切接触者. */
  CLOSE_CONTACT("密切接触者", "close contact"),
  /** 近期有中高风险地区旅居史. */
  RISK_AREA_TRAVEL("近期有中高风险地区旅居史", "recent stay in a medium- or high-risk area"),
  /** 正在隔离或健康监测. */
  UNDER_ISOLATION("正在隔离或健康监测", "under isolation or health monitoring"),
  /** 其他异常. */
  OTHER("其他异常", "other");

  private final String chinese;
  private final String english;

  HealthFlag(String chinese, String english) {
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
