package org.communityprevention.reporting.report;

import org.communityprevention.core.message.Term;

/** What a submission did to the ledger (报送结果); the ledger's final state does not depend on arrival order. */
public enum SubmissionOutcome implements Term {
  /** The first report for its unit and day (首次报送). */
  FIRST("首次报送", "first report"),
  /** The same report again: nothing changes (重复报送). */
  DUPLICATE("重复报送", "duplicate"),
  /** The same content, revision and filer again at another instant: kept in the history (再次报送). */
  RESUBMITTED("再次报送", "resubmitted"),
  /** A higher revision than any before: it wins, the earlier ones stay in the history (更正). */
  REVISION("更正", "revision"),
  /** A lower revision than one already held: kept in the history, it does not win (旧版本). */
  EARLIER_REVISION("旧版本", "earlier revision"),
  /** The same revision as one already held with different content: reported as a conflict (冲突). */
  CONFLICT("冲突", "conflict"),
  /** An urgent report, kept beside the routine reports (紧急报告). */
  URGENT("紧急报告", "urgent report");

  private final String chinese;
  private final String english;

  SubmissionOutcome(String chinese, String english) {
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
