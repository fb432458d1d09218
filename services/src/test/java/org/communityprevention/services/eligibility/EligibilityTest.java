package org.communityprevention.services.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.services.catalogue.CommunityService.CHRONIC_MEDICINE_DELIVERY;
import static org.communityprevention.services.catalogue.CommunityService.DAILY_NECESSITIES;
import static org.communityprevention.services.catalogue.CommunityService.EMERGENCY_VEHICLE;
import static org.communityprevention.services.catalogue.CommunityService.EMOTIONAL_COMFORT;
import static org.communityprevention.services.catalogue.CommunityService.GOVERNMENT_SERVICES;
import static org.communityprevention.services.catalogue.CommunityService.HOLIDAY_STAYER_SERVICES;
import static org.communityprevention.services.catalogue.CommunityService.HOLIDAY_VISIT;
import static org.communityprevention.services.catalogue.CommunityService.KEY_GROUP_CARE;
import static org.communityprevention.services.catalogue.CommunityService.LIVING_SUPPORT;
import static org.communityprevention.services.testing.ServiceGenerators.AFTER_HOLIDAY;
import static org.communityprevention.services.testing.ServiceGenerators.ED7;
import static org.communityprevention.services.testing.ServiceGenerators.SPRING_FESTIVAL;
import static org.communityprevention.services.testing.ServiceGenerators.classification;
import static org.communityprevention.services.testing.ServiceGenerators.override;
import static org.communityprevention.services.testing.ServiceGenerators.resident;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.HouseholdLink;
import org.communityprevention.core.population.MedicalHistory;
import org.communityprevention.core.population.OverrideAction;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.SocialStatus;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.allocation.PriorityLevel;
import org.communityprevention.services.catalogue.Channel;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.catalogue.CommunityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Service eligibility")
class EligibilityTest {
  private static final ServiceEligibility RULES = ServiceEligibility.under(ED7);
  private static final AreaSituation QUIET = AreaSituation.at(RiskLevel.LOW);
  private static final AreaSituation MEDIUM = AreaSituation.at(RiskLevel.MEDIUM);
  private static final AreaSituation HIGH = AreaSituation.at(RiskLevel.HIGH);
  private static final LocalDate DAY = SPRING_FESTIVAL;

  private static Set<CommunityService> services(Resident r, AreaSituation area, LocalDate date) {
    return CommunityService.setOf(RULES.services(r, area, date));
  }

  private static Resident adult(String id, LocalDate date, ServiceNeeds needs, Category... categories) {
    return resident(id, date, 40, needs, categories);
  }

  private static Resident withFacts(String id, LocalDate date, PersonFacts.Builder facts, Category... categories) {
    return Resident.of(facts.personId(id).build(), classification(id, date, categories));
  }

  @Nested
  @DisplayName("§5.1 community government services and holiday stayers")
  class Section51 {
    @Test
    @DisplayName("§5.1 every resident gets community government services, in any area, on any day")
    void governmentServicesForEveryone() {
      Resident r = adult("p1", AFTER_HOLIDAY, ServiceNeeds.none());
      assertThat(services(r, QUIET, AFTER_HOLIDAY)).containsExactly(GOVERNMENT_SERVICES);
      assertThat(services(r, HIGH, AFTER_HOLIDAY)).contains(GOVERNMENT_SERVICES);
    }

    @Test
    @DisplayName("§5.1 people spending the holiday here get integrated services inside the holiday window only")
    void holidayStayersInWindowOnly() {
      ServiceNeeds staying = new ServiceNeeds.Builder().stayingForHoliday(true).build();
      LocalDate first = ED7.population().holidayWindow().start();
      LocalDate end = ED7.population().holidayWindow().endExclusive();
      assertThat(services(adult("p1", first, staying), QUIET, first)).contains(HOLIDAY_STAYER_SERVICES);
      assertThat(services(adult("p1", end.minusDays(1), staying), MEDIUM, end.minusDays(1)))
          .contains(HOLIDAY_STAYER_SERVICES);
      assertThat(services(adult("p1", end, staying), QUIET, end)).doesNotContain(HOLIDAY_STAYER_SERVICES);
      assertThat(services(adult("p1", first.minusDays(1), staying), QUIET, first.minusDays(1)))
          .doesNotContain(HOLIDAY_STAYER_SERVICES);
    }
  }

