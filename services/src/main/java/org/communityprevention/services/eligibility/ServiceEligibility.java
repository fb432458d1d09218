package org.communityprevention.services.eligibility;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.CategoryMembership;
import org.communityprevention.core.population.HouseholdLink;
import org.communityprevention.core.population.MedicalHistory;
import org.communityprevention.core.population.OverrideAction;
import org.communityprevention.core.population.OverrideOutcome;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.RelativeSituation;
import org.communityprevention.core.population.SocialStatus;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.allocation.DispatchPriority;
import org.communityprevention.services.allocation.PriorityLevel;
import org.communityprevention.services.catalogue.Channel;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.AreaScope.Flags;

/**
 * Decides which community services a resident is eligible for in an area on a day (服务对象认定), under one policy
 * and one village channel plan. Immutable and thread-safe; build one per policy and plan and reuse it.
 *
 * <p><b>Hot path.</b> {@link #traits} turns a resident into a trait mask, {@link #areaFlags} turns an area and a day
 * into flags, and {@link #decide} turns both into a service mask by running every {@link EligibilityRule}. None of
 * them allocates reasons. <b>Explanation.</b> {@link #explain} runs the very same trait extraction and rules, and
 * builds the reasons (codes, clauses, facts, policy values) as it goes; a property test checks that both paths give
 * the same traits and services.
 *
 * <p><b>Traits.</b> A trait holds when the classification (with the workers' manual decisions applied) puts the
 * person in one of the trait's categories, or when its fact holds on the day: the age against
 * {@code population.elderlyAge} and {@code population.adultAge}, the §5.3 social statuses, a discharge as recovered,
 * a household link (§5.4) or a recorded service need. The fact paths exist because the classification names the
 * §5.3 and §5.4 groups only in an area of the matching kind; a worker's decision to remove the §5.3 or §5.4
 * category wins over its fact path. A household link to a relative in centralised isolation counts from its
 * {@code since} day for as long as the village records it.
 *
 * <p><b>Channels.</b> A service is offered through the channels the village's {@link ChannelPlan} runs; a resident
 * of an offline group ({@link Trait#OFFLINE_GROUP_MASK}) is always offered an offline channel (door to door where
 * the service has it) and a resident who cannot leave home a door-to-door channel. Where the plan lacks them, the
 * gap is reported as a {@link ChannelFinding}.
 */
public final class ServiceEligibility {
  private static final EligibilityRule[] RULES = EligibilityRule.values();
  private static final Trait[] TRAITS = Trait.values();
  private static final CommunityService[] SERVICES = CommunityService.values();
  private static final int DOOR = Channel.DOOR_TO_DOOR.bit();
  private static final int ONLINE = Channel.ONLINE.bit();
  private static final int OFFLINE = Channel.OFFLINE.bit();
  /** For each category ordinal, the traits it gives. */
  private static final long[] TRAITS_OF_CATEGORY = traitsOfCategory();

  private final PolicyRef policyRef;
  private final int elderlyAge;
  private final int adultAge;
  private final int priorityAge;
  private final RiskLevel outbreakFrom;
  private final DateWindow holidayWindow;
  private final Optional<RiskLevel> closedFrom;
  private final ChannelPlan plan;
  private final int[] plannedChannels;

  private ServiceEligibility(Policy policy, ChannelPlan plan) {
    this.policyRef = policy.ref();
    this.elderlyAge = policy.population().elderlyAge();
    this.adultAge = policy.population().adultAge();
    this.priorityAge = policy.services().careVisitPriorityAge();
    this.outbreakFrom = policy.services().outbreakFrom();
    this.holidayWindow = policy.population().holidayWindow();
    this.closedFrom = closedManagementFrom(policy);
    this.plan = plan;
    this.plannedChannels = new int[SERVICES.length];
    for (CommunityService s : SERVICES) {
      plannedChannels[s.ordinal()] = plan.channelMaskOf(s);
    }
  }

  /** Eligibility under a policy, with every catalogue channel running. */
  public static ServiceEligibility under(Policy policy) {
    return new ServiceEligibility(policy, ChannelPlan.catalogue());
  }

  /** Eligibility under a policy and a village's channel plan. */
  public static ServiceEligibility under(Policy policy, ChannelPlan plan) {
    return new ServiceEligibility(policy, plan);
  }

