package org.communityprevention.core.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.policy.PopulationPolicy;

/**
 * Links secondary close contacts (次密切接触者, §2.4) to the close contacts they came through, when both are in the
 * same batch of residents: a secondary contact's {@link ContactExposure#linkedContactPositiveOn()} and
 * {@link ContactExposure#linkedContactClearedOn()} are worked out from the linked person's own nucleic-acid tests.
 *
 * <p>The linked person's tests that count are those sampled from {@code population.closeContactLookbackDays} before
 * the secondary contact's last exposure: a positive among them makes the linked person a case, so the secondary
 * contact becomes a close contact from the day of the first positive; the first two tests both negative clear the
 * secondary contact for release at the end of the plan (released on day 7 under the 9th edition only when the close
 * contact's first two tests are negative). A day the caller already gave is kept. Classifying the resolved facts of
 * one person gives the same result as the ledger does, because the ledger classifies exactly these facts.
 */
public final class ContactLinks {
  private ContactLinks() {}

  /** The residents, in the same order, with every secondary exposure completed from its linked person's tests. */
  public static List<PersonFacts> resolve(List<PersonFacts> residents, PopulationPolicy policy) {
    Map<String, List<TestResult>> tests = new HashMap<>();
    boolean anySecondary = false;
    for (PersonFacts f : residents) {
      if (!f.testResults().isEmpty()) {
        tests.computeIfAbsent(f.personId(), k -> new ArrayList<>()).addAll(f.testResults());
      }
      anySecondary |= f.contactExposures().stream().anyMatch(c -> c.tier() == ContactTier.SECONDARY);
    }
    if (!anySecondary) {
      return residents;
    }
    List<PersonFacts> out = new ArrayList<>(residents.size());
    for (PersonFacts f : residents) {
      out.add(resolve(f, tests, policy.closeContactLookbackDays()));
    }
    return out;
  }

  private static PersonFacts resolve(PersonFacts f, Map<String, List<TestResult>> tests, int lookbackDays) {
    boolean changed = false;
    List<ContactExposure> exposures = new ArrayList<>(f.contactExposures().size());
    for (ContactExposure c : f.contactExposures()) {
      ContactExposure r = c;
      if (c.tier() == ContactTier.SECONDARY) {
        List<TestResult> linked = tests.getOrDefault(c.linkedCloseContactId().orElseThrow(), List.of());
        r = resolve(c, linked, c.lastExposureOn().minusDays(lookbackDays));
      }
      changed |= r != c;
      exposures.add(r);
    }
    return changed ? new PersonFacts.Builder().from(f).contactExposures(exposures).build() : f;
  }

  private static ContactExposure resolve(ContactExposure c, List<TestResult> linked, LocalDate from) {
    List<TestResult> counted = new ArrayList<>();
    for (TestResult t : linked) {
      if (!t.sampledOn().isBefore(from)) {
        counted.add(t);
      }
    }
    counted.sort(Comparator.comparing(TestResult::sampledOn).thenComparing(TestResult::outcome));
    Optional<LocalDate> positive = counted.stream().filter(t -> t.outcome() == TestOutcome.POSITIVE)
        .map(TestResult::sampledOn).findFirst();
    Optional<LocalDate> cleared = counted.size() >= 2 && counted.get(0).outcome() == TestOutcome.NEGATIVE
        && counted.get(1).outcome() == TestOutcome.NEGATIVE ? Optional.of(counted.get(1).sampledOn())
        : Optional.empty();
    ContactExposure r = c;
    if (c.linkedContactPositiveOn().isEmpty() && positive.isPresent()) {
      r = r.withLinkedContactPositiveOn(positive.get());
    }
    if (c.linkedContactClearedOn().isEmpty() && cleared.isPresent()) {
      r = r.withLinkedContactClearedOn(cleared.get());
    }
    return r;
  }
}
