package org.communityprevention.testkit.golden;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.division.CoverageReport;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.GridCoverage;
import org.communityprevention.core.division.GridUnit;
import org.communityprevention.core.division.RoleAssignment;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.isolation.Evacuee;
import org.communityprevention.core.isolation.MassIsolationCheck;
import org.communityprevention.core.isolation.MassIsolationOrder;
import org.communityprevention.core.isolation.MassIsolations;
import org.communityprevention.core.isolation.Registration;
import org.communityprevention.core.isolation.Trip;
import org.communityprevention.core.isolation.Vehicle;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ledger.Oversight;
import org.communityprevention.core.population.ledger.UnmanagedFinding;
import org.communityprevention.core.returnee.Returnee;
import org.communityprevention.core.returnee.ReturneeStatus;
import org.communityprevention.core.returnee.Returnees;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.readiness.DutyCheck;
import org.communityprevention.reporting.readiness.DutyNotice;
import org.communityprevention.reporting.readiness.DutyReadiness;
import org.communityprevention.reporting.readiness.DutyShift;
import org.communityprevention.reporting.readiness.HouseholdCoverage;
import org.communityprevention.reporting.readiness.CadreLink;
import org.communityprevention.reporting.readiness.StaffCoverage;
import org.communityprevention.reporting.readiness.StaffRecord;
import org.communityprevention.reporting.readiness.SupplyCheck;
import org.communityprevention.reporting.readiness.SupplyReadiness;
import org.communityprevention.reporting.readiness.SupplyStock;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.SubmissionConflict;
import org.communityprevention.reporting.report.Timeliness;
import org.communityprevention.reporting.signal.ConcealmentChecks;
import org.communityprevention.reporting.signal.ConcealmentSignal;
import org.communityprevention.reporting.signal.UnitDayFacts;
import org.communityprevention.reporting.summary.ImplementationSummaries;
import org.communityprevention.reporting.summary.ImplementationSummary;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.communityprevention.risk.designation.ScreeningRound;
import org.communityprevention.risk.election.CommitteeKind;
import org.communityprevention.risk.election.ElectionCalendar;
import org.communityprevention.risk.election.ElectionDayStatus;
import org.communityprevention.risk.election.ElectionSuspension;
import org.communityprevention.risk.election.HealthDeclaration;
import org.communityprevention.risk.election.Participation;
import org.communityprevention.risk.election.ParticipationStatus;
import org.communityprevention.risk.election.PollingPlan;
import org.communityprevention.risk.election.PollingPlanReview;
import org.communityprevention.risk.election.PollingPlans;
import org.communityprevention.risk.election.Proxies;
import org.communityprevention.risk.election.ProxyAuthorization;
import org.communityprevention.risk.election.ProxyReview;
import org.communityprevention.risk.election.RiskAssessment;
import org.communityprevention.risk.election.SpecialVoting;
import org.communityprevention.risk.election.SpecialVotingPlan;
import org.communityprevention.risk.election.SpecialVotingReview;
import org.communityprevention.risk.election.Voter;
import org.communityprevention.risk.election.VotingMethod;
import org.communityprevention.risk.election.VotingMethods;
import org.communityprevention.risk.response.ClosedManagementOrder;
import org.communityprevention.risk.response.EmergencyResponse;
import org.communityprevention.risk.response.ResponseOrder;
import org.communityprevention.risk.response.ResponseTimeline;
import org.communityprevention.risk.restriction.GatheringGuidance;
import org.communityprevention.risk.restriction.GatheringKind;
import org.communityprevention.risk.restriction.Gatherings;
import org.communityprevention.risk.restriction.MeetingPlan;
import org.communityprevention.risk.restriction.MeetingRuling;
import org.communityprevention.risk.restriction.Meetings;
import org.communityprevention.risk.timeline.LevelSeries;
import org.communityprevention.risk.timeline.RiskTimeline;
import org.communityprevention.risk.timeline.RiskTimelines;
import org.communityprevention.services.allocation.CapacityPlan;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ResidentEligibility;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.facility.Facility;
import org.communityprevention.services.facility.FacilityOperatingRules;
import org.communityprevention.services.facility.FacilityRules;
import org.communityprevention.services.subsidy.SubsidyCalculator;
import org.communityprevention.services.subsidy.SubsidyEntitlement;
import org.communityprevention.services.subsidy.WorkerDuty;
import org.communityprevention.services.village.VillageDay;
import org.communityprevention.services.village.VillageServicePlan;
import org.communityprevention.services.village.VillageServicePlanner;

/**
 * Every capability answered by calling the library directly (直接调用本库): the reference the golden vectors were
 * checked against, and a model for a vendor's own adapter, which does the same through the vendor's system.
 */
