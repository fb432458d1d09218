package org.communityprevention.core.population;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PopulationPolicy;

/** The one fact that starts each planned category on a day, and the plan the policy gives it, read directly. */
final class WindowFacts {
  static final List<Category> PLANNED = List.of(Category.HOLIDAY_RETURNEE, Category.ARRIVAL_FROM_MEDIUM_RISK_AREA,
      Category.ARRIVAL_FROM_HIGH_RISK_AREA, Category.INBOUND_TRAVELLER, Category.RECOVERED_PATIENT,
      Category.RELEASED_FROM_MEDICAL_OBSERVATION, Category.HEALTH_CODE_YELLOW, Category.HEALTH_CODE_RED,
      Category.CLOSE_CONTACT, Category.SECONDARY_CLOSE_CONTACT, Category.HOME_ISOLATION,
      Category.CENTRALISED_ISOLATION);

  private WindowFacts() {}

  static ManagementPlan planOf(Policy policy, Category c) {
    return planIfAny(policy, c).orElseThrow();
  }

  /** The plan of a planned category, empty where the policy has none (the category then never arises). */
  static java.util.Optional<ManagementPlan> planIfAny(Policy policy, Category c) {
    PopulationPolicy p = policy.population();
    switch (c) {
      case HOLIDAY_RETURNEE:
        return p.holidayReturnee();
      case SECONDARY_CLOSE_CONTACT:
        return p.secondaryCloseContact();
      case HEALTH_CODE_RED:
        return p.healthCodeRed();
      default:
        return java.util.Optional.of(requiredPlan(p, c));
    }
  }

  private static ManagementPlan requiredPlan(PopulationPolicy p, Category c) {
    switch (c) {
      case ARRIVAL_FROM_MEDIUM_RISK_AREA:
        return p.mediumRiskArrival();
      case ARRIVAL_FROM_HIGH_RISK_AREA:
        return p.highRiskArrival();
      case INBOUND_TRAVELLER:
        return p.inbound();
      case RECOVERED_PATIENT:
        return p.recovered();
      case RELEASED_FROM_MEDICAL_OBSERVATION:
        return p.releasedFromObservation();
      case HEALTH_CODE_YELLOW:
        return p.healthCodeYellow();
      case CLOSE_CONTACT:
        return p.closeContact();
      case HOME_ISOLATION:
        return p.homeIsolationOrder();
      case CENTRALISED_ISOLATION:
        return p.centralisedIsolationOrder();
      default:
        throw new IllegalArgumentException(c.name());
    }
  }

  static PersonFacts factsFor(Category c, LocalDate start) {
    PersonFacts.Builder b = new PersonFacts.Builder().personId("W-" + c.code());
    switch (c) {
      case HOLIDAY_RETURNEE:
        return b.addMovements(Movement.holidayReturn(RiskLevel.LOW, start.minusDays(1), start)).build();
      case ARRIVAL_FROM_MEDIUM_RISK_AREA:
        return b.addMovements(Movement.domestic(RiskLevel.MEDIUM, start, start)).build();
      case ARRIVAL_FROM_HIGH_RISK_AREA:
        return b.addMovements(Movement.domestic(RiskLevel.HIGH, start, start)).build();
      case INBOUND_TRAVELLER:
        return b.addMovements(Movement.inbound(start.minusDays(2), start)).build();
      case RECOVERED_PATIENT:
        return b.medicalHistory(MedicalHistory.recovered(start.minusDays(12), start)).build();
      case RELEASED_FROM_MEDICAL_OBSERVATION:
        return b.medicalHistory(MedicalHistory.releasedFromObservation(start)).build();
      case HEALTH_CODE_YELLOW:
        return b.addHealthCodes(HealthCodeObservation.of(start, HealthCodeColour.YELLOW)).build();
      case HEALTH_CODE_RED:
        return b.addHealthCodes(HealthCodeObservation.of(start, HealthCodeColour.RED)).build();
      case CLOSE_CONTACT:
        return b.addContactExposures(ContactExposure.close(start)).build();
      case SECONDARY_CLOSE_CONTACT:
        return b.addContactExposures(ContactExposure.secondary(start, "C1").withLinkedContactClearedOn(start.plusDays(1)))
            .build();
      case HOME_ISOLATION:
        return b.addIsolationOrders(IsolationOrder.of(IsolationKind.HOME, start)).build();
      case CENTRALISED_ISOLATION:
        return b.addIsolationOrders(IsolationOrder.of(IsolationKind.CENTRALISED, start)).build();
      default:
        throw new IllegalArgumentException(c.name());
    }
  }
}