  @Nested
  @DisplayName("§5.2 emergency plan services")
  class Section52 {
    @Test
    @DisplayName("§5.2 delivers chronic-disease medicine to every patient on long-term medication in an outbreak area")
    void chronicMedicineInOutbreakArea() {
      Resident r = adult("p1", DAY, new ServiceNeeds.Builder().chronicMedication(true).build());
      assertThat(services(r, MEDIUM, DAY)).contains(CHRONIC_MEDICINE_DELIVERY);
      assertThat(services(r, QUIET, DAY)).doesNotContain(CHRONIC_MEDICINE_DELIVERY);
    }

    @Test
    @DisplayName("§5.2 delivers chronic-disease medicine in a quiet area to a patient who cannot fetch it")
    void chronicMedicineForThoseWhoCannotTravel() {
      ServiceNeeds needs = new ServiceNeeds.Builder().chronicMedication(true).build();
      Resident alone = resident("p1", DAY, 75, needs, Category.ELDERLY_LIVING_ALONE);
      Resident disabled = adult("p2", DAY, needs, Category.PERSON_WITH_DISABILITY);
      assertThat(services(alone, QUIET, DAY)).contains(CHRONIC_MEDICINE_DELIVERY);
      assertThat(services(disabled, QUIET, DAY)).contains(CHRONIC_MEDICINE_DELIVERY);
      assertThat(services(adult("p3", DAY, ServiceNeeds.none(), Category.PERSON_WITH_DISABILITY), MEDIUM, DAY))
          .doesNotContain(CHRONIC_MEDICINE_DELIVERY);
    }

    @Test
    @DisplayName("§5.2 cares for people unable to care for themselves, persons with disabilities and pregnant women")
    void keyGroupCare() {
      assertThat(services(adult("p1", DAY, new ServiceNeeds.Builder().selfCare(SelfCare.PARTLY_LOST).build()),
          QUIET, DAY)).contains(KEY_GROUP_CARE);
      assertThat(services(adult("p2", DAY, ServiceNeeds.none(), Category.PERSON_WITH_DISABILITY), QUIET, DAY))
          .contains(KEY_GROUP_CARE);
      assertThat(services(adult("p3", DAY, ServiceNeeds.none(), Category.PREGNANT_OR_POSTPARTUM), QUIET, DAY))
          .contains(KEY_GROUP_CARE);
      assertThat(services(resident("p4", DAY, 90, ServiceNeeds.none()), QUIET, DAY)).doesNotContain(KEY_GROUP_CARE);
    }

    @Test
    @DisplayName("§5.2 dispatches emergency vehicles in an outbreak area for regular treatment and pregnancy only")
    void emergencyVehicles() {
      Resident dialysis = adult("p1", DAY, new ServiceNeeds.Builder().regularTreatment(true).build());
      Resident pregnant = adult("p2", DAY, ServiceNeeds.none(), Category.PREGNANT_OR_POSTPARTUM);
      assertThat(services(dialysis, MEDIUM, DAY)).contains(EMERGENCY_VEHICLE);
      assertThat(services(pregnant, HIGH, DAY)).contains(EMERGENCY_VEHICLE);
      assertThat(services(dialysis, QUIET, DAY)).doesNotContain(EMERGENCY_VEHICLE);
      assertThat(services(adult("p3", DAY, ServiceNeeds.none()), HIGH, DAY)).doesNotContain(EMERGENCY_VEHICLE);
    }

