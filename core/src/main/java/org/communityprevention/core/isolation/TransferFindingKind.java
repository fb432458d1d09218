package org.communityprevention.core.isolation;

import org.communityprevention.core.message.Term;

/** What a check of a mass isolation finds wrong (转运核查问题, §2.5); each is one reason code. */
public enum TransferFindingKind implements Term {
  /** The information release came after the first vehicle left: 信息发布晚于首车出发. */
  ANNOUNCED_LATE("信息发布晚于首车出发", "information released after the first departure"),
  /** A resident of the order was not registered before their trip left: 未登记. */
  NOT_REGISTERED("未登记", "not registered"),
  /** A resident of the order is on no trip: 未安排车辆. */
  NOT_ASSIGNED("未安排车辆", "not assigned to a trip"),
  /** A resident is on more than one trip: 重复安排. */
  ASSIGNED_TWICE("重复安排车辆", "assigned to more than one trip"),
  /** A passenger who is not a resident of the order: 非转运名单人员. */
  NOT_IN_ORDER("非转运名单人员", "not on the order's list"),
  /** A trip on a vehicle the plan does not list: 车辆未登记. */
  UNKNOWN_VEHICLE("车辆不在名单中", "vehicle not listed"),
  /** A trip with more passengers than its vehicle may carry: 超出满载率. */
  OVER_CAPACITY("超出车辆限载", "over the vehicle's capacity"),
  /** A household's members on different trips or bound for different sites: 同户分离. */
  HOUSEHOLD_SPLIT("同户人员分开转运", "household split"),
  /** A child on a trip with no adult of their household: 儿童无人陪同. */
  CHILD_WITHOUT_CARER("儿童无监护人陪同", "child without a carer"),
  /** An elderly, disabled or child resident left after someone without priority: 优先人员未优先. */
  PRIORITY_LATER("优先转运人员未优先", "priority person not taken first");

  private final String chinese;
  private final String english;

  TransferFindingKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** The reason code of the finding, such as {@code core.isolation.over_capacity}. */
  public String reasonCode() {
    return "core.isolation." + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Chinese term. */
  @Override
  public String chinese() {
    return chinese;
  }

  /** English term. */
  @Override
  public String english() {
    return english;
  }
}
