package org.communityprevention.boot;

import java.util.Locale;
import org.communityprevention.core.message.Messages;

/** The language of messages and reasons: Chinese ({@code zh}, the default) or English ({@code en}). */
public enum Language {
  /** Simplified Chinese (简体中文). */
  ZH(Messages.ZH),
  /** English. */
  EN(Messages.EN);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale the library's messages take. */
  public Locale locale() {
    return locale;
  }
}
