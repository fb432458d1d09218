package org.communityprevention.core.policy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;

/**
 * A set of policies with their effective dates, answering "which rules were in force on this date" with one
 * policy. Periods may not overlap, so the answer is never ambiguous.
 */
public final class PolicyCatalog {
  private final ImmutableList<Policy> policies;

  private PolicyCatalog(List<Policy> policies) {
    this.policies = ImmutableList.sortedCopyOf(Comparator.comparing(Policy::effectiveFrom), policies);
    for (int i = 1; i < this.policies.size(); i++) {
      Policy before = this.policies.get(i - 1);
      Policy after = this.policies.get(i);
      if (before.effectiveUntil().map(u -> u.isAfter(after.effectiveFrom())).orElse(true)) {
        throw ValidationException.of("policies[" + i + "].effectiveFrom", "core.policy.overlapping_periods",
            "first", before.id(), "second", after.id());
      }
    }
  }

  /** A catalog; fails if two policies' periods overlap. */
  public static PolicyCatalog of(Collection<Policy> policies) {
    return new PolicyCatalog(ImmutableList.copyOf(policies));
  }

  /** The policies, by effective date. */
  public ImmutableList<Policy> policies() {
    return policies;
  }

  /** The policy in force on a date, if any. */
  public Optional<Policy> inForceOn(LocalDate date) {
    return policies.stream().filter(p -> p.inForceOn(date)).findFirst();
  }

  /** The policy in force on a date; fails with a typed error naming the date if none is. */
  public Policy requireInForceOn(LocalDate date) {
    return inForceOn(date).orElseThrow(() -> ValidationException.of("date", "core.policy.none_in_force",
        "date", date));
  }

  /** The policy with an id. */
  public Optional<Policy> byId(String id) {
    return policies.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
