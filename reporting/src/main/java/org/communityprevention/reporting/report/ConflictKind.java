package org.communityprevention.reporting.report;

import org.communityprevention.core.message.Term;

/** How two reports of the same unit, day and revision disagree (报送冲突类型). */
public enum ConflictKind implements Term {
  /** A zero report and a figures report (零报告与数据报告冲突). */
  ZERO_VS_FIGURES("零报告与数据报告冲突", "zero report versus figures"),
  /** Two figures reports with different counts (数据不一致). */
  FIGURES_DISAGREE("数据不一致", "figures disagree");

  private final String chinese;
  private final String english;

  ConflictKind(String chinese, String english) {
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
