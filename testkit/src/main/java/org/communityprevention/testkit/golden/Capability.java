package org.communityprevention.testkit.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.GridUnit;
import org.communityprevention.core.division.RoleAssignment;
import org.communityprevention.core.isolation.Evacuee;
import org.communityprevention.core.isolation.MassIsolationOrder;
import org.communityprevention.core.isolation.Registration;
import org.communityprevention.core.isolation.Trip;
import org.communityprevention.core.isolation.Vehicle;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.returnee.Returnee;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.readiness.DutyNotice;
import org.communityprevention.reporting.readiness.DutyShift;
import org.communityprevention.reporting.readiness.CadreLink;
import org.communityprevention.reporting.readiness.StaffRecord;
import org.communityprevention.reporting.readiness.SupplyStock;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.signal.UnitDayFacts;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.communityprevention.risk.designation.ScreeningRound;
import org.communityprevention.risk.election.CommitteeKind;
import org.communityprevention.risk.election.HealthDeclaration;
import org.communityprevention.risk.election.PollingPlan;
import org.communityprevention.risk.election.ProxyAuthorization;
import org.communityprevention.risk.election.RiskAssessment;
import org.communityprevention.risk.election.SpecialVotingPlan;
import org.communityprevention.risk.election.Voter;
import org.communityprevention.risk.response.ClosedManagementOrder;
import org.communityprevention.risk.response.ResponseOrder;
import org.communityprevention.risk.restriction.GatheringKind;
import org.communityprevention.risk.restriction.MeetingPlan;
import org.communityprevention.risk.timeline.LevelSeries;
import org.communityprevention.services.allocation.CapacityPlan;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.facility.Facility;
import org.communityprevention.core.area.LevelHistory;
import org.communityprevention.services.subsidy.WorkerDuty;
import org.communityprevention.services.village.VillageDay;

/**
 * The capabilities the golden vectors call (能力), each bound to one method of an adapter: its name in the vectors,
 * the adapter group that answers it, and how the case's inputs become the method's arguments. The inputs of each
 * capability are listed in {@code docs/golden-vectors.md}.
 */
