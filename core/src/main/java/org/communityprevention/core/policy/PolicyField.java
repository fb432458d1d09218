package org.communityprevention.core.policy;

import java.util.Optional;
import java.util.function.Function;

/**
 * One value of a {@link Policy} as the layering rules see it: its path (as in JSON and in {@link Policy#provenance}),
 * how to read it, and which direction is stricter.
 */
public final class PolicyField {
  private final String path;
  private final Function<Policy, ?> getter;
  private final Strictness strictness;
  private final boolean absentIsStrictest;

  private PolicyField(String path, Function<Policy, ?> getter, Strictness strictness, boolean absentIsStrictest) {
    this.path = path;
    this.getter = getter;
    this.strictness = strictness;
    this.absentIsStrictest = absentIsStrictest;
  }

  static PolicyField of(String path, Function<Policy, ?> getter, Strictness strictness) {
    return new PolicyField(path, getter, strictness, false);
  }

  /** An optional field whose absence is the strictest value (e.g. no threshold: any case counts). */
  static PolicyField absentIsStrictest(String path, Function<Policy, ?> getter, Strictness strictness) {
    return new PolicyField(path, getter, strictness, true);
  }

  /** An optional field whose absence is the loosest value (e.g. no target: nothing to fall short of). */
  static PolicyField absentIsLoosest(String path, Function<Policy, ?> getter, Strictness strictness) {
    return new PolicyField(path, getter, strictness, false);
  }

  /** The field path, such as {@code population.closeContact}. */
  public String path() {
    return path;
  }

  /** Which direction is stricter. */
  public Strictness strictness() {
    return strictness;
  }

  /** The field's value in a policy; an optional field gives the contained value or {@code null}. */
  public Object valueIn(Policy policy) {
    Object v = getter.apply(policy);
    return v instanceof Optional ? ((Optional<?>) v).orElse(null) : v;
  }

  /** Whether the field in {@code candidate} is at least as strict as in {@code base}. */
  public boolean atLeastAsStrict(Policy candidate, Policy base) {
    Object c = valueIn(candidate);
    Object b = valueIn(base);
    if (c == null || b == null) {
      return c == b || (c == null ? absentIsStrictest : !absentIsStrictest);
    }
    return strictness.compare(c, b);
  }

  @Override
  public String toString() {
    return path + " (" + strictness + ")";
  }
}
