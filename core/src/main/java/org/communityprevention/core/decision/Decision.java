package org.communityprevention.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.communityprevention.core.clause.Clause;
import org.immutables.value.Value;

/**
 * An outcome with the reasons behind it and the policy that decided. Every rule of the library returns one (or a
 * value that holds them), so a vendor can show why, in Chinese or English, and replay the decision from its inputs
 * and the referenced policy.
 *
 * @param <T> the outcome type
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision<T> {
  /** What was decided. */
  public abstract T outcome();

  /** Why, in the order the rule considered them; never empty. */
  public abstract List<Reason> reasons();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  @Value.Check
  void check() {
    if (reasons().isEmpty()) {
      throw new IllegalStateException("a decision explains itself with at least one reason");
    }
  }

  /** A decision with its reasons. */
  public static <T> Decision<T> of(T outcome, PolicyRef policy, List<Reason> reasons) {
    return ImmutableDecision.<T>builder().outcome(outcome).policy(policy).addAllReasons(reasons).build();
  }

  /** A decision with one or more reasons. */
  public static <T> Decision<T> of(T outcome, PolicyRef policy, Reason first, Reason... more) {
    return of(outcome, policy, ImmutableList.<Reason>builder().add(first).add(more).build());
  }

  /** Every clause cited by the reasons, in clause order. */
  public Set<Clause> clauses() {
    Set<Clause> all = new TreeSet<>();
    reasons().forEach(r -> all.addAll(r.clauses()));
    return all;
  }

  /** The reasons' texts in a language, one per reason. */
  public List<String> explain(Locale locale) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    reasons().forEach(r -> out.add(r.text(locale)));
    return out.build();
  }
}
