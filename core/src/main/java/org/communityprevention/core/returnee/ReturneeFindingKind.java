package org.communityprevention.core.returnee;

import java.util.Locale;
import org.communityprevention.core.message.Term;

/** What a village finds wrong with a returnee's arrival (返乡人员核查问题, §2.3); each is one reason code. */
public enum ReturneeFindingKind implements Term {
  /** Returned without registering: 未登记报备. */
  NOT_REGISTERED("未登记报备", "not registered"),
  /** Registered only after the return day: 返乡后才登记. */
  REGISTERED_LATE("返乡后才登记", "registered after returning"),
  /** No pre-return test shown where the policy asks for one: 无核酸阴性证明. */
  TEST_MISSING("无返乡前核酸阴性证明", "no pre-return test"),
  /** A pre-return test taken too long before the return (or after it): 核酸证明超期. */
  TEST_STALE("核酸证明不在有效期内", "pre-return test out of date"),
  /** A pre-return test that is not negative: 核酸结果非阴性. */
  TEST_NOT_NEGATIVE("返乡前核酸结果非阴性", "pre-return test not negative"),
  /** A yellow or red health code on arrival: 健康码异常. */
  HEALTH_CODE("抵达时健康码异常", "health code not green on arrival");

  private final String chinese;
  private final String english;

  ReturneeFindingKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** The reason code, such as {@code core.returnee.test_stale}. */
  public String reasonCode() {
    return "core.returnee." + name().toLowerCase(Locale.ROOT);
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