public enum Capability {
  /** {@link PopulationAdapter#classify}: input {@code facts}; needs the case date. */
  POPULATION_CLASSIFY("population.classify", Group.POPULATION, (a, p, c, in) ->
      a.population().orElseThrow().classify(p, in.date(), in.get("facts", PersonFacts.class))),
  /** {@link PopulationAdapter#unmanaged}: input {@code facts}; needs the case date. */
  POPULATION_UNMANAGED("population.unmanaged", Group.POPULATION, (a, p, c, in) ->
      a.population().orElseThrow().unmanaged(p, in.date(), in.get("facts", PersonFacts.class))),
  /** {@link PopulationAdapter#returnee}: input {@code returnee}; needs the case date. */
  POPULATION_RETURNEE("population.returnee", Group.POPULATION, (a, p, c, in) ->
      a.population().orElseThrow().returnee(p, in.date(), in.get("returnee", Returnee.class))),
  /**
   * {@link PopulationAdapter#massIsolation}: inputs {@code order}, {@code residents}, {@code registrations},
   * {@code vehicles}, {@code trips}.
   */
  POPULATION_MASS_ISOLATION("population.massIsolation", Group.POPULATION, (a, p, c, in) ->
      a.population().orElseThrow().massIsolation(p, in.get("order", MassIsolationOrder.class),
          in.list("residents", Evacuee.class), in.list("registrations", Registration.class),
          in.list("vehicles", Vehicle.class), in.list("trips", Trip.class))),
  /** {@link DivisionAdapter#ancestors}: input {@code code} (text). */
  DIVISION_ANCESTORS("division.ancestors", Group.DIVISION, (a, p, c, in) ->
      a.division().orElseThrow().ancestors(in.node("code").asText())),
  /** {@link DivisionAdapter#gridCoverage}: inputs {@code units}, {@code assignments}; needs the case date. */
  DIVISION_GRID_COVERAGE("division.gridCoverage", Group.DIVISION, (a, p, c, in) ->
      a.division().orElseThrow().gridCoverage(in.list("units", GridUnit.class),
          in.list("assignments", RoleAssignment.class), in.date())),
  /**
   * {@link RiskAdapter#timeline}: inputs {@code area}, {@code window}, {@code reports}, {@code designations},
   * {@code screenings} (optional).
   */
  RISK_TIMELINE("risk.timeline", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().timeline(p, in.get("area", AreaId.class), in.get("window", DateWindow.class),
          in.list("reports", CaseReport.class), in.list("designations", OfficialDesignation.class),
          in.list("screenings", ScreeningRound.class))),
  /**
   * {@link RiskAdapter#response}: inputs {@code village}, {@code profile}, {@code levels}, {@code orders}, optional
   * {@code responseOrders}.
   */
  RISK_RESPONSE("risk.response", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().response(p, in.get("village", DivisionCode.class),
          in.get("profile", AreaProfile.class), in.get("levels", LevelSeries.class),
          in.list("orders", ClosedManagementOrder.class), in.list("responseOrders", ResponseOrder.class))),
  /** {@link RiskAdapter#meeting}: inputs {@code level}, {@code plan}. */
  RISK_MEETING("risk.meeting", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().meeting(p, in.get("level", RiskLevel.class), in.get("plan", MeetingPlan.class))),
  /** {@link RiskAdapter#gathering}: inputs {@code level}, {@code kind}. */
  RISK_GATHERING("risk.gathering", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().gathering(p, in.get("level", RiskLevel.class), in.get("kind", GatheringKind.class))),
  /** {@link RiskAdapter#electionCalendar}: inputs {@code village}, {@code levels}. */
  RISK_ELECTION_CALENDAR("risk.electionCalendar", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().electionCalendar(p, in.get("village", DivisionCode.class),
          in.get("levels", LevelSeries.class))),
  /** {@link RiskAdapter#participation}: inputs {@code participantId}, {@code declarations}, {@code assessments},
   * {@code electionDay}. */
  RISK_PARTICIPATION("risk.participation", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().participation(p, in.get("participantId", String.class),
          in.list("declarations", HealthDeclaration.class), in.list("assessments", RiskAssessment.class),
          in.get("electionDay", LocalDate.class))),
  /** {@link RiskAdapter#proxies}: inputs {@code village}, {@code committee} (optional, a villagers' committee if
   * absent), {@code electionDay}, {@code roll}, {@code authorizations}, {@code listsPublishedOn}. */
  RISK_PROXIES("risk.proxies", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().proxies(p, in.get("village", DivisionCode.class),
          in.optional("committee", CommitteeKind.class).orElse(CommitteeKind.VILLAGERS_COMMITTEE),
          in.get("electionDay", LocalDate.class),
          in.list("roll", Voter.class), in.list("authorizations", ProxyAuthorization.class),
          in.optional("listsPublishedOn", LocalDate.class))),
  /** {@link RiskAdapter#votingMethods}: the inputs of {@code risk.proxies}. */
  RISK_VOTING_METHODS("risk.votingMethods", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().votingMethods(p, in.get("village", DivisionCode.class),
          in.get("electionDay", LocalDate.class), in.list("roll", Voter.class),
          in.list("authorizations", ProxyAuthorization.class), in.optional("listsPublishedOn", LocalDate.class))),
  /** {@link RiskAdapter#pollingPlan}: inputs {@code plan}, {@code level}. */
  RISK_POLLING_PLAN("risk.pollingPlan", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().pollingPlan(p, in.get("plan", PollingPlan.class), in.get("level", RiskLevel.class))),
  /**
   * {@link RiskAdapter#electionDay}: inputs {@code village}, {@code levels}, {@code electionDay}, optional
   * {@code voterListPublishedOn}.
   */
  RISK_ELECTION_DAY("risk.electionDay", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().electionDay(p, in.get("village", DivisionCode.class),
          in.get("levels", LevelSeries.class), in.get("electionDay", LocalDate.class),
          in.optional("voterListPublishedOn", LocalDate.class))),
  /** {@link RiskAdapter#specialVoting}: inputs {@code plan}, {@code roll}, {@code authorizations}, optional
   * {@code listsPublishedOn}. */
  RISK_SPECIAL_VOTING("risk.specialVoting", Group.RISK, (a, p, c, in) ->
      a.risk().orElseThrow().specialVoting(p, in.get("plan", SpecialVotingPlan.class), in.list("roll", Voter.class),
          in.list("authorizations", ProxyAuthorization.class), in.optional("listsPublishedOn", LocalDate.class))),
  /** {@link ReportingAdapter#timeliness}: input {@code report}. */
  REPORTING_TIMELINESS("reporting.timeliness", Group.REPORTING, (a, p, c, in) ->
      a.reporting().orElseThrow().timeliness(p, in.get("report", DailyReport.class))),
  /** {@link ReportingAdapter#completeness}: inputs {@code units}, {@code reports}, {@code window}, {@code nodes}. */
  REPORTING_COMPLETENESS("reporting.completeness", Group.REPORTING, (a, p, c, in) ->
      a.reporting().orElseThrow().completeness(p, in.list("units", UnitChange.class),
          in.list("reports", DailyReport.class), in.get("window", DateWindow.class),
          in.list("nodes", DivisionCode.class))),
  /** {@link ReportingAdapter#conflicts}: inputs {@code units}, {@code reports}. */
  REPORTING_CONFLICTS("reporting.conflicts", Group.REPORTING, (a, p, c, in) ->
      a.reporting().orElseThrow().conflicts(p, in.list("units", UnitChange.class),
          in.list("reports", DailyReport.class))),
  /** {@link ReportingAdapter#concealment}: inputs {@code units}, {@code reports}, {@code facts}, {@code window}. */
  REPORTING_CONCEALMENT("reporting.concealment", Group.REPORTING, (a, p, c, in) ->
      a.reporting().orElseThrow().concealment(p, in.list("units", UnitChange.class),
          in.list("reports", DailyReport.class), in.list("facts", UnitDayFacts.class),
          in.get("window", DateWindow.class))),
  /** {@link ReportingAdapter#holidayDuty}: inputs {@code unit}, {@code shifts}, {@code notices}; needs the date. */
  REPORTING_HOLIDAY_DUTY("reporting.holidayDuty", Group.REPORTING, (a, p, c, in) ->
      a.reporting().orElseThrow().holidayDuty(p, in.get("unit", DivisionCode.class),
          in.list("shifts", DutyShift.class), in.list("notices", DutyNotice.class), in.date())),
  /** {@link ReportingAdapter#households}: inputs {@code unit}, {@code householdIds}, {@code links}; needs the date. */
  REPORTING_HOUSEHOLDS("reporting.households", Group.REPORTING, (a, p, c, in) ->
      a.reporting().orElseThrow().households(in.get("unit", DivisionCode.class),
          in.list("householdIds", String.class), in.list("links", CadreLink.class), in.date())),
  /** {@link ReportingAdapter#supplies}: input {@code stock}. */
  REPORTING_SUPPLIES("reporting.supplies", Group.REPORTING, (a, p, c, in) ->
      a.reporting().orElseThrow().supplies(p, in.get("stock", SupplyStock.class))),
  /** {@link ReportingAdapter#staff}: inputs {@code records}, {@code node}. */
  REPORTING_STAFF("reporting.staff", Group.REPORTING, (a, p, c, in) ->
      a.reporting().orElseThrow().staff(p, in.list("records", StaffRecord.class),
          in.get("node", DivisionCode.class))),
  /** {@link ReportingAdapter#summary}: inputs {@code province}, {@code window}, {@code units}, {@code reports}. */
  REPORTING_SUMMARY("reporting.summary", Group.REPORTING, (a, p, c, in) ->
      a.reporting().orElseThrow().summary(p, in.get("province", DivisionCode.class),
          in.get("window", DateWindow.class), in.list("units", UnitChange.class),
          in.list("reports", DailyReport.class))),
  /** {@link ServicesAdapter#eligibility}: inputs {@code resident}, {@code area}, optional {@code channels}; needs
   * the date. */
  SERVICES_ELIGIBILITY("services.eligibility", Group.SERVICES, (a, p, c, in) ->
      a.services().orElseThrow().eligibility(p, in.date(), in.resident(in.node("resident"), "resident", p, in.date()),
          in.get("area", AreaSituation.class), in.optional("channels", ChannelPlan.class)
              .orElse(ChannelPlan.catalogue()))),
  /** {@link ServicesAdapter#villagePlan}: inputs {@code village}, {@code area}, {@code residents}, optional
   * {@code capacities} and {@code channels}; needs the date. */
  SERVICES_VILLAGE_PLAN("services.villagePlan", Group.SERVICES, (a, p, c, in) -> {
    List<Resident> residents = new ArrayList<>();
    JsonNode list = in.node("residents");
    for (int i = 0; i < list.size(); i++) {
      residents.add(in.resident(list.get(i), "residents[" + i + "]", p, in.date()));
    }
    return a.services().orElseThrow().villagePlan(p, VillageDay.of(in.get("village", DivisionCode.class),
        in.date(), in.get("area", AreaSituation.class)), residents,
        in.optional("capacities", CapacityPlan.class).orElse(CapacityPlan.unlimited()),
        in.optional("channels", ChannelPlan.class).orElse(ChannelPlan.catalogue()));
  }),
  /** {@link ServicesAdapter#facility}: inputs {@code facility}, {@code area}; needs the date. */
  SERVICES_FACILITY("services.facility", Group.SERVICES, (a, p, c, in) ->
      a.services().orElseThrow().facility(p, in.date(), in.get("facility", Facility.class),
          in.get("area", AreaSituation.class))),
  /** {@link ServicesAdapter#subsidy}: inputs {@code timelines}, {@code duty}, {@code claimPeriod}. */
  SERVICES_SUBSIDY("services.subsidy", Group.SERVICES, (a, p, c, in) ->
      a.services().orElseThrow().subsidy(p, in.list("timelines", LevelHistory.class),
          in.get("duty", WorkerDuty.class), in.get("claimPeriod", DateWindow.class)));

