package org.communityprevention.services.eligibility;

import static org.communityprevention.services.eligibility.Trait.CARE_GROUP_MASK;
import static org.communityprevention.services.eligibility.Trait.OUTBREAK_GROUP_MASK;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.services.catalogue.CommunityService;

/**
 * One eligibility rule (服务认定规则): a service, the clauses behind it, the traits a resident needs (all of
 * {@link #allOf()} and, if any are listed, one of {@link #anyOf()}) and the {@link AreaScope} where it holds. The hot
 * path and the explanation both evaluate {@link #fires(long, int)} on these definitions, so they cannot disagree.
 *
 * <p>Every rule reads traits positively: adding a trait never stops a rule from firing, so adding a vulnerability
 * never removes a service. The only rule whose scope needs an area without an outbreak is {@link #HOLIDAY_VISIT}.
 */
public enum EligibilityRule {
  /** §5.2: daily necessities for a resident who cannot shop: 失能, an old person living alone, a child without a
   * carer, 特困, home isolation. */
  NECESSITIES_CANNOT_SHOP(CommunityService.DAILY_NECESSITIES, List.of(Clause.S5_2), 0,
      Trait.maskOf(Trait.LOSS_OF_SELF_CARE, Trait.ELDERLY_LIVING_ALONE, Trait.CHILD_WITHOUT_CARER,
          Trait.EXTREME_POVERTY, Trait.HOME_ISOLATION), AreaScope.ANY),
  /** §5.2 with §2.1: daily necessities for every resident of an area under closed management. */
  NECESSITIES_CLOSED_AREA(CommunityService.DAILY_NECESSITIES, List.of(Clause.S5_2, Clause.S2_1), 0,
      Trait.RESIDENT.bit(), AreaScope.CLOSED),
  /** §5.2: chronic-disease medicine delivered to every resident on long-term medication in an outbreak area. */
  CHRONIC_MEDICINE_OUTBREAK(CommunityService.CHRONIC_MEDICINE_DELIVERY, List.of(Clause.S5_2),
      Trait.CHRONIC_MEDICATION.bit(), 0, AreaScope.OUTBREAK),
  /** §5.2: chronic-disease medicine delivered, in any area, to a patient who cannot fetch it. */
  CHRONIC_MEDICINE_CANNOT_TRAVEL(CommunityService.CHRONIC_MEDICINE_DELIVERY, List.of(Clause.S5_2),
      Trait.CHRONIC_MEDICATION.bit(), Trait.maskOf(Trait.LOSS_OF_SELF_CARE, Trait.ELDERLY_LIVING_ALONE,
          Trait.PERSON_WITH_DISABILITY, Trait.HOME_ISOLATION), AreaScope.ANY),
  /** §5.2: care for a person unable to care for themselves (失能老人 and others). */
  CARE_LOSS_OF_SELF_CARE(CommunityService.KEY_GROUP_CARE, List.of(Clause.S5_2), 0,
      Trait.LOSS_OF_SELF_CARE.bit(), AreaScope.ANY),
  /** §5.2: care for a person with a disability. */
  CARE_DISABILITY(CommunityService.KEY_GROUP_CARE, List.of(Clause.S5_2), 0,
      Trait.PERSON_WITH_DISABILITY.bit(), AreaScope.ANY),
  /** §5.2: care for a pregnant or postpartum woman. */
  CARE_PREGNANCY(CommunityService.KEY_GROUP_CARE, List.of(Clause.S5_2), 0,
      Trait.PREGNANT_OR_POSTPARTUM.bit(), AreaScope.ANY),
  /** §5.2: an emergency vehicle for regular treatment away from home in an outbreak area. */
  EMERGENCY_VEHICLE_TREATMENT(CommunityService.EMERGENCY_VEHICLE, List.of(Clause.S5_2), 0,
      Trait.REGULAR_TREATMENT.bit(), AreaScope.OUTBREAK),
  /** §5.2: an emergency vehicle for a pregnant or postpartum woman in an outbreak area. */
  EMERGENCY_VEHICLE_PREGNANCY(CommunityService.EMERGENCY_VEHICLE, List.of(Clause.S5_2), 0,
      Trait.PREGNANT_OR_POSTPARTUM.bit(), AreaScope.OUTBREAK),
  /**
   * §5.3: the festival visit to the §5.3 groups, only in an area without an outbreak and only in the holiday window.
   * This is the one rule an outbreak takes away: the notice ties the visit to areas without an outbreak.
   */
  HOLIDAY_VISIT(CommunityService.HOLIDAY_VISIT, List.of(Clause.S5_3), 0, CARE_GROUP_MASK, AreaScope.QUIET_HOLIDAY),
  /**
   * §5.3: living support for the §5.3 groups in the holiday window. It holds in an outbreak area too, because §5.4
   * widens the service scope there rather than replacing it.
   */
  LIVING_SUPPORT_CARE_GROUPS(CommunityService.LIVING_SUPPORT, List.of(Clause.S5_3, Clause.S5_4), 0,
      CARE_GROUP_MASK, AreaScope.HOLIDAY),
  /** §5.4: living support for the §5.4 groups in an area with an outbreak (帮助其解决生活困难). */
  LIVING_SUPPORT_OUTBREAK_GROUPS(CommunityService.LIVING_SUPPORT, List.of(Clause.S5_4), 0,
      OUTBREAK_GROUP_MASK, AreaScope.OUTBREAK),
  /** §5.3: emotional comfort and psychological counselling for the §5.3 groups in the holiday window. */
  COMFORT_CARE_GROUPS(CommunityService.EMOTIONAL_COMFORT, List.of(Clause.S5_3, Clause.S5_4), 0,
      CARE_GROUP_MASK, AreaScope.HOLIDAY),
  /** §5.4: emotional comfort and psychological counselling for the §5.4 groups in an area with an outbreak. */
  COMFORT_OUTBREAK_GROUPS(CommunityService.EMOTIONAL_COMFORT, List.of(Clause.S5_4), 0,
      OUTBREAK_GROUP_MASK, AreaScope.OUTBREAK),
  /** §5.1: community government services for every resident. */
  GOVERNMENT_SERVICES(CommunityService.GOVERNMENT_SERVICES, List.of(Clause.S5_1), 0,
      Trait.RESIDENT.bit(), AreaScope.ANY),
  /** §5.1: integrated services for people spending the holiday here, in the holiday window. */
  HOLIDAY_STAYER_SERVICES(CommunityService.HOLIDAY_STAYER_SERVICES, List.of(Clause.S5_1), 0,
      Trait.SPENDING_HOLIDAY_HERE.bit(), AreaScope.HOLIDAY);

