package org.communityprevention.core.policy;

import static org.communityprevention.core.policy.Strictness.COVERS;
import static org.communityprevention.core.policy.Strictness.EARLIER;
import static org.communityprevention.core.policy.Strictness.FIXED;
import static org.communityprevention.core.policy.Strictness.GOVERNING;
import static org.communityprevention.core.policy.Strictness.HIGHER;
import static org.communityprevention.core.policy.Strictness.LIMITS;
import static org.communityprevention.core.policy.Strictness.LOWER;
import static org.communityprevention.core.policy.Strictness.PLAN;
import static org.communityprevention.core.policy.Strictness.PROVINCE_MAY_PROVIDE;
import static org.communityprevention.core.policy.Strictness.SUPERSET;
import static org.communityprevention.core.policy.Strictness.TRUE_IS_STRICTER;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Every value of a {@link Policy} with its direction of strictness. This table is the single place that says what
 * "tighter" means; {@link PolicyLayering} and the provenance check both read it, and a test checks it lists every
 * value of the policy.
 */
public final class PolicyFields {
  private static final ImmutableList<PolicyField> ALL = ImmutableList.of(
      PolicyField.of("population.adultAge", p -> p.population().adultAge(), HIGHER),
      PolicyField.of("population.leftBehindChildAge", p -> p.population().leftBehindChildAge(), HIGHER),
      PolicyField.of("population.elderlyAge", p -> p.population().elderlyAge(), LOWER),
      PolicyField.of("population.postpartumDays", p -> p.population().postpartumDays(), HIGHER),
      PolicyField.of("population.closeContactLookbackDays", p -> p.population().closeContactLookbackDays(), HIGHER),
      PolicyField.of("population.closeContact", p -> p.population().closeContact(), PLAN),
      PolicyField.of("population.secondaryCloseContact", p -> p.population().secondaryCloseContact(), PLAN),
      PolicyField.of("population.inbound", p -> p.population().inbound(), PLAN),
      PolicyField.of("population.highRiskArrival", p -> p.population().highRiskArrival(), PLAN),
      PolicyField.of("population.mediumRiskArrival", p -> p.population().mediumRiskArrival(), PLAN),
      PolicyField.of("population.holidayReturnee", p -> p.population().holidayReturnee(), PLAN),
      PolicyField.of("population.holidayWindow", p -> p.population().holidayWindow(), COVERS),
      PolicyField.of("population.recovered", p -> p.population().recovered(), PLAN),
      PolicyField.of("population.releasedFromObservation", p -> p.population().releasedFromObservation(), PLAN),
      PolicyField.of("population.coldChainTestIntervalDays", p -> p.population().coldChainTestIntervalDays(), LOWER),
      PolicyField.of("population.healthCodeYellow", p -> p.population().healthCodeYellow(), PLAN),
      PolicyField.of("population.healthCodeRed", p -> p.population().healthCodeRed(), PLAN),
      PolicyField.of("population.homeIsolationOrder", p -> p.population().homeIsolationOrder(), PLAN),
      PolicyField.of("population.centralisedIsolationOrder", p -> p.population().centralisedIsolationOrder(), PLAN),
      PolicyField.of("population.dailyCheckInPhases", p -> p.population().dailyCheckInPhases(), SUPERSET),
      PolicyField.of("population.transferLoadFactor", p -> p.population().transferLoadFactor(), LOWER),
      PolicyField.of("population.keepHouseholdsTogether", p -> p.population().keepHouseholdsTogether(),
          TRUE_IS_STRICTER),
      PolicyField.absentIsLoosest("population.returneeTestValidDays",
          p -> p.population().returneeTestValidDays(), LOWER),
      PolicyField.of("risk.designationUnit", p -> p.risk().designationUnit(), FIXED),
      PolicyField.of("risk.tiers", p -> p.risk().tiers(), FIXED),
      PolicyField.of("risk.windowDays", p -> p.risk().windowDays(), HIGHER),
      PolicyField.of("risk.countAsymptomatic", p -> p.risk().countAsymptomatic(), TRUE_IS_STRICTER),
      PolicyField.of("risk.clusterMinCases", p -> p.risk().clusterMinCases(), LOWER),
      PolicyField.absentIsStrictest("risk.highCumulativeThreshold", p -> p.risk().highCumulativeThreshold(), LOWER),
      PolicyField.of("risk.highToMediumCleanDays", p -> p.risk().highToMediumCleanDays(), HIGHER),
      PolicyField.of("risk.steppedDownMediumToLowDays", p -> p.risk().steppedDownMediumToLowDays(), HIGHER),
      PolicyField.of("risk.mediumToLowCleanDays", p -> p.risk().mediumToLowCleanDays(), HIGHER),
      PolicyField.of("risk.downgradeRequiresScreening", p -> p.risk().downgradeRequiresScreening(),
          TRUE_IS_STRICTER),
      PolicyField.of("risk.screeningCoverage", p -> p.risk().screeningCoverage(), HIGHER),
      PolicyField.of("risk.governingLevel", p -> p.risk().governingLevel(), GOVERNING),
      PolicyField.of("risk.responseMeasures", p -> p.risk().responseMeasures(), SUPERSET),
      PolicyField.of("risk.strengthenedMeasures", p -> p.risk().strengthenedMeasures(), SUPERSET),
      PolicyField.of("risk.strengthenedMeasuresFrom", p -> p.risk().strengthenedMeasuresFrom(), LOWER),
      PolicyField.of("reporting.dailyDeadline", p -> p.reporting().dailyDeadline(), EARLIER),
      PolicyField.of("reporting.graceMinutes", p -> p.reporting().graceMinutes(), LOWER),
      PolicyField.of("reporting.lateAcceptanceDays", p -> p.reporting().lateAcceptanceDays(), HIGHER),
      PolicyField.of("reporting.stoppedReportingDays", p -> p.reporting().stoppedReportingDays(), LOWER),
      PolicyField.of("reporting.visitIntervalDays", p -> p.reporting().visitIntervalDays(), LOWER),
      PolicyField.of("reporting.suppliesPerThousandResidents",
          p -> p.reporting().suppliesPerThousandResidents(), HIGHER),
      PolicyField.of("reporting.suppliesMinimumPerUnit", p -> p.reporting().suppliesMinimumPerUnit(), HIGHER),
      PolicyField.of("reporting.trainingCoverageTarget", p -> p.reporting().trainingCoverageTarget(), HIGHER),
      PolicyField.absentIsLoosest("reporting.vaccinationCoverageTarget",
          p -> p.reporting().vaccinationCoverageTarget(), HIGHER),
      PolicyField.of("reporting.dutyHolidays", p -> p.reporting().dutyHolidays(), COVERS),
      PolicyField.of("activities.meetingMaxParticipants", p -> p.activities().meetingMaxParticipants(), LIMITS),
      PolicyField.of("activities.meetingMaxMinutes", p -> p.activities().meetingMaxMinutes(), LOWER),
      PolicyField.of("activities.meetingsPostponedFrom", p -> p.activities().meetingsPostponedFrom(), LOWER),
      PolicyField.of("activities.gatheringsRestrictedFrom", p -> p.activities().gatheringsRestrictedFrom(), LOWER),
      PolicyField.of("activities.electionsSuspendedFrom", p -> p.activities().electionsSuspendedFrom(), LOWER),
      PolicyField.of("activities.voterListPublicationDays", p -> p.activities().voterListPublicationDays(), HIGHER),
      PolicyField.of("activities.facilityRestrictionsFrom", p -> p.activities().facilityRestrictionsFrom(), LOWER),
      PolicyField.of("activities.gatheringRoomsSuspendedFrom",
          p -> p.activities().gatheringRoomsSuspendedFrom(), LOWER),
      PolicyField.of("activities.facilityFlowLimitShare", p -> p.activities().facilityFlowLimitShare(), LOWER),
      PolicyField.of("activities.proxyCapPerHolder", p -> p.activities().proxyCapPerHolder(), LOWER),
      PolicyField.of("activities.proxyFilingDaysBefore", p -> p.activities().proxyFilingDaysBefore(), HIGHER),
      PolicyField.of("activities.residentsCommitteeProxies", p -> p.activities().residentsCommitteeProxies(),
          PROVINCE_MAY_PROVIDE),
      PolicyField.of("activities.votersPerPollingStation", p -> p.activities().votersPerPollingStation(), LOWER),
      PolicyField.of("activities.votersPerTimeSlot", p -> p.activities().votersPerTimeSlot(), LOWER),
      PolicyField.of("activities.minPollingMinutes", p -> p.activities().minPollingMinutes(), HIGHER),
      PolicyField.of("activities.countingSiteMaxPeople", p -> p.activities().countingSiteMaxPeople(), LOWER),
      PolicyField.of("activities.electionEmergencyPlanItems", p -> p.activities().electionEmergencyPlanItems(),
          SUPERSET),
      PolicyField.of("activities.healthDeclarationValidDays", p -> p.activities().healthDeclarationValidDays(),
          LOWER),
      PolicyField.of("activities.mobileBallotBoxMinStaff", p -> p.activities().mobileBallotBoxMinStaff(), HIGHER),
      PolicyField.of("services.outbreakFrom", p -> p.services().outbreakFrom(), LOWER),
      PolicyField.of("services.careVisitPriorityAge", p -> p.services().careVisitPriorityAge(), LOWER),
      PolicyField.of("services.workerSubsidyYuanPerDay", p -> p.services().workerSubsidyYuanPerDay(), HIGHER));

  private PolicyFields() {}

  /** Every field, in document order. */
  public static ImmutableList<PolicyField> all() {
    return ALL;
  }

  /** The field at a path. */
  public static Optional<PolicyField> at(String path) {
    return ALL.stream().filter(f -> f.path().equals(path)).findFirst();
  }
}