    @Test
    @DisplayName("§5.2 with §2.1 supplies every resident of a high-risk area under closed management; medium only those who cannot shop")
    void necessitiesUnderClosedManagement() {
      Resident anyone = adult("p1", DAY, ServiceNeeds.none());
      Resident isolated = adult("p2", DAY, ServiceNeeds.none(), Category.HOME_ISOLATION);
      assertThat(services(anyone, HIGH, DAY)).contains(DAILY_NECESSITIES);
      assertThat(services(anyone, MEDIUM, DAY)).doesNotContain(DAILY_NECESSITIES);
      assertThat(services(isolated, MEDIUM, DAY)).contains(DAILY_NECESSITIES);
      assertThat(services(isolated, QUIET, DAY)).contains(DAILY_NECESSITIES);
      // A high level the authorities declared free of outbreak is not under the §5.4/§5.2 outbreak rules.
      assertThat(services(anyone, AreaSituation.at(RiskLevel.HIGH, false), DAY)).doesNotContain(DAILY_NECESSITIES);
    }
  }

  @Nested
  @DisplayName("§5.3 holiday visits in areas without an outbreak")
  class Section53 {
    private Resident leftBehindElderly(LocalDate date) {
      return withFacts("p1", date, new PersonFacts.Builder().birthDate(date.minusYears(70))
          .addSocialStatuses(SocialStatus.LEFT_BEHIND));
    }

    @Test
    @DisplayName("§5.3 visits a left-behind elderly person in a quiet area during the festival, with living support and comfort")
    void visitsLeftBehindElderly() {
      assertThat(services(leftBehindElderly(DAY), QUIET, DAY))
          .contains(HOLIDAY_VISIT, LIVING_SUPPORT, EMOTIONAL_COMFORT);
    }

    @Test
    @DisplayName("§5.3 holiday window boundaries: first day and last day in, the day after and the day before out")
    void holidayWindowBoundaries() {
      LocalDate first = ED7.population().holidayWindow().start();
      LocalDate last = ED7.population().holidayWindow().endExclusive().minusDays(1);
      assertThat(first).isEqualTo(LocalDate.of(2021, 1, 28));
      assertThat(last).isEqualTo(LocalDate.of(2021, 3, 8));
      assertThat(services(leftBehindElderly(first), QUIET, first)).contains(HOLIDAY_VISIT);
      assertThat(services(leftBehindElderly(last), QUIET, last)).contains(HOLIDAY_VISIT);
      assertThat(services(leftBehindElderly(last.plusDays(1)), QUIET, last.plusDays(1)))
          .doesNotContain(HOLIDAY_VISIT, LIVING_SUPPORT, EMOTIONAL_COMFORT);
      assertThat(services(leftBehindElderly(first.minusDays(1)), QUIET, first.minusDays(1)))
          .doesNotContain(HOLIDAY_VISIT);
    }

    @Test
    @DisplayName("§5.3 the visit is tied to quiet areas: an outbreak area keeps living support and comfort but drops the visit")
    void noVisitInOutbreakArea() {
      Set<CommunityService> outbreak = services(leftBehindElderly(DAY), MEDIUM, DAY);
      assertThat(outbreak).doesNotContain(HOLIDAY_VISIT).contains(LIVING_SUPPORT, EMOTIONAL_COMFORT);
      assertThat(services(leftBehindElderly(DAY), AreaSituation.at(RiskLevel.LOW, true), DAY))
          .doesNotContain(HOLIDAY_VISIT);
    }

    @Test
    @DisplayName("§5.3 every group of the clause is visited: 农民工, 留守老人/儿童, 困境儿童, 散居孤儿, 低保, 特困, 特殊困难, 低收入")
    void everyVisitGroup() {
      List<Category> groups = List.of(Category.MIGRANT_WORKER_STAYING_FOR_HOLIDAY, Category.LEFT_BEHIND_ELDERLY,
          Category.LEFT_BEHIND_CHILD_VISIT, Category.CHILD_IN_DIFFICULTY_VISIT, Category.SCATTERED_ORPHAN_VISIT,
          Category.MINIMUM_LIVING_ALLOWANCE, Category.EXTREME_POVERTY, Category.SPECIAL_HARDSHIP_VISIT,
          Category.LOW_INCOME_FAMILY);
      for (Category c : groups) {
        assertThat(services(adult("p1", DAY, ServiceNeeds.none(), c), QUIET, DAY)).as(c.code())
            .contains(HOLIDAY_VISIT);
      }
    }

