package org.communityprevention.services.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.core.area.LevelHistory;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.CategoryMembership;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.HouseholdLink;
import org.communityprevention.core.population.LivingArrangement;
import org.communityprevention.core.population.ManualOverride;
import org.communityprevention.core.population.MedicalHistory;
import org.communityprevention.core.population.OverrideAction;
import org.communityprevention.core.population.OverrideOutcome;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.SocialStatus;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.services.allocation.CapacityPlan;
import org.communityprevention.services.catalogue.Channel;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.SelfCare;
import org.communityprevention.services.eligibility.ServiceNeeds;
import org.communityprevention.services.facility.Facility;
import org.communityprevention.services.facility.FacilityRoom;
import org.communityprevention.services.subsidy.DutyPeriod;
import org.communityprevention.services.subsidy.WorkerDuty;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators for the services module: residents (core facts, a classification built directly from
 * categories, service needs), areas, days around the 2021 Spring Festival window of the {@code ed7-2020} baseline,
 * channel and capacity plans, facilities, risk timelines and worker duty records. Published with the services
 * test-jar for downstream suites.
 *
 * <p>Classifications are built from categories here rather than by core's classifier, so that any combination of
 * categories, overrides and facts is reachable, including ones the classifier would never produce. Every generator is
 * deterministic for a given QuickTheories seed.
 */
public final class ServiceGenerators {
  /** The baseline in force when the notice was issued. */
  public static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  /**
   * A provincial layer on ed7-2020 with example subsidy amounts (100 yuan a day in medium-risk, 200 in high-risk
   * areas): the national baseline carries none, each province sets its own (§6.6).
   */
  public static final Policy PROVINCE = withSubsidy(ED7, 100, 200);

  /** A provincial layer on a baseline that sets the subsidy per day in medium- and high-risk areas. */
  public static Policy withSubsidy(Policy base, int medium, int high) {
    com.fasterxml.jackson.databind.node.ObjectNode services =
        org.communityprevention.core.json.Json.revealingMapper().valueToTree(base.services());
    services.putObject("workerSubsidyYuanPerDay").put("MEDIUM", medium).put("HIGH", high);
    com.fasterxml.jackson.databind.node.ObjectNode layer =
        org.communityprevention.core.json.Json.mapper().createObjectNode();
    layer.put("id", "44-test").put("version", "1").put("titleZh", "测试省级政策").put("titleEn", "Test province")
        .put("jurisdiction", "44").put("basedOn", base.id()).put("effectiveFrom", base.effectiveFrom().toString());
    layer.putObject("overrides").set("services", services);
    layer.putObject("provenance").putObject("services.workerSubsidyYuanPerDay").put("mark", "U")
        .put("source", "example amounts for tests");
    return org.communityprevention.core.json.PolicyJson.layer(base, layer.toString());
  }
  /** A day inside the ed7 holiday window: the 2021 Spring Festival. */
  public static final LocalDate SPRING_FESTIVAL = LocalDate.of(2021, 2, 12);
  /** A day after the ed7 holiday window. */
  public static final LocalDate AFTER_HOLIDAY = LocalDate.of(2021, 3, 20);
  /** The first and last day {@link #dates()} draws from. */
  public static final DateWindow DATES = DateWindow.of(LocalDate.of(2021, 1, 15), LocalDate.of(2021, 3, 25));

  private ServiceGenerators() {}

  /** Days from 2021-01-15 to 2021-03-24, around the ed7 holiday window {@code [2021-01-28, 2021-03-09)}. */
  public static Gen<LocalDate> dates() {
    return in -> DATES.start().plusDays(draw(in, 0, DATES.days() - 1));
  }

  /** Any area: a level, with an explicit outbreak flag half of the time. */
  public static Gen<AreaSituation> areas() {
    return in -> {
      RiskLevel level = RiskLevel.values()[(int) draw(in, 0, 2)];
      long flag = draw(in, 0, 3);
      return flag < 2 ? AreaSituation.at(level) : AreaSituation.at(level, flag == 3);
    };
  }

  /** A resident's service needs: each need about one time in six. */
  public static Gen<ServiceNeeds> needs() {
    return in -> {
      long care = draw(in, 0, 9);
      return new ServiceNeeds.Builder()
          .selfCare(care < 8 ? SelfCare.ABLE : care == 8 ? SelfCare.PARTLY_LOST : SelfCare.LOST)
          .chronicMedication(chance(in, 15)).regularTreatment(chance(in, 10)).noInternetAccess(chance(in, 15))
          .stayingForHoliday(chance(in, 10)).build();
    };
  }

