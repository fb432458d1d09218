package org.communityprevention.reporting.signal;

import org.communityprevention.core.message.Term;

/**
 * How serious a concealment signal is (线索严重程度), named after what the unit's report contradicts. Ordinal order is
 * severity order, {@code MONITORING < ARRIVAL < CONTACT < CASE}, so {@link #compareTo} compares severity and lists
 * of signals rank the most serious first.
 *
 * <p>The order follows what a missed report would hide: a case or suspected case (the outbreak itself) before the
 * people who must be isolated because of one, before people arriving from medium- or high-risk areas who must be
 * registered, before an abnormal finding among people under health monitoring. Ongoing health monitoring without an
 * abnormal finding contradicts no zero report and raises no signal of its own (§2.3; see the zero-report note of the
 * policy sources).
 */
public enum SignalSeverity implements Term {
  /** An abnormal finding among people under health monitoring, or monitoring counts below the known ones (健康监测). */
  MONITORING("monitoring", "健康监测异常", "health monitoring finding"),
  /** A new arrival from a medium- or high-risk area (中高风险地区来人). */
  ARRIVAL("arrival", "中高风险地区来人", "arrival from a medium- or high-risk area"),
  /** A close contact or an isolation order (密切接触者或隔离医学观察). */
  CONTACT("contact", "密切接触者或隔离", "close contact or isolation"),
  /** A case or suspected case (病例或疑似病例), the most serious. */
  CASE("case", "病例或疑似病例", "case or suspected case");

  private final String code;
  private final String chinese;
  private final String english;

  SignalSeverity(String code, String chinese, String english) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
  }

  /** Stable lower-case code. */
  public String code() {
    return code;
  }

  /** Chinese term, e.g. 病例或疑似病例. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** Whether this severity is at least as serious as {@code other}. */
  public boolean atLeast(SignalSeverity other) {
    return compareTo(other) >= 0;
  }

  /** The more serious of two severities. */
  public static SignalSeverity max(SignalSeverity a, SignalSeverity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
