package org.communityprevention.core.policy;

import org.communityprevention.core.message.Term;

/**
 * An item an election's emergency plan (换届选举疫情防控应急处置预案, §4.1) covers. Which items a plan must cover is
 * policy ({@code activities.electionEmergencyPlanItems}), not code: §4.1 asks for emergency handling to be planned
 * without listing its parts, and the local plans of 2021 list them differently.
 */
public enum ElectionEmergencyItem implements Term {
  /** 疫情防控责任人: a person in charge of prevention during the election. */
  PERSON_IN_CHARGE("疫情防控责任人", "a person in charge of prevention"),
  /** 投票点临时隔离室: a temporary isolation or holding room at each polling point. */
  ISOLATION_ROOM("每个投票点的临时隔离（留观）室", "a temporary isolation room at each polling point"),
  /** 发热或健康码异常人员处置流程: what staff do with a voter who has a fever or an abnormal health code. */
  FEVER_PROCEDURE("发热或健康码异常人员处置流程", "the procedure for a voter with fever or an abnormal health code"),
  /** 转运定点医疗机构路线: the route to the designated clinic and the transfer arrangement. */
  TRANSFER_ROUTE("转运至定点医疗机构的路线", "the route of a transfer to the designated clinic"),
  /** 防疫消杀物资: disinfection and protective supplies. */
  DISINFECTION_SUPPLIES("防疫消杀物资", "disinfection and protective supplies"),
  /** 向乡镇（街道）报告渠道: the line for reporting to the township or street. */
  TOWNSHIP_REPORTING("向乡镇（街道）报告的渠道", "a reporting line to the township or street"),
  /** 暂停选举时的备用日期和方案: a backup date and plan should the election be suspended. */
  BACKUP_PLAN("暂停选举时的备用日期和方案", "a backup date and plan should the election be suspended");

  private final String chinese;
  private final String english;

  ElectionEmergencyItem(String chinese, String english) {
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
