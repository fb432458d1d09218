package org.communityprevention.services.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.services.testing.ServiceGenerators.ED7;
import static org.communityprevention.services.testing.ServiceGenerators.SPRING_FESTIVAL;
import static org.communityprevention.services.testing.ServiceGenerators.classification;
import static org.communityprevention.services.testing.ServiceGenerators.resident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.services.allocation.CapacityPlan;
import org.communityprevention.services.allocation.DispatchPriority;
import org.communityprevention.services.allocation.ServiceQueue;
import org.communityprevention.services.catalogue.Channel;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.ChannelFindingKind;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.SelfCare;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.eligibility.ServiceNeeds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Village service lists")
class VillageServicePlanTest {
  private static final LocalDate DAY = SPRING_FESTIVAL;
  private static final DivisionCode VILLAGE = DivisionCode.parse("440983102201");
  private static final ServiceNeeds CHRONIC = new ServiceNeeds.Builder().chronicMedication(true).build();

  private static Resident inHousehold(Resident r, String household) {
    return new Resident.Builder().from(r).householdId(household).build();
  }

  private List<Resident> village() {
    List<Resident> out = new ArrayList<>();
    out.add(inHousehold(resident("p1", DAY, 84, CHRONIC, Category.ELDERLY_LIVING_ALONE), "h1"));
    out.add(inHousehold(resident("p2", DAY, 45, CHRONIC), "h2"));
    out.add(inHousehold(resident("p3", DAY, 47, CHRONIC, Category.PERSON_WITH_DISABILITY), "h2"));
    out.add(resident("p4", DAY.minusDays(1), 30, CHRONIC));
    out.add(inHousehold(resident("p5", DAY, 66, new ServiceNeeds.Builder().selfCare(SelfCare.LOST).build()), "h3"));
    out.add(resident("p6", DAY, 50, ServiceNeeds.none()));
    out.add(resident("p6", DAY, 51, CHRONIC));
    return out;
  }

  @Test
  @DisplayName("§5.2 a medium-risk village on the festival: medicine and care lists in priority order, bad records rejected and the rest kept")
  void mediumRiskVillage() {
    VillageServicePlanner planner = VillageServicePlanner.using(ServiceEligibility.under(ED7));
    VillageServicePlan plan = planner.plan(VillageDay.of(VILLAGE, DAY, AreaSituation.at(RiskLevel.MEDIUM)),
        village(), CapacityPlan.of(Map.of(CommunityService.CHRONIC_MEDICINE_DELIVERY, 2)));

    assertThat(plan.inputCount()).isEqualTo(7);
    assertThat(plan.accepted()).extracting(d -> d.personId()).containsExactly("p1", "p2", "p3", "p5");
    assertThat(plan.rejected()).extracting(Rejected::position).containsExactly(3L, 5L, 6L);
    assertThat(plan.rejected().get(0).violations().get(0).field()).isEqualTo("[3].classification.asOf");
    assertThat(plan.rejected().get(0).violations().get(0).code())
        .isEqualTo("services.eligibility.classification_date");
    assertThat(plan.rejected().get(1).violations().get(0).code()).isEqualTo("services.village.duplicate_person");
    assertThat(plan.rejected().get(2).violations().get(0).field()).isEqualTo("[6].facts.personId");
    assertThat(plan.batch().isClean()).isFalse();

    ServiceList medicine = plan.list(CommunityService.CHRONIC_MEDICINE_DELIVERY).orElseThrow();
    assertThat(medicine.residents()).extracting(DispatchPriority::personId).containsExactly("p1", "p3", "p2");
    assertThat(medicine.households()).isEqualTo(2);
    ServiceList care = plan.list(CommunityService.KEY_GROUP_CARE).orElseThrow();
    assertThat(care.residents()).extracting(DispatchPriority::personId).containsExactly("p5", "p3");
    assertThat(plan.counts()).containsEntry(CommunityService.GOVERNMENT_SERVICES, 4)
        .containsEntry(CommunityService.HOLIDAY_VISIT, 0).doesNotContainKey(CommunityService.WORKER_SUBSIDY);

    ServiceQueue q = plan.allocation().orElseThrow().queue(CommunityService.CHRONIC_MEDICINE_DELIVERY).orElseThrow();
    assertThat(q.served()).extracting(DispatchPriority::personId).containsExactly("p1", "p3");
    assertThat(q.waiting()).extracting(DispatchPriority::personId).containsExactly("p2");
  }

  @Test
  @DisplayName("§2.6 an online-only plan is reported for every elderly or disabled resident it would leave without an offline channel")
  void findingsForOnlineOnlyPlan() {
    ChannelPlan plan = ChannelPlan.catalogue()
        .with(CommunityService.GOVERNMENT_SERVICES, EnumSet.of(Channel.ONLINE))
        .with(CommunityService.CHRONIC_MEDICINE_DELIVERY, EnumSet.of(Channel.ONLINE));
    VillageServicePlan out = VillageServicePlanner.using(ServiceEligibility.under(ED7, plan))
        .plan(VillageDay.of(VILLAGE, DAY, AreaSituation.at(RiskLevel.MEDIUM)), village());
    assertThat(out.findings()).extracting(f -> f.service() + " " + f.personId() + " " + f.kind()).containsExactly(
        "CHRONIC_MEDICINE_DELIVERY p1 ONLINE_ONLY_FOR_SPECIAL_GROUP",
        "CHRONIC_MEDICINE_DELIVERY p3 ONLINE_ONLY_FOR_SPECIAL_GROUP",
        "GOVERNMENT_SERVICES p1 ONLINE_ONLY_FOR_SPECIAL_GROUP",
        "GOVERNMENT_SERVICES p3 ONLINE_ONLY_FOR_SPECIAL_GROUP",
        "GOVERNMENT_SERVICES p5 ONLINE_ONLY_FOR_SPECIAL_GROUP",
        "GOVERNMENT_SERVICES p5 NO_DOOR_TO_DOOR_FOR_HOMEBOUND");
    assertThat(out.findings().get(0).offered()).containsExactly(Channel.ONLINE, Channel.DOOR_TO_DOOR);
    assertThat(out.findings().get(0).kind().clause().id()).isEqualTo("§2.6");
    assertThat(out.allocation()).isEmpty();
  }

  @Test
  @DisplayName("a missing record is rejected and reported; an empty village gives empty lists")
  void missingAndEmpty() {
    List<Resident> withNull = new ArrayList<>();
    withNull.add(null);
    withNull.add(Resident.of(PersonFacts.of("p1"), classification("p1", DAY)));
    VillageServicePlanner planner = VillageServicePlanner.using(ServiceEligibility.under(ED7));
    VillageServicePlan plan = planner.plan(VillageDay.of(VILLAGE, DAY, AreaSituation.at(RiskLevel.LOW)), withNull);
    assertThat(plan.rejected()).hasSize(1);
    assertThat(plan.rejected().get(0).violations().get(0).code()).isEqualTo("services.village.missing_record");
    assertThat(plan.accepted()).hasSize(1);
    VillageServicePlan empty = planner.plan(VillageDay.of(VILLAGE, DAY, AreaSituation.at(RiskLevel.LOW)), List.of());
    assertThat(empty.lists()).allMatch(l -> l.persons() == 0 && l.households() == 0);
    assertThat(empty.inputCount()).isZero();
  }
}