public final class LibraryAdapter
    implements PopulationAdapter, DivisionAdapter, RiskAdapter, ReportingAdapter, ServicesAdapter {

  @Override
  public Classification classify(Policy policy, LocalDate date, PersonFacts facts) {
    return PopulationClassifier.of(policy).classify(facts, date);
  }

  @Override
  public List<UnmanagedFinding> unmanaged(Policy policy, LocalDate date, PersonFacts facts) {
    return Oversight.findings(facts, classify(policy, date, facts), policy);
  }

  @Override
  public ReturneeStatus returnee(Policy policy, LocalDate date, Returnee returnee) {
    return Returnees.under(policy).status(returnee, date);
  }

  @Override
  public MassIsolationCheck massIsolation(Policy policy, MassIsolationOrder order, List<Evacuee> residents,
      List<Registration> registrations, List<Vehicle> vehicles, List<Trip> trips) {
    return MassIsolations.under(policy).check(order, residents, registrations, vehicles, trips);
  }

  @Override
  public List<DivisionCode> ancestors(String code) {
    return DivisionCode.parse(code, "code").ancestors();
  }

  @Override
  public CoverageReport gridCoverage(List<GridUnit> units, List<RoleAssignment> assignments, LocalDate date) {
    return GridCoverage.check(units, assignments, date);
  }

  @Override
  public RiskTimeline timeline(Policy policy, AreaId area, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations) {
    return RiskTimelines.timeline(DesignationRules.of(policy), area, window, reports, designations);
  }

  @Override
  public RiskTimeline timeline(Policy policy, AreaId area, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations, List<ScreeningRound> screenings) {
    return RiskTimelines.timeline(DesignationRules.of(policy), area, window, reports, designations, screenings);
  }

  @Override
  public ResponseTimeline response(Policy policy, DivisionCode village, AreaProfile profile, LevelSeries levels,
      List<ClosedManagementOrder> orders) {
    return EmergencyResponse.timeline(policy, village, profile, levels, orders);
  }

  @Override
  public ResponseTimeline response(Policy policy, DivisionCode village, AreaProfile profile, LevelSeries levels,
      List<ClosedManagementOrder> orders, List<ResponseOrder> responseOrders) {
    return EmergencyResponse.timeline(policy, village, profile, levels, orders, responseOrders);
  }

  @Override
  public Decision<MeetingRuling> meeting(Policy policy, RiskLevel level, MeetingPlan plan) {
    return Meetings.decide(policy, level, plan);
  }

  @Override
  public Decision<GatheringGuidance> gathering(Policy policy, RiskLevel level, GatheringKind kind) {
    return Gatherings.decide(policy, level, kind);
  }

  @Override
  public ElectionCalendar electionCalendar(Policy policy, DivisionCode village, LevelSeries levels) {
    return ElectionSuspension.calendar(policy, village, levels);
  }

  @Override
  public Decision<ParticipationStatus> participation(Policy policy, String participantId,
      List<HealthDeclaration> declarations, List<RiskAssessment> assessments, LocalDate electionDay) {
    return Participation.decide(policy, participantId, declarations, assessments, electionDay);
  }

  @Override
  public ProxyReview proxies(Policy policy, DivisionCode village, LocalDate electionDay, List<Voter> roll,
      List<ProxyAuthorization> authorizations, Optional<LocalDate> listsPublishedOn) {
    return Proxies.review(policy, village, electionDay, roll, authorizations, listsPublishedOn);
  }

  @Override
  public ProxyReview proxies(Policy policy, DivisionCode village, CommitteeKind committee, LocalDate electionDay,
      List<Voter> roll, List<ProxyAuthorization> authorizations, Optional<LocalDate> listsPublishedOn) {
    return Proxies.review(policy, village, committee, electionDay, roll, authorizations, listsPublishedOn);
  }

  @Override
  public SortedMap<String, Decision<VotingMethod>> votingMethods(Policy policy, DivisionCode village,
      LocalDate electionDay, List<Voter> roll, List<ProxyAuthorization> authorizations,
      Optional<LocalDate> listsPublishedOn) {
    return VotingMethods.decideAll(policy, roll,
        proxies(policy, village, electionDay, roll, authorizations, listsPublishedOn));
  }

  @Override
  public PollingPlanReview pollingPlan(Policy policy, PollingPlan plan, RiskLevel level) {
    return PollingPlans.review(policy, plan, level);
  }

  @Override
  public Decision<ElectionDayStatus> electionDay(Policy policy, DivisionCode village, LevelSeries levels,
      LocalDate electionDay, Optional<LocalDate> voterListPublishedOn) {
    return ElectionSuspension.electionDay(policy, ElectionSuspension.calendar(policy, village, levels), electionDay,
        voterListPublishedOn);
  }

  @Override
  public SpecialVotingReview specialVoting(Policy policy, SpecialVotingPlan plan, List<Voter> roll,
      List<ProxyAuthorization> authorizations, Optional<LocalDate> listsPublishedOn) {
    return SpecialVoting.review(policy, plan, roll,
        proxies(policy, plan.village(), plan.electionDay(), roll, authorizations, listsPublishedOn));
  }

  @Override
  public Decision<Timeliness> timeliness(Policy policy, DailyReport report) {
    return ReportingRules.of(policy).explain(report);
  }

  @Override
  public List<NodeCompleteness> completeness(Policy policy, List<UnitChange> units, List<DailyReport> reports,
      DateWindow window, List<DivisionCode> nodes) {
    Presence presence = presence(policy, units, reports, window);
    List<NodeCompleteness> out = new ArrayList<>(nodes.size());
    for (DivisionCode node : nodes) {
      out.add(NodeCompleteness.of(node, window, presence.counts(node, window)));
    }
    return out;
  }

  @Override
  public List<SubmissionConflict> conflicts(Policy policy, List<UnitChange> units, List<DailyReport> reports) {
    return ledger(policy, units, reports).conflicts();
  }

  @Override
  public List<ConcealmentSignal> concealment(Policy policy, List<UnitChange> units, List<DailyReport> reports,
      List<UnitDayFacts> facts, DateWindow window) {
    return ConcealmentChecks.scan(ledger(policy, units, reports), facts, window);
  }

  @Override
  public DutyReadiness holidayDuty(Policy policy, DivisionCode unit, List<DutyShift> shifts,
      List<DutyNotice> notices, LocalDate day) {
    return DutyCheck.holiday(unit, shifts, notices, policy, day);
  }

  @Override
  public HouseholdCoverage households(DivisionCode unit, List<String> householdIds, List<CadreLink> links,
      LocalDate day) {
    return HouseholdCoverage.check(unit, householdIds, links, day);
  }

  @Override
  public SupplyReadiness supplies(Policy policy, SupplyStock stock) {
    return SupplyCheck.check(stock, policy);
  }

  @Override
  public List<StaffCoverage> staff(Policy policy, List<StaffRecord> records, DivisionCode node) {
    return StaffCoverage.of(records, node, policy);
  }

  @Override
  public ImplementationSummary summary(Policy policy, DivisionCode province, DateWindow window,
      List<UnitChange> units, List<DailyReport> reports) {
    ReportLedger ledger = ledger(policy, units, reports);
    PresenceBuilder presence = PresenceBuilder.of(ledger.registry(), window);
    presence.addAll(ledger);
    return ImplementationSummaries.summarize(province, window, new ImplementationSummaries.Inputs(presence.build(),
        policy, ledger.conflicts(), List.of(), List.of(), List.of(), List.of(), List.of(), 10));
  }

  @Override
  public ResidentEligibility eligibility(Policy policy, LocalDate date, Resident resident, AreaSituation area,
      ChannelPlan channels) {
    return ServiceEligibility.under(policy, channels).explain(resident, area, date);
  }

  @Override
  public VillageServicePlan villagePlan(Policy policy, VillageDay day, List<Resident> residents,
      CapacityPlan capacities, ChannelPlan channels) {
    return VillageServicePlanner.using(ServiceEligibility.under(policy, channels)).plan(day, residents, capacities);
  }

  @Override
  public FacilityOperatingRules facility(Policy policy, LocalDate date, Facility facility, AreaSituation area) {
    return FacilityRules.under(policy).on(facility, area, date);
  }

  @Override
  public SubsidyEntitlement subsidy(Policy policy, List<org.communityprevention.core.area.LevelHistory> timelines,
      WorkerDuty duty, DateWindow claimPeriod) {
    return SubsidyCalculator.under(policy, timelines).entitlement(duty, claimPeriod);
  }

  /**
   * A ledger of the reports. Every report is submitted; the ledger's refusals (a unit that owes no report that day, a
   * report past the late-acceptance days) are thrown together, each under {@code reports[i]}.
   */
  private static ReportLedger ledger(Policy policy, List<UnitChange> units, List<DailyReport> reports) {
    ReportLedger ledger = ReportLedger.of(ReportingRules.of(policy), UnitRegistry.of(units));
    List<Violation> refused = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      try {
        ledger.submit(reports.get(i));
      } catch (ValidationException e) {
        refused.addAll(e.under("reports[" + i + "]").violations());
      }
    }
    if (!refused.isEmpty()) {
      throw new ValidationException(refused);
    }
    return ledger;
  }

  private static Presence presence(Policy policy, List<UnitChange> units, List<DailyReport> reports,
      DateWindow window) {
    ReportLedger ledger = ledger(policy, units, reports);
    PresenceBuilder builder = PresenceBuilder.of(ledger.registry(), window);
    builder.addAll(ledger);
    return builder.build();
  }
}
