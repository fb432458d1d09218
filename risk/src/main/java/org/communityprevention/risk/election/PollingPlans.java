package org.communityprevention.risk.election;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.ElectionEmergencyItem;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;

/**
 * Checks a polling plan against §4.1–§4.7 and the policy:
 * <ul>
 *   <li>§4.2: the village's level on the election day does not suspend the election;
 *   <li>§4.5: at least {@code ceil(registeredVoters / activities.votersPerPollingStation)} stations, none with more
 *       voters assigned than that ratio, every voter assigned; each station's voters booked into staggered slots
 *       within its opening hours, without overlap, at most {@code activities.votersPerTimeSlot} a slot; each station
 *       open at least {@code activities.minPollingMinutes};
 *   <li>§4.6: at most {@code activities.countingSiteMaxPeople} at the counting site, and the count supervised by
 *       voter representatives or live video;
 *   <li>§4.7: the venue, the polling stations and shared objects disinfected;
 *   <li>§4.1: staff trained, and an emergency plan covering each item of
 *       {@code activities.electionEmergencyPlanItems}: one check per required item, so each missing item is a
 *       failed check of its own.
 * </ul>
 * The verdict is SUSPENDED when §4.2 fails, NOT_READY when another check fails, READY otherwise.
 */
public final class PollingPlans {
  /** Check code §4.2. */
  public static final String LEVEL = "risk.election.plan_level";
  /** Check code §4.5: number of stations. */
  public static final String STATIONS = "risk.election.plan_stations";
  /** Check code §4.5: voters per station. */
  public static final String STATION_LOAD = "risk.election.plan_station_load";
  /** Check code §4.5: every voter assigned. */
  public static final String ASSIGNED = "risk.election.plan_assigned";
  /** Check code §4.5: staggered slots. */
  public static final String STAGGERED = "risk.election.plan_staggered";
  /** Check code §4.5: opening hours. */
  public static final String HOURS = "risk.election.plan_hours";
  /** Check code §4.6: people at the counting site. */
  public static final String COUNTING_SITE = "risk.election.plan_counting_site";
  /** Check code §4.6: supervision of the count. */
  public static final String SUPERVISION = "risk.election.plan_supervision";
  /** Check code §4.7: disinfection. */
  public static final String DISINFECTION = "risk.election.plan_disinfection";
  /** Check code §4.1: training. */
  public static final String TRAINING = "risk.election.plan_training";
  /** Check code §4.1: one item of the emergency plan. */
  public static final String EMERGENCY_PLAN = "risk.election.plan_emergency";

  private PollingPlans() {}