  /** The policy that decides. */
  public PolicyRef policy() {
    return policyRef;
  }

  /** The village's channel plan. */
  public ChannelPlan channelPlan() {
    return plan;
  }

  // ---------------------------------------------------------------- area

  /** Whether an area has an outbreak: its explicit flag, else its level from {@code services.outbreakFrom}. */
  public boolean hasOutbreak(AreaSituation area) {
    return area.hasOutbreak(outbreakFrom);
  }

  /** Whether the emergency response at a level includes closed management ({@code risk.responseMeasures}, §2.1). */
  public boolean closedManagementAt(RiskLevel level) {
    return closedFrom.isPresent() && level.atLeast(closedFrom.get());
  }

  /** The {@link AreaScope.Flags} of an area on a day. Allocates nothing. */
  public int areaFlags(AreaSituation area, LocalDate date) {
    return Flags.of(hasOutbreak(area), holidayWindow.contains(date), closedManagementAt(area.riskLevel()));
  }

  // ---------------------------------------------------------------- hot path

  /**
   * The trait mask of a resident on a day. Allocates no reasons.
   *
   * @throws ValidationException if the resident's classification is not of {@code date}
   */
  public long traits(Resident resident, LocalDate date) {
    return extract(resident, date, null);
  }

  /** The services of a resident with these traits in an area with these flags, as a mask. Allocates nothing. */
  public static long decide(long traits, int areaFlags) {
    long services = 0;
    for (EligibilityRule rule : RULES) {
      if (rule.fires(traits, areaFlags)) {
        services |= rule.service().bit();
      }
    }
    return services;
  }

  /**
   * The services a resident is eligible for in an area on a day, as a mask: the hot path.
   *
   * @throws ValidationException if the resident's classification is not of {@code date}
   */
  public long services(Resident resident, AreaSituation area, LocalDate date) {
    return decide(traits(resident, date), areaFlags(area, date));
  }

  /** The channels offered for a service to a resident with these traits, as a channel mask. Allocates nothing. */
  public int offeredChannels(CommunityService service, long traits) {
    int planned = plannedChannels[service.ordinal()];
    int offered = planned;
    if ((traits & Trait.OFFLINE_GROUP_MASK) != 0 && (offered & Channel.OFFLINE_MASK) == 0) {
      offered |= (service.channelMask() & DOOR) != 0 ? DOOR : OFFLINE;
    }
    if ((traits & Trait.HOMEBOUND_MASK) != 0 && (offered & DOOR) == 0 && (service.channelMask() & DOOR) != 0) {
      offered |= DOOR;
    }
    return offered;
  }

  /** The gaps in the channel plan for a service and a resident with these traits, as a mask of finding kinds. */
  public int findings(CommunityService service, long traits) {
    int planned = plannedChannels[service.ordinal()];
    int out = 0;
    if ((traits & Trait.OFFLINE_GROUP_MASK) != 0 && (planned & Channel.OFFLINE_MASK) == 0) {
      out |= ChannelFindingKind.ONLINE_ONLY_FOR_SPECIAL_GROUP.bit();
    }
    if ((traits & Trait.HOMEBOUND_MASK) != 0 && (planned & DOOR) == 0 && (service.channelMask() & DOOR) != 0) {
      out |= ChannelFindingKind.NO_DOOR_TO_DOOR_FOR_HOMEBOUND.bit();
    }
    return out;
  }

  /**
   * The channel to use first among those offered: door to door for a resident who cannot leave home, offline for an
   * offline group, online otherwise; each falling back to what is offered.
   */
  public static Channel preferredChannel(int offered, long traits) {
    int order;
    if ((traits & Trait.HOMEBOUND_MASK) != 0) {
      order = pick(offered, DOOR, OFFLINE, ONLINE);
    } else if ((traits & Trait.OFFLINE_GROUP_MASK) != 0) {
      order = pick(offered, OFFLINE, DOOR, ONLINE);
    } else {
      order = pick(offered, ONLINE, OFFLINE, DOOR);
    }
    return Channel.values()[Integer.numberOfTrailingZeros(order)];
  }

  private static int pick(int offered, int first, int second, int third) {
    if ((offered & first) != 0) {
      return first;
    }
    return (offered & second) != 0 ? second : third;
  }

