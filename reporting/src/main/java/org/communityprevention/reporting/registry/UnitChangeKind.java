package org.communityprevention.reporting.registry;

import org.communityprevention.core.message.Term;

/** What happened to a reporting unit on a date (区划变更类型). */
public enum UnitChangeKind implements Term {
  /** The unit was set up and owes a report from this date (设立). */
  OPENED("设立", "opened"),
  /** The unit took a new name; its code and duty are unchanged (更名). */
  RENAMED("更名", "renamed"),
  /** The unit got a new code in a yearly code revision: the old code is retired, the new one reports (代码变更). */
  RECODED("代码变更", "recoded"),
  /** The unit was merged into another, which reports for it from this date (合并). */
  MERGED("合并", "merged"),
  /** The unit was dissolved and owes no report from this date (撤销). */
  CLOSED("撤销", "closed");

  private final String chinese;
  private final String english;

  UnitChangeKind(String chinese, String english) {
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

  /** Whether the change ends the unit's duty to report under its code. */
  public boolean ends() {
    return this == RECODED || this == MERGED || this == CLOSED;
  }
}