    @Test
    @DisplayName("§5.3 a status counts for a child only below the adult age and for left-behind elderly from the elderly age")
    void ageBoundsOfStatuses() {
      PersonFacts.Builder child17 = new PersonFacts.Builder().birthDate(DAY.minusYears(18).plusDays(1))
          .addSocialStatuses(SocialStatus.SCATTERED_ORPHAN);
      PersonFacts.Builder adult18 = new PersonFacts.Builder().birthDate(DAY.minusYears(18))
          .addSocialStatuses(SocialStatus.SCATTERED_ORPHAN);
      assertThat(services(withFacts("p1", DAY, child17), QUIET, DAY)).contains(HOLIDAY_VISIT);
      assertThat(services(withFacts("p2", DAY, adult18), QUIET, DAY)).doesNotContain(HOLIDAY_VISIT);
      PersonFacts.Builder at59 = new PersonFacts.Builder().birthDate(DAY.minusYears(60).plusDays(1))
          .addSocialStatuses(SocialStatus.LEFT_BEHIND);
      PersonFacts.Builder at60 = new PersonFacts.Builder().birthDate(DAY.minusYears(60))
          .addSocialStatuses(SocialStatus.LEFT_BEHIND);
      assertThat(services(withFacts("p3", DAY, at59), QUIET, DAY)).doesNotContain(HOLIDAY_VISIT);
      assertThat(services(withFacts("p4", DAY, at60), QUIET, DAY)).contains(HOLIDAY_VISIT);
      PersonFacts.Builder unknownAge = new PersonFacts.Builder().addSocialStatuses(SocialStatus.LEFT_BEHIND);
      assertThat(services(withFacts("p5", DAY, unknownAge), QUIET, DAY)).doesNotContain(HOLIDAY_VISIT);
    }

    @Test
    @DisplayName("a worker's decision to remove the §5.3 category wins over the status; a decision to add it counts")
    void manualDecisionsWin() {
      PersonFacts facts = new PersonFacts.Builder().personId("p1").birthDate(DAY.minusYears(70))
          .addSocialStatuses(SocialStatus.LEFT_BEHIND).build();
      Resident removed = Resident.of(facts, classification("p1", DAY, EnumSet.noneOf(Category.class),
          List.of(override(Category.LEFT_BEHIND_ELDERLY, OverrideAction.REMOVE, DAY.minusDays(3), true))));
      assertThat(services(removed, QUIET, DAY)).doesNotContain(HOLIDAY_VISIT);
      Resident added = Resident.of(PersonFacts.of("p2"), classification("p2", DAY, EnumSet.noneOf(Category.class),
          List.of(override(Category.LOW_INCOME_FAMILY, OverrideAction.ADD, DAY.minusDays(3), false))));
      assertThat(services(added, QUIET, DAY)).contains(HOLIDAY_VISIT);
    }
  }

  @Nested
  @DisplayName("§5.4 service scope of areas with an outbreak")
  class Section54 {
    @Test
    @DisplayName("§5.4 adds family members of medical workers in outbreak areas")
    void familyOfMedicalWorkers() {
      Resident r = withFacts("p1", AFTER_HOLIDAY,
          new PersonFacts.Builder().addHouseholdLinks(HouseholdLink.medicalWorker("doc")));
      assertThat(services(r, MEDIUM, AFTER_HOLIDAY)).contains(LIVING_SUPPORT, EMOTIONAL_COMFORT);
      assertThat(services(r, QUIET, AFTER_HOLIDAY)).containsExactly(GOVERNMENT_SERVICES);
    }

