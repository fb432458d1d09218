package org.communityprevention.core.person;

import com.google.common.base.Preconditions;
import org.communityprevention.core.message.Term;

/**
 * Sex as encoded in a resident identity number: the last digit of the sequence number is odd for men and even for
 * women (GB 11643-1999).
 */
public enum Sex implements Term {
  /** 男. */
  MALE("male", "男", "male"),
  /** 女. */
  FEMALE("female", "女", "female");

  private final String code;
  private final String chinese;
  private final String english;

  Sex(String code, String chinese, String english) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
  }

  /** Stable lower-case code. */
  public String code() {
    return code;
  }

  /** Chinese term: 男 or 女. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** The sex a sequence digit (0–9) encodes: odd is male, even is female. */
  static Sex ofSequenceDigit(int digit) {
    Preconditions.checkArgument(digit >= 0 && digit <= 9, "a sequence digit is 0-9");
    return digit % 2 == 1 ? MALE : FEMALE;
  }
}