  /** The dispatch level of a resident with these traits: urgent, else high for any vulnerability, else normal. */
  public static PriorityLevel levelOf(long traits) {
    if ((traits & Trait.URGENT_MASK) != 0) {
      return PriorityLevel.URGENT;
    }
    return (traits & Trait.VULNERABILITY_MASK) != 0 ? PriorityLevel.HIGH : PriorityLevel.NORMAL;
  }

  /** The dispatch priority of a resident with these traits on a day. */
  public DispatchPriority priority(Resident resident, LocalDate date, long traits) {
    int age = resident.ageOn(date);
    return DispatchPriority.of(resident.personId(), levelOf(traits),
        Long.bitCount(traits & Trait.VULNERABILITY_MASK), age < 0 ? Optional.empty() : Optional.of(age));
  }

  // ---------------------------------------------------------------- explanation

  /**
   * The explained eligibility of a resident in an area on a day: the same traits and services as the hot path, with
   * the reasons.
   *
   * @throws ValidationException if the resident's classification is not of {@code date}
   */
  public ResidentEligibility explain(Resident resident, AreaSituation area, LocalDate date) {
    Evidence evidence = new Evidence();
    long traits = extract(resident, date, evidence);
    boolean outbreak = hasOutbreak(area);
    int flags = areaFlags(area, date);
    Map<CommunityService, List<Reason>> byService = new EnumMap<>(CommunityService.class);
    for (EligibilityRule rule : RULES) {
      if (rule.fires(traits, flags)) {
        byService.computeIfAbsent(rule.service(), s -> new ArrayList<>())
            .add(ruleReason(rule, traits, area, outbreak, date));
      }
    }
    ResidentEligibility.Builder out = new ResidentEligibility.Builder();
    out.personId(resident.personId()).householdId(resident.householdId()).date(date).area(area).outbreak(outbreak)
        .policy(policyRef).traits(Trait.setOf(traits)).traitReasons(evidence.reasons());
    for (Map.Entry<CommunityService, List<Reason>> e : byService.entrySet()) {
      out.addServices(eligibleService(e.getKey(), traits, e.getValue()));
    }
    DispatchPriority priority = priority(resident, date, traits);
    return out.priority(priority).priorityReason(priorityReason(priority, traits)).build();
  }

  private EligibleService eligibleService(CommunityService service, long traits, List<Reason> reasons) {
    int planned = plannedChannels[service.ordinal()];
    int offered = offeredChannels(service, traits);
    int findings = findings(service, traits);
    EligibleService.Builder b = new EligibleService.Builder();
    b.service(service).channels(Channel.setOf(offered)).plannedChannels(Channel.setOf(planned))
        .preferredChannel(preferredChannel(offered, traits)).addAllReasons(reasons);
    for (ChannelFindingKind kind : ChannelFindingKind.values()) {
      if ((findings & kind.bit()) != 0) {
        b.addFindings(kind);
      }
    }
    int offlineAdded = (offered & ~planned) & Channel.OFFLINE_MASK;
    if (offlineAdded != 0 && (traits & Trait.OFFLINE_GROUP_MASK) != 0 && (planned & Channel.OFFLINE_MASK) == 0) {
      b.addReasons(Reason.of("services.eligibility.offline_channel_kept", Clause.S2_6)
          .fact("service", service.code(), service)
          .fact("traits", Trait.codesOf(traits & Trait.OFFLINE_GROUP_MASK),
              Trait.wordingOf(traits & Trait.OFFLINE_GROUP_MASK))
          .fact("planned", Channel.setOf(planned)).fact("offered", Channel.setOf(offered)).build());
    }
    if ((offered & ~planned & DOOR) != 0 && (traits & Trait.HOMEBOUND_MASK) != 0) {
      b.addReasons(Reason.of("services.eligibility.door_to_door_kept", Clause.S5_2)
          .fact("service", service.code(), service)
          .fact("traits", Trait.codesOf(traits & Trait.HOMEBOUND_MASK),
              Trait.wordingOf(traits & Trait.HOMEBOUND_MASK))
          .fact("planned", Channel.setOf(planned)).fact("offered", Channel.setOf(offered)).build());
    }
    return b.build();
  }

