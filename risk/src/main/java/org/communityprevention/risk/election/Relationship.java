package org.communityprevention.risk.election;

import org.communityprevention.core.message.Term;

/**
 * How a proxy holder is related to the voter who entrusts them. The near relatives (近亲属) are those 民法典 Art. 1045
 * lists: spouse, parents, children, siblings, grandparents and grandchildren on either side.
 */
public enum Relationship implements Term {
  /** 配偶. */
  SPOUSE("配偶", "spouse", true),
  /** 父母. */
  PARENT("父母", "parent", true),
  /** 子女. */
  CHILD("子女", "child", true),
  /** 兄弟姐妹. */
  SIBLING("兄弟姐妹", "sibling", true),
  /** 祖父母、外祖父母. */
  GRANDPARENT("祖父母、外祖父母", "grandparent", true),
  /** 孙子女、外孙子女. */
  GRANDCHILD("孙子女、外孙子女", "grandchild", true),
  /** 其他亲属: another relative, not a near one. */
  OTHER_RELATIVE("其他亲属", "other relative", false),
  /** 非亲属. */
  NOT_RELATED("非亲属", "not related", false);

  private final String chinese;
  private final String english;
  private final boolean near;

  Relationship(String chinese, String english, boolean near) {
    this.chinese = chinese;
    this.english = english;
    this.near = near;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** Whether a near relative (近亲属). */
  public boolean isNearRelative() {
    return near;
  }
}
