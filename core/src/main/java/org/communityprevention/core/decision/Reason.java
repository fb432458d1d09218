package org.communityprevention.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.message.Messages;
import org.immutables.value.Value;

/**
 * Why a decision came out as it did: a stable code, the clauses of the notice behind it, the facts it used and the
 * policy values it applied. Facts and policy values are plain strings (dates, counts, levels), never personal data,
 * so a reason can be shown to a resident or an auditor and stored for replay.
 *
 * <p>The code has the form {@code <module>.<package>.<key>} and renders to Chinese or English through
 * {@link Messages}; facts and policy values fill the placeholders of its text.
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

  /** The reason's text in a language. */
  public String text(Locale locale) {
    Map<String, String> params = ImmutableMap.<String, String>builder()
        .putAll(facts()).putAll(policyValues()).buildKeepingLast();
    return Messages.render(code(), params, locale);
  }

  /** Starts a reason with a code and the clauses it cites. */
  public static Builder of(String code, Clause... clauses) {
    Builder b = new Builder();
    b.code(code).addClauses(clauses);
    return b;
  }

  /** Builder for {@link Reason}. */
  public static final class Builder extends ImmutableReason.Builder {
    /** Adds a fact, converting the value with {@link String#valueOf(Object)}. */
    public Builder fact(String name, Object value) {
      putFacts(name, String.valueOf(value));
      return this;
    }

    /** Adds a policy value, converting it with {@link String#valueOf(Object)}. */
    public Builder policy(String path, Object value) {
      putPolicyValues(path, String.valueOf(value));
      return this;
    }
  }
}
