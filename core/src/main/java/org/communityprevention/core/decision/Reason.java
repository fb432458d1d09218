package org.communityprevention.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.message.Term;
import org.communityprevention.core.message.Wording;
import org.immutables.value.Value;

/**
 * Why a decision came out as it did: a stable code, the clauses of the notice behind it, the facts it used and the
 * policy values it applied. Facts and policy values are plain strings (dates, counts, levels), never personal data,
 * so a reason can be shown to a resident or an auditor and stored for replay.
 *
 * <p>The code has the form {@code <module>.<package>.<key>} and renders to Chinese or English through
 * {@link Messages}; facts and policy values fill the placeholders of its text. A fact or policy value that is a
 * {@link Term} of the library's vocabulary (a category, a level, a plan) keeps its stable code in {@link #facts()}
 * or {@link #policyValues()} and its {@link #wordings() wording} beside it, so the Chinese text says 密切接触者 where
 * the code says {@code CLOSE_CONTACT}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReason.class)
@JsonDeserialize(as = ImmutableReason.class)
public abstract class Reason {
  /** Stable code, such as {@code core.population.close_contact}. */
  public abstract String code();

  /** The clauses of the notice this reason rests on; may be empty for a purely technical reason. */
  public abstract List<Clause> clauses();

  /** The facts used, by name (e.g. {@code lastExposure → 2021-02-01}). */
  public abstract Map<String, String> facts();

  /** The policy values applied, by policy field path (e.g. {@code population.closeContact → 14+7}). */
  public abstract Map<String, String> policyValues();

  /**
   * The words for the facts and policy values that are terms, by the same name or path: what the text shows in
   * place of the stable code. Empty when no value is a term.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, Wording> wordings();

  /** The reason's text in a language: placeholders filled from the facts and policy values, terms in words. */
  public String text(Locale locale) {
    ImmutableMap.Builder<String, String> params = ImmutableMap.<String, String>builder()
        .putAll(facts()).putAll(policyValues());
    wordings().forEach((name, wording) -> params.put(name, wording.in(locale)));
    return Messages.render(code(), params.buildKeepingLast(), locale);
  }

  /** Starts a reason with a code and the clauses it cites. */
  public static Builder of(String code, Clause... clauses) {
    Builder b = new Builder();
    b.code(code).addClauses(clauses);
    return b;
  }

  /** Builder for {@link Reason}. */
  public static final class Builder extends ImmutableReason.Builder {
    /**
     * Adds a fact, converting the value with {@link String#valueOf(Object)}. A {@link Term}, or a non-empty
     * collection of terms, is also worded, so the text shows its terms rather than its code.
     */
    public Builder fact(String name, Object value) {
      putFacts(name, String.valueOf(value));
      wordingOf(value).ifPresent(w -> putWordings(name, w));
      return this;
    }

    /** Adds a fact whose stored value is a stable code and whose text is a term (or the words of several). */
    public Builder fact(String name, String code, Term wording) {
      putFacts(name, code);
      putWordings(name, Wording.of(wording));
      return this;
    }

    /**
     * Adds a policy value, converting it with {@link String#valueOf(Object)}; a {@link Term} (a plan, a phase
     * kind) is also worded.
     */
    public Builder policy(String path, Object value) {
      putPolicyValues(path, String.valueOf(value));
      wordingOf(value).ifPresent(w -> putWordings(path, w));
      return this;
    }

    private static Optional<Wording> wordingOf(Object value) {
      if (value instanceof Term t) {
        return Optional.of(Wording.of(t));
      }
      if (value instanceof Collection<?> c && !c.isEmpty()
          && c.stream().allMatch(Term.class::isInstance)) {
        return Optional.of(Wording.ofAll(c.stream().map(Term.class::cast).toList()));
      }
      return Optional.empty();
    }
  }
}
