package org.communityprevention.core.message;

import java.util.Locale;

/**
 * A word of the library's vocabulary (术语) with its Chinese and English term: a category, a risk level, a room, a
 * measure. Every enum a reason can carry as a fact implements it, so a Chinese text names 密切接触者 where the
 * stable code says {@code CLOSE_CONTACT}, and never shows the code itself.
 */
public interface Term {
  /** The Chinese term, e.g. 中风险. */
  String chinese();

  /** The English term, e.g. {@code medium risk}. */
  String english();

  /** The term in a language: Chinese for {@code zh}, English for any other language. */
  default String in(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? chinese() : english();
  }
}