  /** A resident with id {@code p<n>} for random n, classified on {@code date}. */
  public static Gen<Resident> residents(LocalDate date) {
    return in -> resident(in, "p" + draw(in, 0, 9999), date);
  }

  /** A day and a resident classified on it. */
  public static Gen<Dated<Resident>> datedResidents() {
    return in -> {
      LocalDate date = dates().generate(in);
      return new Dated<>(date, residents(date).generate(in));
    };
  }

  /** 0 to {@code max} residents classified on {@code date}, with distinct ids. */
  public static Gen<List<Resident>> villages(LocalDate date, int max) {
    return in -> {
      int n = (int) draw(in, 0, max);
      List<Resident> out = new ArrayList<>(n);
      long base = draw(in, 0, 1000);
      for (int i = 0; i < n; i++) {
        out.add(resident(in, "p" + (base + i * 7L), date));
      }
      return out;
    };
  }

  /** A channel plan: each service either runs its catalogue channels or a random non-empty subset of them. */
  public static Gen<ChannelPlan> channelPlans() {
    return in -> {
      Map<CommunityService, Set<Channel>> m = new EnumMap<>(CommunityService.class);
      for (CommunityService s : CommunityService.all()) {
        if (chance(in, 50)) {
          Set<Channel> subset = EnumSet.noneOf(Channel.class);
          for (Channel c : s.channels()) {
            if (chance(in, 50)) {
              subset.add(c);
            }
          }
          if (subset.isEmpty()) {
            subset.add(s.channels().iterator().next());
          }
          m.put(s, subset);
        }
      }
      return ChannelPlan.of(m);
    };
  }

  /** A channel plan that runs every service online only where the catalogue allows it. */
  public static ChannelPlan onlineOnly() {
    Map<CommunityService, Set<Channel>> m = new EnumMap<>(CommunityService.class);
    for (CommunityService s : CommunityService.all()) {
      if (s.channels().contains(Channel.ONLINE)) {
        m.put(s, EnumSet.of(Channel.ONLINE));
      }
    }
    return ChannelPlan.of(m);
  }

  /** Capacities of 0 to {@code max} for a random subset of the services. */
  public static Gen<CapacityPlan> capacityPlans(int max) {
    return in -> {
      Map<CommunityService, Integer> m = new EnumMap<>(CommunityService.class);
      for (CommunityService s : CommunityService.all()) {
        if (chance(in, 70)) {
          m.put(s, (int) draw(in, 0, max));
        }
      }
      return CapacityPlan.of(m);
    };
  }

  /** A facility with 1 to 300 places and a random subset of rooms of 1 to 60 places each. */
  public static Gen<Facility> facilities() {
    return in -> {
      Map<FacilityRoom, Integer> rooms = new EnumMap<>(FacilityRoom.class);
      for (FacilityRoom r : FacilityRoom.values()) {
        if (chance(in, 70)) {
          rooms.put(r, (int) draw(in, 1, 60));
        }
      }
      return Facility.of("f" + draw(in, 0, 99), (int) draw(in, 1, 300), rooms);
    };
  }

  /** Area {@code a<n>}: a named part of one village, so that generated duty records and histories meet. */
  public static AreaId area(int n) {
    return AreaId.of(DivisionCode.parse("440983102001"), "a" + n);
  }

  /** A level history of an area starting on or before {@code from} with 1 to 5 changes over 60 days. */
  public static Gen<LevelHistory> timelines(AreaId area, LocalDate from) {
    return in -> {
      Map<LocalDate, RiskLevel> changes = new java.util.TreeMap<>();
      changes.put(from.minusDays(draw(in, 0, 5)), RiskLevel.values()[(int) draw(in, 0, 2)]);
      int more = (int) draw(in, 0, 4);
      for (int i = 0; i < more; i++) {
        changes.put(from.plusDays(draw(in, 0, 60)), RiskLevel.values()[(int) draw(in, 0, 2)]);
      }
      return LevelHistory.of(area, changes);
    };
  }