    @Test
    @DisplayName("§5.4 adds people under home isolation, recovered people and family of people in centralised isolation")
    void otherOutbreakGroups() {
      Resident isolated = adult("p1", AFTER_HOLIDAY, ServiceNeeds.none(), Category.HOME_ISOLATION);
      Resident recovered = withFacts("p2", AFTER_HOLIDAY, new PersonFacts.Builder()
          .medicalHistory(MedicalHistory.recovered(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 20))));
      Resident family = withFacts("p3", AFTER_HOLIDAY, new PersonFacts.Builder()
          .addHouseholdLinks(HouseholdLink.inCentralisedIsolation("r", AFTER_HOLIDAY)));
      for (Resident r : List.of(isolated, recovered, family)) {
        assertThat(services(r, MEDIUM, AFTER_HOLIDAY)).as(r.personId()).contains(LIVING_SUPPORT);
        assertThat(services(r, QUIET, AFTER_HOLIDAY)).as(r.personId()).doesNotContain(LIVING_SUPPORT);
      }
    }

    @Test
    @DisplayName("§5.4 a relative's centralised isolation counts from its first day, not before")
    void centralisedIsolationStartBoundary() {
      Resident tomorrow = withFacts("p1", AFTER_HOLIDAY, new PersonFacts.Builder()
          .addHouseholdLinks(HouseholdLink.inCentralisedIsolation("r", AFTER_HOLIDAY.plusDays(1))));
      assertThat(services(tomorrow, MEDIUM, AFTER_HOLIDAY)).doesNotContain(LIVING_SUPPORT);
    }

    @Test
    @DisplayName("§5.4 recovered counts from the discharge day, not before")
    void recoveredFromDischarge() {
      Resident dischargedTomorrow = withFacts("p1", AFTER_HOLIDAY, new PersonFacts.Builder()
          .medicalHistory(MedicalHistory.recovered(LocalDate.of(2021, 3, 1), AFTER_HOLIDAY.plusDays(1))));
      Resident dischargedToday = withFacts("p2", AFTER_HOLIDAY, new PersonFacts.Builder()
          .medicalHistory(MedicalHistory.recovered(LocalDate.of(2021, 3, 1), AFTER_HOLIDAY)));
      assertThat(services(dischargedTomorrow, MEDIUM, AFTER_HOLIDAY)).doesNotContain(LIVING_SUPPORT);
      assertThat(services(dischargedToday, MEDIUM, AFTER_HOLIDAY)).contains(LIVING_SUPPORT);
    }