  /** The adapter groups. */
  enum Group {
    POPULATION(GoldenAdapters::population),
    DIVISION(GoldenAdapters::division),
    RISK(GoldenAdapters::risk),
    REPORTING(GoldenAdapters::reporting),
    SERVICES(GoldenAdapters::services);

    private final Function<GoldenAdapters, Optional<?>> adapter;

    Group(Function<GoldenAdapters, Optional<?>> adapter) {
      this.adapter = adapter;
    }

    boolean presentIn(GoldenAdapters adapters) {
      return adapter.apply(adapters).isPresent();
    }
  }

  /** How a case's inputs become a call. */
  @FunctionalInterface
  interface Binding {
    Object call(GoldenAdapters adapters, Policy policy, GoldenCase golden, CaseInput input);
  }

  private final String id;
  private final Group group;
  private final Binding binding;

  Capability(String id, Group group, Binding binding) {
    this.id = id;
    this.group = group;
    this.binding = binding;
  }

  /** The name used in the vectors, such as {@code population.classify}. */
  public String id() {
    return id;
  }

  /** Whether the adapters answer this capability. */
  public boolean answeredBy(GoldenAdapters adapters) {
    return group.presentIn(adapters);
  }

  /** The capability with a name. */
  public static Optional<Capability> ofId(String id) {
    for (Capability c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  Object call(GoldenAdapters adapters, GoldenCase golden) {
    Policy policy = golden.policy();
    return binding.call(adapters, policy, golden, new CaseInput(golden));
  }
}
