package org.communityprevention.boot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.communityprevention.boot.Language;

/**
 * The language of an answer: the first of Chinese or English the request's {@code Accept-Language} asks for, else the
 * configured {@code community-prevention.language}.
 */
final class RequestLanguage {
  private final Language configured;

  RequestLanguage(Language configured) {
    this.configured = configured;
  }

  Locale of(HttpServletRequest request) {
    String header = request == null ? null : request.getHeader("Accept-Language");
    if (header != null && !header.isBlank()) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
          String tag = range.getRange().toLowerCase(Locale.ROOT);
          if (tag.equals("zh") || tag.startsWith("zh-")) {
            return Language.ZH.locale();
          }
          if (tag.equals("en") || tag.startsWith("en-")) {
            return Language.EN.locale();
          }
        }
      } catch (IllegalArgumentException e) {
        // An unreadable header asks for nothing: the configured language answers.
        return configured.locale();
      }
    }
    return configured.locale();
  }
}
