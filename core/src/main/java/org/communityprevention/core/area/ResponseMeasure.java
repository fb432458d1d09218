package org.communityprevention.core.area;

import org.communityprevention.core.message.Term;

/**
 * A measure of a village's or community's emergency response (§2.1) or of the strengthened measures of §1.8.
 * Which measures hold at which risk level is policy ({@code risk.responseMeasures}), not code.
 */
public enum ResponseMeasure implements Term {
  /** 进出卡点: entry and exit checkpoints. */
  ENTRY_EXIT_CHECKPOINTS("进出卡点", "entry and exit checkpoints"),
  /** 体温检测: temperature checks of people entering and leaving. */
  TEMPERATURE_CHECK("体温检测", "temperature checks"),
  /** 健康码查验: health-code checks. */
  HEALTH_CODE_CHECK("健康码查验", "health-code checks"),
  /** 信息登记: registration of people entering and leaving. */
  INFORMATION_REGISTRATION("信息登记", "registration of people entering and leaving"),
  /** 封闭管理: closed management of the village or community. */
  CLOSED_MANAGEMENT("封闭管理", "closed management"),
  /** 入户排查: door-to-door screening. */
  DOOR_TO_DOOR_SCREENING("入户排查", "door-to-door screening"),
  /** 巡逻走访: patrols and home visits. */
  PATROLS_AND_VISITS("巡逻走访", "patrols and home visits"),
  /** 返乡人员排查: screening of returning and arriving people (strengthened, §1.8). */
  ARRIVAL_SCREENING("返乡人员排查", "screening of returning and arriving people"),
  /** 配合边境防控: support for border prevention (border villages, §1.8). */
  BORDER_PREVENTION_SUPPORT("配合边境防控", "support for border prevention"),
  /** 足不出户、上门服务: nobody leaves home, services come to the door (封控, a 9th-edition high-risk area). */
  STAY_HOME_SERVICES_AT_DOOR("足不出户、上门服务", "nobody leaves home, services come to the door"),
  /** 人不出区、错峰取物: nobody leaves the area, goods are picked up at staggered times (管控, 9th-edition medium). */
  STAY_IN_AREA_STAGGERED_PICKUP("人不出区、错峰取物", "nobody leaves the area, goods picked up at staggered times");

  private final String chinese;
  private final String english;

  ResponseMeasure(String chinese, String english) {
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
