package org.communityprevention.services.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.OverrideAction;
import org.communityprevention.core.population.OverrideOutcome;
import org.communityprevention.core.testing.Theories;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.testing.ServiceGenerators;
import org.communityprevention.services.testing.ServiceGenerators.Dated;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link ServiceEligibility#services} and the explained eligibility against {@link ReferenceEligibility} on random
 * residents, areas, days and shipped baselines (the ed7 baseline half of the time, whose holiday window the days
 * straddle). 10,000 cases by default; {@code -DQT_EXAMPLES} above 10,000 runs that many, below 1,000 ten times it.
 */
@DisplayName("§5.1–§5.4 eligibility matches a plain table of conditions")
class ReferenceEligibilityProperties {
  @Test
  @DisplayName("the hot-path service mask and the explained services equal the table's")
  void eligibilityMatchesTable() {
    Theories.reference()
        .forAll(withDecisions(), ServiceGenerators.areas(),
            Generate.pick(NationalBaselines.IDS).mix(Generate.constant("ed7-2020"), 50))
        .checkAssert((d, area, id) -> agrees(d, area, NationalBaselines.byId(id)));
  }

  /**
   * The generators' residents, a third of them with up to three more manual decisions on the categories that also
   * have a fact path (a relative, a discharge, a §5.3 status), so that a removal has to beat the fact.
   */
  static Gen<Dated<Resident>> withDecisions() {
    return in -> {
      Dated<Resident> d = ServiceGenerators.datedResidents().generate(in);
      int extra = Generate.range(-5, 3).generate(in);
      if (extra <= 0) {
        return d;
      }
      Resident r = d.value();
      Set<Category> held = EnumSet.noneOf(Category.class);
      r.classification().memberships().forEach(m -> held.add(m.category()));
      List<OverrideOutcome> overrides = new ArrayList<>(r.classification().overrides());
      for (int i = 0; i < extra; i++) {
        Category c = FACT_PATHS.get(Generate.range(0, FACT_PATHS.size() - 1).generate(in));
        OverrideAction action = OverrideAction.values()[Generate.range(0, 1).generate(in)];
        overrides.add(ServiceGenerators.override(c, action, d.date().minusDays(i), held.contains(c)));
      }
      Resident more = new Resident.Builder().from(r).classification(
          ServiceGenerators.classification(r.personId(), d.date(), held, overrides)).build();
      return new Dated<>(d.date(), more);
    };
  }

  private static final List<Category> FACT_PATHS = List.of(Category.FAMILY_OF_MEDICAL_WORKER,
      Category.FAMILY_OF_CENTRALISED_ISOLATION, Category.RECOVERED_IN_OUTBREAK_AREA, Category.EXTREME_POVERTY,
      Category.MIGRANT_WORKER_STAYING_FOR_HOLIDAY, Category.LEFT_BEHIND_ELDERLY, Category.SPECIAL_HARDSHIP_VISIT,
      Category.LOW_INCOME_FAMILY, Category.MINIMUM_LIVING_ALLOWANCE, Category.SCATTERED_ORPHAN_VISIT,
      Category.LEFT_BEHIND_CHILD_VISIT, Category.CHILD_IN_DIFFICULTY_VISIT);

  private static void agrees(Dated<Resident> d, AreaSituation area, Policy policy) {
    ServiceEligibility eligibility = ServiceEligibility.under(policy);
    var expected = ReferenceEligibility.services(d.value(), area, d.date(), policy);
    assertThat(CommunityService.setOf(eligibility.services(d.value(), area, d.date()))).as("hot path")
        .isEqualTo(expected);
    assertThat(eligibility.explain(d.value(), area, d.date()).services()).extracting(s -> s.service())
        .as("explained").containsExactlyInAnyOrderElementsOf(expected);
  }
}