    @Test
    @DisplayName("§5.4 an area has an outbreak from services.outbreakFrom, unless the authorities' flag says otherwise")
    void outbreakThreshold() {
      assertThat(RULES.hasOutbreak(AreaSituation.at(RiskLevel.LOW))).isFalse();
      assertThat(RULES.hasOutbreak(AreaSituation.at(RiskLevel.MEDIUM))).isTrue();
      assertThat(RULES.hasOutbreak(AreaSituation.at(RiskLevel.LOW, true))).isTrue();
      assertThat(RULES.hasOutbreak(AreaSituation.at(RiskLevel.HIGH, false))).isFalse();
    }
  }

  @Nested
  @DisplayName("§2.6 offline channels")
  class Section26 {
    private final ChannelPlan onlineGovernment =
        ChannelPlan.catalogue().with(GOVERNMENT_SERVICES, EnumSet.of(Channel.ONLINE));
    private final ServiceEligibility rules = ServiceEligibility.under(ED7, onlineGovernment);

    @Test
    @DisplayName("§2.6 an elderly resident is offered an offline channel where the plan is online only, and the plan gets a finding")
    void elderlyKeepOffline() {
      ResidentEligibility e = rules.explain(resident("p1", DAY, 60, ServiceNeeds.none()), QUIET, DAY);
      EligibleService gov = e.service(GOVERNMENT_SERVICES).orElseThrow();
      assertThat(gov.plannedChannels()).containsExactly(Channel.ONLINE);
      assertThat(gov.channels()).containsExactly(Channel.ONLINE, Channel.DOOR_TO_DOOR);
      assertThat(gov.preferredChannel()).isEqualTo(Channel.DOOR_TO_DOOR);
      assertThat(gov.findings()).containsExactly(ChannelFindingKind.ONLINE_ONLY_FOR_SPECIAL_GROUP);
      assertThat(gov.clauses()).contains(Clause.S2_6, Clause.S5_1);
      assertThat(e.findings()).hasSize(1);
      assertThat(e.findings().get(0).reason().text(Messages.EN))
          .isEqualTo("the plan runs community government services online only (online) for a resident of a special group");
    }

    @Test
    @DisplayName("§2.6 one day short of the elderly age, a resident with a smartphone is offered the plan as it is")
    void youngerResidentOnline() {
      EligibleService young = rules.explain(Resident.of(new PersonFacts.Builder().personId("p2")
          .birthDate(DAY.minusYears(60).plusDays(1)).build(), classification("p2", DAY)), QUIET, DAY)
          .service(GOVERNMENT_SERVICES).orElseThrow();
      assertThat(young.channels()).containsExactly(Channel.ONLINE);
      assertThat(young.findings()).isEmpty();
      assertThat(young.preferredChannel()).isEqualTo(Channel.ONLINE);
    }

    @Test
    @DisplayName("§2.6 a person with a disability or without a smartphone keeps an offline channel too")
    void otherSpecialGroups() {
      for (Resident r : List.of(adult("p1", DAY, ServiceNeeds.none(), Category.PERSON_WITH_DISABILITY),
          adult("p2", DAY, new ServiceNeeds.Builder().noInternetAccess(true).build()))) {
        EligibleService gov = rules.explain(r, QUIET, DAY).service(GOVERNMENT_SERVICES).orElseThrow();
        assertThat(gov.channels()).as(r.personId()).contains(Channel.DOOR_TO_DOOR);
      }
    }

    @Test
    @DisplayName("§5.2 a resident who cannot leave home is offered door to door, and its absence in the plan is a finding")
    void homeboundDoorToDoor() {
      ChannelPlan counterOnly = ChannelPlan.catalogue().with(DAILY_NECESSITIES, EnumSet.of(Channel.OFFLINE));
      ResidentEligibility e = ServiceEligibility.under(ED7, counterOnly)
          .explain(adult("p1", DAY, ServiceNeeds.none(), Category.HOME_ISOLATION), QUIET, DAY);
      EligibleService supplies = e.service(DAILY_NECESSITIES).orElseThrow();
      assertThat(supplies.channels()).containsExactly(Channel.OFFLINE, Channel.DOOR_TO_DOOR);
      assertThat(supplies.preferredChannel()).isEqualTo(Channel.DOOR_TO_DOOR);
      assertThat(supplies.findings()).containsExactly(ChannelFindingKind.NO_DOOR_TO_DOOR_FOR_HOMEBOUND);
    }
  }

  @Nested
  @DisplayName("dispatch priority and explanations")
  class PriorityAndExplanations {
    @Test
    @DisplayName("an elderly person living alone is urgent from services.careVisitPriorityAge (80), high one day short of it")
    void veryOldLivingAlone() {
      Resident at80 = resident("p1", DAY, 80, ServiceNeeds.none(), Category.ELDERLY_LIVING_ALONE);
      Resident at79 = Resident.of(new PersonFacts.Builder().personId("p2").birthDate(DAY.minusYears(80).plusDays(1))
          .build(), classification("p2", DAY, Category.ELDERLY_LIVING_ALONE));
      long t80 = RULES.traits(at80, DAY);
      long t79 = RULES.traits(at79, DAY);
      assertThat(RULES.priority(at80, DAY, t80).level()).isEqualTo(PriorityLevel.URGENT);
      assertThat(RULES.priority(at79, DAY, t79).level()).isEqualTo(PriorityLevel.HIGH);
      assertThat(RULES.priority(adult("p3", DAY, ServiceNeeds.none()), DAY, Trait.RESIDENT.bit()).level())
          .isEqualTo(PriorityLevel.NORMAL);
    }

    @Test
    @DisplayName("the explanation names traits, rules, clauses, policy values and the priority, in Chinese and English")
    void explainsInBothLanguages() {
      Resident r = resident("p1", DAY, 72, new ServiceNeeds.Builder().chronicMedication(true).build(),
          Category.ELDERLY_LIVING_ALONE);
      ResidentEligibility e = RULES.explain(r, MEDIUM, DAY);
      assertThat(e.traits()).containsExactly(Trait.RESIDENT, Trait.ELDERLY, Trait.ELDERLY_LIVING_ALONE,
          Trait.CHRONIC_MEDICATION);
      assertThat(e.serviceSet()).containsExactly(DAILY_NECESSITIES, CHRONIC_MEDICINE_DELIVERY, GOVERNMENT_SERVICES);
      assertThat(e.outbreak()).isTrue();
      assertThat(e.policy().id()).isEqualTo("ed7-2020");
      EligibleService medicine = e.service(CHRONIC_MEDICINE_DELIVERY).orElseThrow();
      assertThat(medicine.reasons()).extracting(org.communityprevention.core.decision.Reason::code)
          .containsExactly("services.eligibility.rule_chronic_medicine_outbreak",
              "services.eligibility.rule_chronic_medicine_cannot_travel");
      assertThat(medicine.reasons().get(0).policyValues()).containsEntry("services.outbreakFrom", "MEDIUM");
      assertThat(medicine.reasons().get(0).facts()).containsEntry("traits", "chronic_medication")
          .containsEntry("riskLevel", "MEDIUM");
      assertThat(e.traitReasons().get(1).text(Messages.ZH)).isEqualTo("老年人（依据：category elderly_living_alone; age 72 ≥ 60）");
      assertThat(e.traitReasons().get(1).text(Messages.EN)).isEqualTo("elderly person (category elderly_living_alone; age 72 ≥ 60)");
      assertThat(medicine.reasons().get(0).text(Messages.ZH)).isEqualTo("有疫情地区为慢性病长期用药居民配送药品");
      assertThat(e.priority().level()).isEqualTo(PriorityLevel.HIGH);
      assertThat(e.priority().vulnerabilities()).isEqualTo(3);
      assertThat(e.priorityReason().text(Messages.EN)).isEqualTo("high priority (3 vulnerabilities)");
      assertThat(e.toDecision().clauses()).containsExactly(Clause.S2_2, Clause.S5_1, Clause.S5_2);
      assertThat(e.toDecision().explain(Messages.ZH)).contains("为居民办理社区政务服务");
    }

    @Test
    @DisplayName("a holiday-window rule's reason carries the day and the window in its text")
    void holidayReasonText() {
      Resident r = adult("p1", DAY, ServiceNeeds.none(), Category.LOW_INCOME_FAMILY);
      EligibleService visit = RULES.explain(r, QUIET, DAY).service(HOLIDAY_VISIT).orElseThrow();
      assertThat(visit.reasons().get(0).text(Messages.EN)).isEqualTo(
          "holiday visit and comfort in an area without an outbreak, during the holiday (2021-02-12 in "
              + "[2021-01-28, 2021-03-09))");
      assertThat(visit.reasons().get(0).facts()).containsEntry("outbreak", "false");
    }
  }

  @Nested
  @DisplayName("bad input")
  class BadInput {
    @Test
    @DisplayName("a classification of another day is refused, naming the field")
    void classificationOfAnotherDay() {
      Resident r = adult("p1", DAY.minusDays(1), ServiceNeeds.none());
      assertThatThrownBy(() -> RULES.services(r, QUIET, DAY)).isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).field())
              .isEqualTo("classification.asOf"))
          .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
              .isEqualTo("services.eligibility.classification_date"));
      assertThatThrownBy(() -> RULES.explain(r, QUIET, DAY)).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("facts and a classification of two different people are refused")
    void personMismatch() {
      assertThatThrownBy(() -> Resident.of(PersonFacts.of("p1"), classification("p2", DAY)))
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
              .isEqualTo("services.eligibility.person_mismatch"));
    }

    @Test
    @DisplayName("a blank household id is refused")
    void blankHousehold() {
      assertThatThrownBy(() -> new Resident.Builder().facts(PersonFacts.of("p1"))
          .classification(classification("p1", DAY)).householdId(" ").build())
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).field()).isEqualTo("householdId"));
    }
  }
}