  private Reason ruleReason(EligibilityRule rule, long traits, AreaSituation area, boolean outbreak,
      LocalDate date) {
    Reason.Builder b = Reason.of(rule.reasonCode(), rule.clauses().toArray(new Clause[0]))
        .fact("traits", Trait.codesOf(rule.matched(traits)), Trait.wordingOf(rule.matched(traits)));
    int required = rule.scope().required();
    if ((required & (Flags.OUTBREAK | Flags.QUIET)) != 0) {
      b.fact("riskLevel", area.riskLevel()).fact("outbreak", outbreak);
      if (area.outbreak().isPresent()) {
        b.fact("outbreakDeclared", area.outbreak().get());
      } else {
        b.policy("services.outbreakFrom", outbreakFrom);
      }
    }
    if ((required & Flags.HOLIDAY) != 0) {
      b.fact("date", date).policy("population.holidayWindow", holidayWindow);
    }
    if ((required & Flags.CLOSED) != 0) {
      b.policy("risk.responseMeasures", ResponseMeasure.CLOSED_MANAGEMENT + " from " + closedFrom.orElseThrow());
    }
    return b.build();
  }

  private Reason priorityReason(DispatchPriority priority, long traits) {
    long used = priority.level() == PriorityLevel.URGENT ? traits & Trait.URGENT_MASK
        : traits & Trait.VULNERABILITY_MASK;
    Reason.Builder b = Reason.of("services.eligibility.priority_" + priority.level().name().toLowerCase(
        java.util.Locale.ROOT), Clause.S5_2)
        .fact("traits", Trait.codesOf(used), Trait.wordingOf(used))
        .fact("vulnerabilities", priority.vulnerabilities());
    priority.age().ifPresent(a -> b.fact("age", a));
    return b.build();
  }

  // ---------------------------------------------------------------- traits: one definition for both paths