  private static final List<EligibilityRule> ALL = ImmutableList.copyOf(values());

  private final CommunityService service;
  private final ImmutableList<Clause> clauses;
  private final long allOf;
  private final long anyOf;
  private final AreaScope scope;

  EligibilityRule(CommunityService service, List<Clause> clauses, long allOf, long anyOf, AreaScope scope) {
    this.service = service;
    this.clauses = ImmutableList.copyOf(clauses);
    this.allOf = allOf;
    this.anyOf = anyOf;
    this.scope = scope;
  }

  /** The service the rule makes a resident eligible for. */
  public CommunityService service() {
    return service;
  }

  /** The clauses of the notice behind the rule. */
  public List<Clause> clauses() {
    return clauses;
  }

  /** The traits a resident must all have (a mask; 0 for none). */
  public long allOf() {
    return allOf;
  }

  /** The traits of which a resident must have one (a mask; 0 for no such condition). */
  public long anyOf() {
    return anyOf;
  }

  /** Where and when the rule holds. */
  public AreaScope scope() {
    return scope;
  }

  /** Stable lower-case code, such as {@code holiday_visit}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The reason code of the rule, such as {@code services.eligibility.rule_holiday_visit}. */
  public String reasonCode() {
    return "services.eligibility.rule_" + code();
  }

  /** Whether the rule fires for a resident with these traits in an area with these flags. Allocates nothing. */
  public boolean fires(long traits, int areaFlags) {
    return (traits & allOf) == allOf && (anyOf == 0 || (traits & anyOf) != 0) && scope.holds(areaFlags);
  }

  /** The traits of a resident that the rule used. */
  public long matched(long traits) {
    return traits & (allOf | anyOf);
  }

  /** Every rule, in the stable enum order. */
  public static List<EligibilityRule> all() {
    return ALL;
  }
}