  /**
   * Reviews a plan.
   *
   * @param level the village's governing level on the election day
   * @throws ValidationException if the policy would let elections go on in medium-risk areas (§4.2)
   */
  public static PollingPlanReview review(Policy policy, PollingPlan plan, RiskLevel level) {
    ActivityPolicy a = policy.activities();
    List<PlanCheck> checks = new ArrayList<>();
    // status() refuses a policy below the notice's floor before any check is made.
    boolean mayProceed = ElectionSuspension.status(a, level) == ElectionStatus.MAY_PROCEED;
    checks.add(PlanCheck.of(mayProceed, Reason.of(LEVEL, Clause.S4_2).fact("electionDay", plan.electionDay())
        .fact("level", level).fact("levelZh", level.chinese())
        .policy("activities.electionsSuspendedFrom", a.electionsSuspendedFrom()).build()));

    int voters = plan.registeredVoters();
    int perStation = a.votersPerPollingStation();
    int required = (voters + perStation - 1) / perStation;
    checks.add(PlanCheck.of(plan.stations().size() >= required, Reason.of(STATIONS, Clause.S4_5)
        .fact("stations", plan.stations().size()).fact("voters", voters).fact("required", required)
        .policy("activities.votersPerPollingStation", perStation).build()));
    List<String> over = plan.stations().stream().filter(s -> s.assignedVoters() > perStation)
        .map(PollingStation::id).collect(Collectors.toList());
    checks.add(PlanCheck.of(over.isEmpty(), Reason.of(STATION_LOAD, Clause.S4_5).fact("over", listed(over))
        .policy("activities.votersPerPollingStation", perStation).build()));
    long assigned = plan.stations().stream().mapToLong(PollingStation::assignedVoters).sum();
    checks.add(PlanCheck.of(assigned == voters, Reason.of(ASSIGNED, Clause.S4_5).fact("assigned", assigned)
        .fact("voters", voters).build()));

    List<String> unstaggered = plan.stations().stream().filter(s -> !staggered(s, a.votersPerTimeSlot()))
        .map(PollingStation::id).collect(Collectors.toList());
    checks.add(PlanCheck.of(unstaggered.isEmpty(), Reason.of(STAGGERED, Clause.S4_5)
        .fact("stations", listed(unstaggered)).policy("activities.votersPerTimeSlot", a.votersPerTimeSlot())
        .build()));
    List<String> shortHours = plan.stations().stream().filter(s -> s.openMinutes() < a.minPollingMinutes())
        .map(PollingStation::id).collect(Collectors.toList());
    checks.add(PlanCheck.of(shortHours.isEmpty(), Reason.of(HOURS, Clause.S4_5).fact("stations", listed(shortHours))
        .policy("activities.minPollingMinutes", a.minPollingMinutes()).build()));

    checks.add(PlanCheck.of(plan.countingSitePeople() <= a.countingSiteMaxPeople(),
        Reason.of(COUNTING_SITE, Clause.S4_6).fact("people", plan.countingSitePeople())
            .policy("activities.countingSiteMaxPeople", a.countingSiteMaxPeople()).build()));
    checks.add(PlanCheck.of(!plan.countingSupervision().isEmpty(), Reason.of(SUPERVISION, Clause.S4_6)
        .fact("supervision", listed(plan.countingSupervision().stream().map(Enum::name)
            .collect(Collectors.toList())))
        .fact("supervisionZh", zh(plan.countingSupervision().stream().map(CountingSupervision::chinese)
            .collect(Collectors.toList()))).build()));

    Set<DisinfectionTarget> missing = EnumSet.allOf(DisinfectionTarget.class);
    missing.removeAll(plan.disinfection());
    checks.add(PlanCheck.of(missing.isEmpty(), Reason.of(DISINFECTION, Clause.S4_7)
        .fact("missing", listed(missing.stream().map(Enum::name).collect(Collectors.toList())))
        .fact("missingZh", zh(missing.stream().map(DisinfectionTarget::chinese).collect(Collectors.toList())))
        .build()));

    checks.add(PlanCheck.of(plan.staffTrained(), Reason.of(TRAINING, Clause.S4_1)
        .fact("trained", plan.staffTrained()).fact("trainedZh", plan.staffTrained() ? "是" : "否").build()));
    for (ElectionEmergencyItem item : a.electionEmergencyPlanItems()) {
      boolean covered = plan.emergencyPlan().items().contains(item);
      checks.add(PlanCheck.of(covered, Reason.of(EMERGENCY_PLAN, Clause.S4_1).fact("item", item)
          .fact("covered", covered).fact("coveredZh", covered ? "已列入" : "缺少")
          .policy("activities.electionEmergencyPlanItems", a.electionEmergencyPlanItems()).build()));
    }

    boolean allPass = checks.stream().allMatch(PlanCheck::passed);
    PlanVerdict verdict = !mayProceed ? PlanVerdict.SUSPENDED : allPass ? PlanVerdict.READY : PlanVerdict.NOT_READY;
    return new PollingPlanReview.Builder().village(plan.village()).electionDay(plan.electionDay()).level(level)
        .policy(policy.ref()).verdict(verdict).addAllChecks(checks).build();
  }

  /** Whether a station books all its voters into slots within its hours, in order, none over the slot limit. */
  static boolean staggered(PollingStation s, int perSlot) {
    if (s.assignedVoters() > 0 && s.slots().isEmpty()) {
      return false;
    }
    long booked = 0;
    LocalTime previousEnd = s.opens();
    for (TimeSlot slot : s.slots()) {
      if (slot.start().isBefore(previousEnd) || slot.end().isAfter(s.closes()) || slot.voters() > perSlot) {
        return false;
      }
      booked += slot.voters();
      previousEnd = slot.end();
    }
    return booked == s.assignedVoters();
  }

  private static String zh(List<String> items) {
    return items.isEmpty() ? "—" : String.join("、", items);
  }

  private static String listed(List<String> items) {
    return items.isEmpty() ? "—" : String.join(", ", items);
  }
}