  /**
   * Extracts the trait mask; with a non-null {@code evidence} it also records why each trait holds. This is the
   * single definition of the traits: the hot path passes {@code null}.
   */
  private long extract(Resident resident, LocalDate date, Evidence evidence) {
    Classification classification = resident.classification();
    if (!classification.asOf().equals(date)) {
      throw ValidationException.of("classification.asOf", "services.eligibility.classification_date",
          "asOf", classification.asOf(), "date", date);
    }
    long categories = 0;
    List<CategoryMembership> memberships = classification.memberships();
    for (int i = 0, n = memberships.size(); i < n; i++) {
      categories |= memberships.get(i).category().bit();
    }
    long removed = 0;
    List<OverrideOutcome> overrides = classification.overrides();
    for (int i = 0, n = overrides.size(); i < n; i++) {
      OverrideOutcome o = overrides.get(i);
      long bit = o.manual().category().bit();
      if (o.manual().action() == OverrideAction.ADD) {
        categories |= bit;
        removed &= ~bit;
      } else {
        categories &= ~bit;
        removed |= bit;
      }
    }

    long traits = Trait.RESIDENT.bit();
    if (evidence != null) {
      evidence.add(Trait.RESIDENT, "resident");
    }
    for (long rest = categories; rest != 0; rest &= rest - 1) {
      int ordinal = Long.numberOfTrailingZeros(rest);
      traits |= TRAITS_OF_CATEGORY[ordinal];
      if (evidence != null) {
        Category c = Category.all().get(ordinal);
        for (Trait t : TRAITS) {
          if (t.in(TRAITS_OF_CATEGORY[ordinal])) {
            evidence.add(t, "category " + c.code(), c.clause());
          }
        }
      }
    }

    PersonFacts facts = resident.facts();
    int age = resident.ageOn(date);
    if (age >= elderlyAge) {
      traits |= Trait.ELDERLY.bit();
      if (evidence != null) {
        evidence.add(Trait.ELDERLY, "age " + age + " ≥ " + elderlyAge)
            .fact(Trait.ELDERLY, "age", age).policy(Trait.ELDERLY, "population.elderlyAge", elderlyAge);
      }
    }
    if (Trait.ELDERLY_LIVING_ALONE.in(traits) && age >= priorityAge) {
      traits |= Trait.VERY_OLD_LIVING_ALONE.bit();
      if (evidence != null) {
        evidence.add(Trait.VERY_OLD_LIVING_ALONE, "elderly_living_alone, age " + age + " ≥ " + priorityAge)
            .fact(Trait.VERY_OLD_LIVING_ALONE, "age", age)
            .policy(Trait.VERY_OLD_LIVING_ALONE, "services.careVisitPriorityAge", priorityAge);
      }
    }

    Set<SocialStatus> statuses = facts.socialStatuses();
    if (!statuses.isEmpty()) {
      boolean child = age >= 0 && age < adultAge;
      boolean elderly = age >= elderlyAge;
      traits = status(traits, removed, statuses, SocialStatus.SCATTERED_ORPHAN, child, Trait.SCATTERED_ORPHAN,
          Category.SCATTERED_ORPHAN_VISIT, evidence);
      traits = status(traits, removed, statuses, SocialStatus.LEFT_BEHIND, child, Trait.LEFT_BEHIND_CHILD,
          Category.LEFT_BEHIND_CHILD_VISIT, evidence);
      traits = status(traits, removed, statuses, SocialStatus.IN_DIFFICULTY, child, Trait.CHILD_IN_DIFFICULTY,
          Category.CHILD_IN_DIFFICULTY_VISIT, evidence);
      traits = status(traits, removed, statuses, SocialStatus.LEFT_BEHIND, elderly, Trait.LEFT_BEHIND_ELDERLY,
          Category.LEFT_BEHIND_ELDERLY, evidence);
      traits = status(traits, removed, statuses, SocialStatus.MIGRANT_WORKER_STAYING_FOR_HOLIDAY, true,
          Trait.MIGRANT_WORKER_STAYING, Category.MIGRANT_WORKER_STAYING_FOR_HOLIDAY, evidence);
      traits = status(traits, removed, statuses, SocialStatus.MIGRANT_WORKER_STAYING_FOR_HOLIDAY, true,
          Trait.SPENDING_HOLIDAY_HERE, Category.MIGRANT_WORKER_STAYING_FOR_HOLIDAY, evidence);
      traits = status(traits, removed, statuses, SocialStatus.MINIMUM_LIVING_ALLOWANCE, true,
          Trait.MINIMUM_LIVING_ALLOWANCE, Category.MINIMUM_LIVING_ALLOWANCE, evidence);
      traits = status(traits, removed, statuses, SocialStatus.EXTREME_POVERTY, true, Trait.EXTREME_POVERTY,
          Category.EXTREME_POVERTY, evidence);
      traits = status(traits, removed, statuses, SocialStatus.SPECIAL_HARDSHIP, true, Trait.SPECIAL_HARDSHIP,
          Category.SPECIAL_HARDSHIP_VISIT, evidence);
      traits = status(traits, removed, statuses, SocialStatus.LOW_INCOME_FAMILY, true, Trait.LOW_INCOME_FAMILY,
          Category.LOW_INCOME_FAMILY, evidence);
    }

    Optional<MedicalHistory> history = facts.medicalHistory();
    if (history.isPresent() && !Category.RECOVERED_IN_OUTBREAK_AREA.in(removed)) {
      Optional<LocalDate> discharged = history.get().dischargedOn();
      if (discharged.isPresent() && !discharged.get().isAfter(date)) {
        traits |= Trait.RECOVERED.bit();
        if (evidence != null) {
          evidence.add(Trait.RECOVERED, "discharged " + discharged.get());
        }
      }
    }

    List<HouseholdLink> links = facts.householdLinks();
    for (int i = 0, n = links.size(); i < n; i++) {
      HouseholdLink link = links.get(i);
      if (link.situation() == RelativeSituation.MEDICAL_WORKER) {
        if (!Category.FAMILY_OF_MEDICAL_WORKER.in(removed)) {
          traits |= Trait.FAMILY_OF_MEDICAL_WORKER.bit();
          if (evidence != null) {
            evidence.add(Trait.FAMILY_OF_MEDICAL_WORKER, "household link " + link.situation());
          }
        }
      } else if (!Category.FAMILY_OF_CENTRALISED_ISOLATION.in(removed)) {
        Optional<LocalDate> since = link.since();
        if (since.isPresent() && !since.get().isAfter(date)) {
          traits |= Trait.FAMILY_OF_CENTRALISED_ISOLATION.bit();
          if (evidence != null) {
            evidence.add(Trait.FAMILY_OF_CENTRALISED_ISOLATION,
                "household link " + link.situation() + " since " + since.get());
          }
        }
      }
    }

    ServiceNeeds needs = resident.needs();
    if (needs.selfCare() != SelfCare.ABLE) {
      traits |= Trait.LOSS_OF_SELF_CARE.bit();
      if (evidence != null) {
        evidence.add(Trait.LOSS_OF_SELF_CARE, "needs selfCare " + needs.selfCare());
      }
    }
    if (needs.chronicMedication()) {
      traits |= Trait.CHRONIC_MEDICATION.bit();
      if (evidence != null) {
        evidence.add(Trait.CHRONIC_MEDICATION, "needs chronicMedication");
      }
    }
    if (needs.regularTreatment()) {
      traits |= Trait.REGULAR_TREATMENT.bit();
      if (evidence != null) {
        evidence.add(Trait.REGULAR_TREATMENT, "needs regularTreatment");
      }
    }
    if (needs.noInternetAccess()) {
      traits |= Trait.NO_INTERNET_ACCESS.bit();
      if (evidence != null) {
        evidence.add(Trait.NO_INTERNET_ACCESS, "needs noInternetAccess");
      }
    }
    if (needs.stayingForHoliday()) {
      traits |= Trait.SPENDING_HOLIDAY_HERE.bit();
      if (evidence != null) {
        evidence.add(Trait.SPENDING_HOLIDAY_HERE, "needs stayingForHoliday");
      }
    }
    return traits;
  }

