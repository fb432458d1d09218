package org.communityprevention.core.population;

import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PopulationPolicy;

/** Shared fixtures of the example tests: the shipped baselines and short ways to ask about a day. */
final class Examples {
  static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  static final Policy ED9 = NationalBaselines.byId("ed9-2022");
  /** ED9 without secondary close contacts, as the 2022-11 optimisation had it. */
  static final Policy NO_SECONDARY = new Policy.Builder().from(ED9).id("no-secondary")
      .population(new PopulationPolicy.Builder().from(ED9.population()).secondaryCloseContact(Optional.empty())
          .build())
      .build();

  private Examples() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static PersonFacts.Builder person() {
    return new PersonFacts.Builder().personId("P-1");
  }

  static boolean holds(Policy policy, PersonFacts facts, String day, Category c) {
    return c.in(PopulationClassifier.of(policy).automaticMask(facts, d(day)));
  }

  static CategoryMembership membership(Policy policy, PersonFacts facts, String day, Category c) {
    return PopulationClassifier.classify(facts, d(day), policy).membership(c).orElseThrow(
        () -> new AssertionError(c + " not held on " + day));
  }
}
