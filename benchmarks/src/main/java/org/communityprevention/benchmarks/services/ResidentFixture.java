package org.communityprevention.benchmarks.services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.CategoryMembership;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.HouseholdLink;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.SocialStatus;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.SelfCare;
import org.communityprevention.services.eligibility.ServiceNeeds;

/**
 * Synthetic residents for the services benchmarks, seeded and so the same on every run: an age mix of a rural
 * village, about one in five in a key-population category, one in eight with a social status, one in ten with a
 * recorded service need. Memberships and needs are shared between residents to keep a million of them in memory.
 */
final class ResidentFixture {
  static final LocalDate DAY = LocalDate.of(2021, 2, 12);

  private ResidentFixture() {}

  static Resident[] residents(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PolicyRef policy = PolicyRef.of("ed7-2020", "1");
    List<CategoryMembership> memberships = new ArrayList<>();
    for (Category c : Category.all()) {
      memberships.add(new CategoryMembership.Builder().category(c).start(DAY.minusDays(3)).dayNumber(4)
          .testDueToday(false).build());
    }
    ServiceNeeds[] needs = {
        ServiceNeeds.none(),
        new ServiceNeeds.Builder().chronicMedication(true).build(),
        new ServiceNeeds.Builder().selfCare(SelfCare.LOST).build(),
        new ServiceNeeds.Builder().noInternetAccess(true).chronicMedication(true).build(),
        new ServiceNeeds.Builder().regularTreatment(true).build(),
        new ServiceNeeds.Builder().stayingForHoliday(true).build()};
    SocialStatus[] statuses = SocialStatus.values();
    Resident[] out = new Resident[n];
    for (int i = 0; i < n; i++) {
      String id = "p" + i;
      PersonFacts.Builder facts = new PersonFacts.Builder().personId(id)
          .birthDate(DAY.minusDays(random.nextInt(95 * 365)));
      if (random.nextInt(8) == 0) {
        facts.addSocialStatuses(statuses[random.nextInt(statuses.length)]);
      }
      if (random.nextInt(50) == 0) {
        facts.addHouseholdLinks(HouseholdLink.medicalWorker("m" + i));
      }
      Classification.Builder c = new Classification.Builder().personId(id).asOf(DAY).policy(policy);
      if (random.nextInt(5) == 0) {
        CategoryMembership m = memberships.get(random.nextInt(memberships.size()));
        c.addMemberships(m).addEffectiveCategories(m.category());
      }
      c.disagreement(false);
      ServiceNeeds need = random.nextInt(10) == 0 ? needs[1 + random.nextInt(needs.length - 1)] : needs[0];
      out[i] = new Resident.Builder().facts(facts.build()).classification(c.build()).needs(need)
          .householdId("h" + i / 3).build();
    }
    return out;
  }
}
