package org.communityprevention.examples.embedding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.LivingArrangement;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.services.allocation.CapacityPlan;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ResidentEligibility;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.eligibility.ServiceNeeds;
import org.communityprevention.services.village.VillageDay;
import org.communityprevention.services.village.VillageServicePlan;
import org.communityprevention.services.village.VillageServicePlanner;

/** Community services a resident is eligible for, and a village's lists (社区服务, §5.1–§5.4, §2.6). */
public final class ServiceEligibilityExample {
  private ServiceEligibilityExample() {}

  /** What the example gives back, for the test. */
  public record Result(Set<CommunityService> services, List<String> reasonsEn, VillageServicePlan plan) {}

  /** Two residents of a medium-risk village on the 2021 Spring Festival. */
  public static Result run(Policy policy) {
    // tag::services[]
    LocalDate day = LocalDate.of(2021, 2, 12);
    AreaSituation area = AreaSituation.at(RiskLevel.MEDIUM);          // an outbreak area from services.outbreakFrom
    PopulationClassifier classifier = PopulationClassifier.of(policy);
    ServiceEligibility rules = ServiceEligibility.under(policy);      // once per policy (and channel plan)

    PersonFacts facts = new PersonFacts.Builder().personId("p1").birthDate(LocalDate.of(1937, 1, 20))
        .livingArrangement(LivingArrangement.ALONE).build();
    Resident elderly = new Resident.Builder().facts(facts).classification(classifier.classify(facts, day))
        .needs(new ServiceNeeds.Builder().chronicMedication(true).build()).householdId("h1").build();
    PersonFacts other = PersonFacts.of("p2");
    Resident neighbour = Resident.of(other, classifier.classify(other, day),
        new ServiceNeeds.Builder().chronicMedication(true).build());

    long mask = rules.services(elderly, area, day);                    // hot path: a mask, no reasons
    ResidentEligibility why = rules.explain(elderly, area, day);       // channels, priority and reasons
    List<String> reasons = why.toDecision().explain(Messages.EN);

    VillageServicePlan plan = VillageServicePlanner.using(rules).plan(
        VillageDay.of(DivisionCode.parse("440983102201"), day, area), List.of(elderly, neighbour),
        CapacityPlan.of(Map.of(CommunityService.CHRONIC_MEDICINE_DELIVERY, 1)));
    // plan.lists(): residents per service in dispatch order; plan.allocation(): who is served first
    // end::services[]
    return new Result(CommunityService.setOf(mask), reasons, plan);
  }
}