  /** A worker's duty in areas {@link #area}{@code (0)}…{@code (areas-1)}: 0 to 6 periods of 1 to 20 days from {@code from}. */
  public static Gen<WorkerDuty> duties(String workerId, int areas, LocalDate from) {
    return in -> {
      int n = (int) draw(in, 0, 6);
      List<DutyPeriod> periods = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        LocalDate start = from.plusDays(draw(in, 0, 50));
        periods.add(DutyPeriod.of(area((int) draw(in, 0, areas - 1)), DateWindow.ofDays(start, (int) draw(in, 1, 20))));
      }
      return WorkerDuty.of(workerId, periods);
    };
  }

  /** A change to a resident that adds one vulnerability fact, with a description. */
  public static final class Addition implements UnaryOperator<Resident> {
    private final String description;
    private final UnaryOperator<Resident> change;

    Addition(String description, UnaryOperator<Resident> change) {
      this.description = description;
      this.change = change;
    }

    @Override
    public Resident apply(Resident r) {
      return change.apply(r);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /**
   * Additions of one vulnerability fact holding on {@code date}: a category, a social status, a worse self-care
   * ability, a recorded need, a household link or a discharge as recovered.
   */
  public static Gen<Addition> vulnerabilityAdditions(LocalDate date) {
    return in -> {
      switch ((int) draw(in, 0, 9)) {
        case 0: {
          Category c = Category.all().get((int) draw(in, 0, Category.all().size() - 1));
          return new Addition("category " + c, r -> {
            Set<Category> categories = r.classification().automaticCategories();
            categories.add(c);
            return new Resident.Builder().from(r).classification(classification(r.personId(), date, categories,
                r.classification().overrides())).build();
          });
        }
        case 1: {
          SocialStatus s = SocialStatus.values()[(int) draw(in, 0, SocialStatus.values().length - 1)];
          return new Addition("status " + s, r -> withFacts(r,
              new PersonFacts.Builder().from(r.facts()).addSocialStatuses(s).build()));
        }
        case 2:
          return new Addition("self-care lost", r -> withNeeds(r,
              new ServiceNeeds.Builder().from(r.needs()).selfCare(SelfCare.LOST).build()));
        case 3:
          return new Addition("chronic medication", r -> withNeeds(r,
              new ServiceNeeds.Builder().from(r.needs()).chronicMedication(true).build()));
        case 4:
          return new Addition("regular treatment", r -> withNeeds(r,
              new ServiceNeeds.Builder().from(r.needs()).regularTreatment(true).build()));
        case 5:
          return new Addition("no internet access", r -> withNeeds(r,
              new ServiceNeeds.Builder().from(r.needs()).noInternetAccess(true).build()));
        case 6:
          return new Addition("staying for the holiday", r -> withNeeds(r,
              new ServiceNeeds.Builder().from(r.needs()).stayingForHoliday(true).build()));
        case 7:
          return new Addition("medical-worker relative", r -> withFacts(r, new PersonFacts.Builder()
              .from(r.facts()).addHouseholdLinks(HouseholdLink.medicalWorker("rel-m")).build()));
        case 8: {
          LocalDate since = date.minusDays(draw(in, 0, 10));
          return new Addition("relative in centralised isolation since " + since, r -> withFacts(r,
              new PersonFacts.Builder().from(r.facts())
                  .addHouseholdLinks(HouseholdLink.inCentralisedIsolation("rel-c", since)).build()));
        }
        default: {
          LocalDate discharged = date.minusDays(draw(in, 0, 30));
          return new Addition("discharged on " + discharged, r -> r.facts().medicalHistory().isPresent() ? r
              : withFacts(r, new PersonFacts.Builder().from(r.facts())
                  .medicalHistory(MedicalHistory.recovered(discharged.minusDays(20), discharged)).build()));
        }
      }
    };
  }

  /** A membership of a category on a day, with no window end or plan: enough for the service rules. */
  public static CategoryMembership membership(Category category, LocalDate date) {
    return new CategoryMembership.Builder().category(category).start(date).dayNumber(1).testDueToday(false)
        .build();
  }

  /**
   * A classification on a day putting the person in the given categories, with manual decisions (each decision's
   * {@code automaticallyHeld} is set from the categories). Every classification of the services tests is built
   * here, so a change to core's {@code Classification} needs one change in this module's tests.
   */
  public static Classification classification(String personId, LocalDate date, Set<Category> categories,
      List<OverrideOutcome> overrides) {
    Classification.Builder b = new Classification.Builder();
    b.personId(personId).asOf(date).policy(PolicyRef.of(ED7.id(), ED7.version()));
    for (Category c : Category.all()) {
      if (categories.contains(c)) {
        b.addMemberships(membership(c, date));
      }
    }
    List<OverrideOutcome> resolved = new java.util.ArrayList<>();
    for (OverrideOutcome o : overrides) {
      resolved.add(OverrideOutcome.of(o.manual(), categories.contains(o.manual().category())));
    }
    return b.addAllOverrides(resolved).effectiveCategories(Classification.effectiveOf(categories, resolved))
        .disagreement(Classification.disagreementOf(resolved)).build();
  }

  /** A classification on a day putting the person in the given categories. */
  public static Classification classification(String personId, LocalDate date, Category... categories) {
    Set<Category> set = EnumSet.noneOf(Category.class);
    set.addAll(List.of(categories));
    return classification(personId, date, set, List.of());
  }

  /** A manual decision in force, as a classification carries it. */
  public static OverrideOutcome override(Category category, OverrideAction action, LocalDate decidedOn,
      boolean automaticallyHeld) {
    return OverrideOutcome.of(ManualOverride.of(category, action, decidedOn, "w1", "worker's decision"),
        automaticallyHeld);
  }

  /** A resident with an id, an age on {@code date} and categories, classified on {@code date}. */
  public static Resident resident(String personId, LocalDate date, int age, ServiceNeeds needs,
      Category... categories) {
    PersonFacts facts = new PersonFacts.Builder().personId(personId).birthDate(date.minusYears(age)).build();
    return Resident.of(facts, classification(personId, date, categories), needs);
  }

  private static Resident resident(RandomnessSource in, String personId, LocalDate date) {
    PersonFacts.Builder f = new PersonFacts.Builder().personId(personId);
    long ageMode = draw(in, 0, 9);
    int age = (int) draw(in, 0, 100);
    if (ageMode < 7) {
      f.birthDate(date.minusYears(age).minusDays(draw(in, 0, 364)));
    } else if (ageMode < 9) {
      f.age(age);
    }
    for (SocialStatus s : SocialStatus.values()) {
      if (chance(in, 12)) {
        f.addSocialStatuses(s);
      }
    }
    if (chance(in, 30)) {
      f.livingArrangement(LivingArrangement.values()[(int) draw(in, 0, 3)]);
    }
    if (chance(in, 10)) {
      LocalDate discharged = date.plusDays(draw(in, -60, 5));
      f.medicalHistory(MedicalHistory.recovered(discharged.minusDays(20), discharged));
    }
    if (chance(in, 10)) {
      f.addHouseholdLinks(HouseholdLink.medicalWorker("rel-" + personId));
    }
    if (chance(in, 10)) {
      f.addHouseholdLinks(HouseholdLink.inCentralisedIsolation("relc-" + personId, date.plusDays(draw(in, -20, 3))));
    }
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (Category c : Category.all()) {
      if (chance(in, 7)) {
        categories.add(c);
      }
    }
    List<OverrideOutcome> overrides = new ArrayList<>();
    if (chance(in, 10)) {
      Category c = Category.all().get((int) draw(in, 0, Category.all().size() - 1));
      OverrideAction action = chance(in, 50) ? OverrideAction.ADD : OverrideAction.REMOVE;
      overrides.add(override(c, action, date.minusDays(draw(in, 0, 30)), categories.contains(c)));
    }
    Resident.Builder r = new Resident.Builder().facts(f.build())
        .classification(classification(personId, date, categories, overrides)).needs(needs().generate(in));
    if (chance(in, 80)) {
      r.householdId("h" + draw(in, 0, 40));
    }
    return r.build();
  }

  private static Resident withFacts(Resident r, PersonFacts facts) {
    return new Resident.Builder().from(r).facts(facts).build();
  }

  private static Resident withNeeds(Resident r, ServiceNeeds needs) {
    return new Resident.Builder().from(r).needs(needs).build();
  }

  private static long draw(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return draw(in, 0, 99) < percent;
  }

  /** A value with the day it is about. */
  public static final class Dated<T> {
    private final LocalDate date;
    private final T value;

    /** A dated value. */
    public Dated(LocalDate date, T value) {
      this.date = date;
      this.value = value;
    }

    /** The day. */
    public LocalDate date() {
      return date;
    }

    /** The value. */
    public T value() {
      return value;
    }

    @Override
    public String toString() {
      return date + " " + value;
    }
  }
}