  /** A §5.3 status fact path: holds when the status is recorded and {@code applies}, unless a worker removed
   * {@code standsFor}. */
  private static long status(long traits, long removed, Set<SocialStatus> statuses, SocialStatus status,
      boolean applies, Trait trait, Category standsFor, Evidence evidence) {
    if (applies && !standsFor.in(removed) && statuses.contains(status)) {
      if (evidence != null) {
        evidence.add(trait, "social status " + status);
      }
      return traits | trait.bit();
    }
    return traits;
  }

  private static Optional<RiskLevel> closedManagementFrom(Policy policy) {
    // A measure listed for a level also holds at every higher level.
    for (RiskLevel level : RiskLevel.values()) {
      Set<ResponseMeasure> measures = policy.risk().responseMeasures().get(level);
      if (measures != null && measures.contains(ResponseMeasure.CLOSED_MANAGEMENT)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  private static long[] traitsOfCategory() {
    long[] out = new long[Category.all().size()];
    for (Trait t : Trait.values()) {
      for (Category c : t.categories()) {
        out[c.ordinal()] |= t.bit();
      }
    }
    return out;
  }

  /** Why each trait holds, collected by the explanation path. */
  private static final class Evidence {
    private final Map<Trait, List<String>> sources = new EnumMap<>(Trait.class);
    private final Map<Trait, Clause> clauses = new EnumMap<>(Trait.class);
    private final Map<Trait, Map<String, Object>> facts = new EnumMap<>(Trait.class);
    private final Map<Trait, Map<String, Object>> policies = new EnumMap<>(Trait.class);

    Evidence add(Trait trait, String source) {
      return add(trait, source, trait.clause());
    }

    Evidence add(Trait trait, String source, Clause clause) {
      sources.computeIfAbsent(trait, t -> new ArrayList<>()).add(source);
      clauses.putIfAbsent(trait, clause);
      return this;
    }

    Evidence fact(Trait trait, String name, Object value) {
      facts.computeIfAbsent(trait, t -> new TreeMap<>()).put(name, value);
      return this;
    }

    Evidence policy(Trait trait, String path, Object value) {
      policies.computeIfAbsent(trait, t -> new TreeMap<>()).put(path, value);
      return this;
    }

    List<Reason> reasons() {
      ImmutableList.Builder<Reason> out = ImmutableList.builder();
      for (Map.Entry<Trait, List<String>> e : sources.entrySet()) {
        Trait t = e.getKey();
        Reason.Builder b = Reason.of(t.reasonCode(), clauses.get(t)).fact("source", String.join("; ", e.getValue()));
        facts.getOrDefault(t, Map.of()).forEach(b::fact);
        policies.getOrDefault(t, Map.of()).forEach(b::policy);
        out.add(b.build());
      }
      return out.build();
    }
  }
}
