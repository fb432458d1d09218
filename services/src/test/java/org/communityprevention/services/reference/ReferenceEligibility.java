package org.communityprevention.services.reference;

import static org.communityprevention.core.population.Category.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.OverrideAction;
import org.communityprevention.core.population.OverrideOutcome;
import org.communityprevention.core.population.RelativeSituation;
import org.communityprevention.core.population.SocialStatus;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.SelfCare;
import org.communityprevention.services.eligibility.Resident;

/**
 * Eligibility by a plain table, read from docs/services.md and the notice's §5.1–§5.4, sharing no code with
 * {@code ServiceEligibility}: one line per service, a condition on the resident (the effective categories of the
 * classification, the recorded facts and needs), the area and the day. No trait masks, no rule enum.
 */
final class ReferenceEligibility {
  /** What a line reads. */
  record Input(Resident r, AreaSituation area, LocalDate day, Policy policy) {
    Set<Category> cats() {
      return r.classification().effectiveCategories();
    }

    boolean in(Category... cs) {
      for (Category c : cs) {
        if (cats().contains(c)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a worker's last decision on the category removed it: that wins over the fact path. */
    boolean removed(Category c) {
      OverrideAction last = null;
      for (OverrideOutcome o : r.classification().overrides()) {
        if (o.manual().category() == c) {
          last = o.manual().action();
        }
      }
      return last == OverrideAction.REMOVE;
    }

    boolean has(SocialStatus s) {
      return r.facts().socialStatuses().contains(s);
    }

    /** Whole years on the day; -1 when unknown or not yet born. */
    int age() {
      return r.facts().ageOn(day).map(a -> a < 0 ? -1 : a).orElse(-1);
    }

    boolean childByAge() {
      return age() >= 0 && age() < policy.population().adultAge();
    }

    boolean elderlyByAge() {
      return age() >= policy.population().elderlyAge();
    }

    boolean outbreak() {
      return area.outbreak().orElse(area.riskLevel().compareTo(policy.services().outbreakFrom()) >= 0);
    }

    boolean holiday() {
      return policy.population().holidayWindow().contains(day);
    }

    /** Closed management: an outbreak area at a level whose response (or a lower level's) lists it. */
    boolean closed() {
      if (!outbreak()) {
        return false;
      }
      for (RiskLevel l : RiskLevel.values()) {
        Set<ResponseMeasure> m = policy.risk().responseMeasures().get(l);
        if (l.compareTo(area.riskLevel()) <= 0 && m != null && m.contains(ResponseMeasure.CLOSED_MANAGEMENT)) {
          return true;
        }
      }
      return false;
    }

    // The groups, each by its category or by its recorded fact.
    boolean cannotCareForSelf() {
      return r.needs().selfCare() != SelfCare.ABLE;
    }

    boolean livingAlone() {
      return in(ELDERLY_LIVING_ALONE);
    }

    boolean disability() {
      return in(PERSON_WITH_DISABILITY);
    }

    boolean pregnant() {
      return in(PREGNANT_OR_POSTPARTUM);
    }

    boolean homeIsolated() {
      return in(HOME_ISOLATION, HOME_ISOLATED_IN_OUTBREAK_AREA);
    }

    boolean extremePoverty() {
      return in(EXTREME_POVERTY) || has(SocialStatus.EXTREME_POVERTY) && !removed(EXTREME_POVERTY);
    }

    /** The §5.3 groups (visits, living support and comfort in the festival). */
    boolean careGroup() {
      return in(SCATTERED_ORPHAN, SCATTERED_ORPHAN_VISIT, RURAL_LEFT_BEHIND_CHILD, LEFT_BEHIND_CHILD_VISIT,
          CHILD_IN_DIFFICULTY, CHILD_IN_DIFFICULTY_VISIT, LEFT_BEHIND_ELDERLY, MIGRANT_WORKER_STAYING_FOR_HOLIDAY,
          MINIMUM_LIVING_ALLOWANCE, EXTREME_POVERTY, SPECIAL_HARDSHIP, SPECIAL_HARDSHIP_VISIT, LOW_INCOME_FAMILY)
          || childByAge() && has(SocialStatus.SCATTERED_ORPHAN) && !removed(SCATTERED_ORPHAN_VISIT)
          || childByAge() && has(SocialStatus.LEFT_BEHIND) && !removed(LEFT_BEHIND_CHILD_VISIT)
          || childByAge() && has(SocialStatus.IN_DIFFICULTY) && !removed(CHILD_IN_DIFFICULTY_VISIT)
          || elderlyByAge() && has(SocialStatus.LEFT_BEHIND) && !removed(LEFT_BEHIND_ELDERLY)
          || has(SocialStatus.MIGRANT_WORKER_STAYING_FOR_HOLIDAY) && !removed(MIGRANT_WORKER_STAYING_FOR_HOLIDAY)
          || has(SocialStatus.MINIMUM_LIVING_ALLOWANCE) && !removed(MINIMUM_LIVING_ALLOWANCE)
          || extremePoverty()
          || has(SocialStatus.SPECIAL_HARDSHIP) && !removed(SPECIAL_HARDSHIP_VISIT)
          || has(SocialStatus.LOW_INCOME_FAMILY) && !removed(LOW_INCOME_FAMILY);
    }

    /** The §5.4 groups (living support and comfort in an outbreak area). */
    boolean outbreakGroup() {
      boolean recovered = in(RECOVERED_PATIENT, RECOVERED_IN_OUTBREAK_AREA)
          || r.facts().medicalHistory().flatMap(h -> h.dischargedOn()).map(d -> !d.isAfter(day)).orElse(false)
              && !removed(RECOVERED_IN_OUTBREAK_AREA);
      boolean isolatedRelative = in(FAMILY_OF_CENTRALISED_ISOLATION) || !removed(FAMILY_OF_CENTRALISED_ISOLATION)
          && r.facts().householdLinks().stream().anyMatch(h -> h.situation()
              == RelativeSituation.IN_CENTRALISED_ISOLATION && h.since().map(s -> !s.isAfter(day)).orElse(false));
      boolean medicalRelative = in(FAMILY_OF_MEDICAL_WORKER) || !removed(FAMILY_OF_MEDICAL_WORKER)
          && r.facts().householdLinks().stream().anyMatch(h -> h.situation() == RelativeSituation.MEDICAL_WORKER);
      return homeIsolated() || recovered || isolatedRelative || medicalRelative;
    }

    boolean spendingHolidayHere() {
      return in(MIGRANT_WORKER_STAYING_FOR_HOLIDAY) || r.needs().stayingForHoliday()
          || has(SocialStatus.MIGRANT_WORKER_STAYING_FOR_HOLIDAY) && !removed(MIGRANT_WORKER_STAYING_FOR_HOLIDAY);
    }
  }

  /** One line: a service and when a resident is eligible for it. */
  record Line(CommunityService service, Predicate<Input> when) {}

  static final List<Line> TABLE = List.of(
      // §5.1
      new Line(CommunityService.GOVERNMENT_SERVICES, in -> true),
      new Line(CommunityService.HOLIDAY_STAYER_SERVICES, in -> in.holiday() && in.spendingHolidayHere()),
      // §5.2 (with §2.1 for closed management)
      new Line(CommunityService.DAILY_NECESSITIES, in -> in.closed() || in.cannotCareForSelf() || in.livingAlone()
          || in.in(CHILD_WITHOUT_DE_FACTO_CARER) || in.extremePoverty() || in.homeIsolated()),
      new Line(CommunityService.CHRONIC_MEDICINE_DELIVERY, in -> in.r().needs().chronicMedication()
          && (in.outbreak() || in.cannotCareForSelf() || in.livingAlone() || in.disability() || in.homeIsolated())),
      new Line(CommunityService.KEY_GROUP_CARE, in -> in.cannotCareForSelf() || in.disability() || in.pregnant()),
      new Line(CommunityService.EMERGENCY_VEHICLE,
          in -> in.outbreak() && (in.r().needs().regularTreatment() || in.pregnant())),
      // §5.3: the visit only without an outbreak; §5.4 widens living support and comfort in an outbreak.
      new Line(CommunityService.HOLIDAY_VISIT, in -> in.holiday() && !in.outbreak() && in.careGroup()),
      new Line(CommunityService.LIVING_SUPPORT,
          in -> in.holiday() && in.careGroup() || in.outbreak() && in.outbreakGroup()),
      new Line(CommunityService.EMOTIONAL_COMFORT,
          in -> in.holiday() && in.careGroup() || in.outbreak() && in.outbreakGroup()));

  private ReferenceEligibility() {}

  /** The services the table gives. */
  static Set<CommunityService> services(Resident r, AreaSituation area, LocalDate day, Policy policy) {
    Input in = new Input(r, area, day, policy);
    Set<CommunityService> out = EnumSet.noneOf(CommunityService.class);
    for (Line line : TABLE) {
      if (line.when().test(in)) {
        out.add(line.service());
      }
    }
    return out;
  }
}
