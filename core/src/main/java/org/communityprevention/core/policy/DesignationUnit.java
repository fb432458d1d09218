package org.communityprevention.core.policy;

/** The unit a risk level is designated for; it shrank as the protocols were refined. */
public enum DesignationUnit {
  /** County (县、市、区), 2020 分区分级 guidance. */
  COUNTY("县（市、区）"),
  /** Township or street (乡镇/街道), 7th edition practice. */
  TOWNSHIP("乡镇（街道）"),
  /** Residential compound or village (居住小区（村）), 9th edition. */
  COMPOUND_OR_VILLAGE("居住小区（村）"),
  /** Stair-unit or building (单元、楼栋), 2022-11 optimisation. */
  BUILDING("单元、楼栋");

  private final String chinese;

  DesignationUnit(String chinese) {
    this.chinese = chinese;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }
}
