package org.communityprevention.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/** Assertions that a validation failure does not repeat the personal value it rejected. */
final class Leaks {
  /** Pieces this long or longer of the raw input must not appear in any text of the exception. */
  static final int WINDOW = 4;

  private Leaks() {}

  /** Every text the exception exposes: its message, both languages, each violation's field, params and text. */
  static List<String> textsOf(ValidationException e) {
    List<String> texts = new ArrayList<>();
    texts.add(e.getMessage());
    texts.add(e.message(Messages.ZH));
    texts.add(e.message(Messages.EN));
    texts.add(e.toString());
    for (Violation v : e.violations()) {
      texts.add(v.toString());
      texts.add(v.field());
      texts.addAll(v.params().values());
    }
    return texts;
  }

  /**
   * Asserts that no four-character piece of {@code raw} appears in any text of {@code e}, unless the piece is part
   * of the fixed text of the violation's code (" 10 " of "10 to 12" is not a leak of "+86 10 …").
   */
  static void assertNoPieceOf(String raw, ValidationException e) {
    List<String> texts = textsOf(e);
    List<String> fixed = new ArrayList<>();
    for (Violation v : e.violations()) {
      fixed.add(Messages.render(v.code(), Map.of(), Messages.EN));
      fixed.add(Messages.render(v.code(), Map.of(), Messages.ZH));
    }
    // Any leak of four or more code points contains a leak of four chars, so char windows suffice.
    for (int i = 0; i + WINDOW <= raw.length(); i++) {
      String piece = raw.substring(i, i + WINDOW);
      if (fixed.stream().anyMatch(f -> f.contains(piece))) {
        continue;
      }
      for (String text : texts) {
        assertThat(text).as("text of %s", e.violations().get(0).code()).doesNotContain(piece);
      }
    }
  }
}
