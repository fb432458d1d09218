package org.communityprevention.core.message;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.List;

/**
 * A fact's value worded in both languages (措辞), kept beside its stable code so that a stored reason renders in
 * either language without the enums that produced it: {@code CLOSE_CONTACT} is 密切接触者 and
 * {@code close contact}; a list of terms is joined with 、 in Chinese and with commas in English.
 *
 * @param chinese the Chinese wording, not blank
 * @param english the English wording, not blank
 */
public record Wording(String chinese, String english) implements Term {
  /** Checks that both wordings are present. */
  public Wording {
    Preconditions.checkArgument(chinese != null && !chinese.isBlank(), "chinese is blank");
    Preconditions.checkArgument(english != null && !english.isBlank(), "english is blank");
  }

  /** The wording of one term. */
  public static Wording of(Term term) {
    return term instanceof Wording w ? w : new Wording(term.chinese(), term.english());
  }

  /** The wording of several terms in their order, or "无"/"none" for none. */
  public static Wording ofAll(Iterable<? extends Term> terms) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Term t : terms) {
      zh.add(t.chinese());
      en.add(t.english());
    }
    return zh.isEmpty() ? new Wording("无", "none") : new Wording(String.join("、", zh), String.join(", ", en));
  }
}
