package org.communityprevention.core.area;

import org.communityprevention.core.message.Term;

/**
 * The risk level of an area (风险等级), ordered {@code LOW < MEDIUM < HIGH}. Ordinal order is severity order, so
 * {@link #compareTo} and {@link #atLeast} compare severity.
 */
public enum RiskLevel implements Term {
  /** 低风险. */
  LOW("low", "低风险", "low risk"),
  /** 中风险. */
  MEDIUM("medium", "中风险", "medium risk"),
  /** 高风险. */
  HIGH("high", "高风险", "high risk");

  private final String code;
  private final String chinese;
  private final String english;

  RiskLevel(String code, String chinese, String english) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
  }

  /** Stable lower-case code. */
  public String code() {
    return code;
  }

  /** Chinese term, e.g. 中风险. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** Whether this level is at least as severe as {@code other}. */
  public boolean atLeast(RiskLevel other) {
    return compareTo(other) >= 0;
  }

  /** The more severe of two levels. */
  public static RiskLevel max(RiskLevel a, RiskLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** One step down (HIGH → MEDIUM → LOW); LOW stays LOW. */
  public RiskLevel stepDown() {
    return this == LOW ? LOW : values()[ordinal() - 1];
  }
}
