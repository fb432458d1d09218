package org.communityprevention.core.population;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyFields;
import org.communityprevention.core.policy.PopulationPolicy;

/**
 * The numbers of a {@link Policy} that the rules read, as ints for the hot path, and the management plan of each
 * planned category for the explaining path. Every number comes from the policy; none is in the rules.
 */
final class CompiledPolicy {
  /** Window length marking a group the policy does not designate. */
  static final int NOT_DESIGNATED = -1;

  final Policy policy;
  final int adultAge;
  final int leftBehindChildAge;
  final int elderlyAge;
  final int postpartumDays;
  final int holidayStart;
  final int holidayEnd;
  final int coldChainInterval;
  final int outbreakFrom;
  /** Window length in days by category ordinal, for planned categories. */
  private final int[] days = new int[Category.values().length];
  private final Map<Category, ManagementPlan> plans = new EnumMap<>(Category.class);
  /** The policy values each category's reasons cite, by field path, rendered once. */
  private final Map<Category, Map<String, String>> policyValues = new EnumMap<>(Category.class);

  CompiledPolicy(Policy policy) {
    this.policy = policy;
    PopulationPolicy p = policy.population();
    adultAge = p.adultAge();
    leftBehindChildAge = p.leftBehindChildAge();
    elderlyAge = p.elderlyAge();
    postpartumDays = p.postpartumDays();
    holidayStart = CompactFacts.day(p.holidayWindow().start());
    holidayEnd = CompactFacts.day(p.holidayWindow().endExclusive());
    coldChainInterval = p.coldChainTestIntervalDays();
    outbreakFrom = policy.services().outbreakFrom().ordinal();
    days[Category.HOLIDAY_RETURNEE.ordinal()] = NOT_DESIGNATED;
    p.holidayReturnee().ifPresent(plan -> plan(Category.HOLIDAY_RETURNEE, plan));
    plan(Category.ARRIVAL_FROM_MEDIUM_RISK_AREA, p.mediumRiskArrival());
    plan(Category.ARRIVAL_FROM_HIGH_RISK_AREA, p.highRiskArrival());
    plan(Category.INBOUND_TRAVELLER, p.inbound());
    plan(Category.RECOVERED_PATIENT, p.recovered());
    plan(Category.RELEASED_FROM_MEDICAL_OBSERVATION, p.releasedFromObservation());
    plan(Category.HEALTH_CODE_YELLOW, p.healthCodeYellow());
    days[Category.HEALTH_CODE_RED.ordinal()] = NOT_DESIGNATED;
    p.healthCodeRed().ifPresent(plan -> plan(Category.HEALTH_CODE_RED, plan));
    plan(Category.CLOSE_CONTACT, p.closeContact());
    days[Category.SECONDARY_CLOSE_CONTACT.ordinal()] = NOT_DESIGNATED;
    p.secondaryCloseContact().ifPresent(plan -> plan(Category.SECONDARY_CLOSE_CONTACT, plan));
    plan(Category.HOME_ISOLATION, p.homeIsolationOrder());
    plan(Category.CENTRALISED_ISOLATION, p.centralisedIsolationOrder());
    for (Category c : Category.all()) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String path : c.policyFields()) {
        values.put(path, String.valueOf(PolicyFields.at(path).orElseThrow().valueIn(policy)));
      }
      policyValues.put(c, Collections.unmodifiableMap(values));
    }
  }

  private void plan(Category c, ManagementPlan plan) {
    plans.put(c, plan);
    days[c.ordinal()] = plan.totalDays();
  }

  /** The window length of a planned category, or {@link #NOT_DESIGNATED}. */
  int days(Category c) {
    return days[c.ordinal()];
  }

  /** The management plan of a category, if it has one. */
  Optional<ManagementPlan> plan(Category c) {
    return Optional.ofNullable(plans.get(c));
  }

  /** The policy values a category's reasons cite, by field path. */
  Map<String, String> policyValues(Category c) {
    return policyValues.get(c);
  }
}
