package org.communityprevention.risk.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.risk.timeline.LevelSeries;

/**
 * Runs a village's or community's emergency response (§1.4: started precisely and promptly as the area's risk level
 * changes) over its governing levels, day by day ({@link #next}) or over a window ({@link #timeline}); both take the
 * same step. Each day: the state follows the level ({@link ResponseState#after}), the measures are those of the
 * level and profile ({@link ResponseMeasures}), and a change of either is a {@link ResponseTransition}.
 */
public final class EmergencyResponse {
  /** Violation code: an order for another village. */
  public static final String OTHER_VILLAGE = "risk.response.other_village";
  /** Violation code: levels that do not start the day after the status. */
  public static final String NOT_NEXT_DAY = "risk.response.not_next_day";
  /** Reason code: the response started. */
  public static final String ACTIVATED = "risk.response.activated";
  /** Reason code: the response escalated. */
  public static final String ESCALATED = "risk.response.escalated";
  /** Reason code: the response de-escalated. */
  public static final String DE_ESCALATED = "risk.response.de_escalated";
  /** Reason code: the response stood down. */
  public static final String STOOD_DOWN = "risk.response.stood_down";
  /** Reason code: measures that start. */
  public static final String MEASURES_ADDED = "risk.response.measures_added";
  /** Reason code: measures that end. */
  public static final String MEASURES_REMOVED = "risk.response.measures_removed";

  private EmergencyResponse() {}

  /** The status before any response: inactive and low, with whatever measures the policy holds at low. */
  public static ResponseStatus start(Policy policy, DivisionCode village, AreaProfile profile, LocalDate day) {
    return new ResponseStatus.Builder().village(village).day(day).state(ResponseState.INACTIVE).level(RiskLevel.LOW)
        .closedManagementOrdered(false)
        .addAllMeasures(ResponseMeasures.at(policy.risk(), RiskLevel.LOW, profile, false)).build();
  }

  /** Folds the next day: its governing level and whether a closed-management order is in force. */
  public static ResponseStep next(Policy policy, AreaProfile profile, ResponseStatus status, RiskLevel level,
      boolean closedManagementOrdered) {
    LocalDate day = status.day().plusDays(1);
    int mask = ResponseMeasures.mask(policy.risk(), level, profile, closedManagementOrdered, null);
    ResponseState state = status.state().after(status.level(), level);
    SortedSet<ResponseMeasure> measures = ResponseMeasures.toSet(mask);
    ResponseStatus after = new ResponseStatus.Builder().village(status.village()).day(day).state(state)
        .level(level).closedManagementOrdered(closedManagementOrdered).addAllMeasures(measures).build();
    if (state == status.state() && measures.equals(status.measures())) {
      return ResponseStep.step(after, Optional.empty());
    }
    return ResponseStep.step(after, Optional.of(transition(policy, profile, status, after)));
  }

  /**
   * The response of a village over the days of its governing levels, from an inactive start.
   *
   * @param orders closed-management orders of this village
   * @throws ValidationException if an order is for another village
   */
  public static ResponseTimeline timeline(Policy policy, DivisionCode village, AreaProfile profile,
      LevelSeries levels, List<ClosedManagementOrder> orders) {
    return timeline(policy, profile, start(policy, village, profile, levels.start().minusDays(1)), levels, orders);
  }

  /**
   * The response over the days of the levels, from a known status (the end of a previous window).
   *
   * @throws ValidationException if the levels do not start the day after the status, or an order is for another
   *     village
   */
  public static ResponseTimeline timeline(Policy policy, AreaProfile profile, ResponseStatus start,
      LevelSeries levels, List<ClosedManagementOrder> orders) {
    List<Violation> problems = new ArrayList<>();
    if (!levels.start().equals(start.day().plusDays(1))) {
      problems.add(Violation.of("levels.start", NOT_NEXT_DAY, "day", start.day()));
    }
    for (int i = 0; i < orders.size(); i++) {
      if (!orders.get(i).village().equals(start.village())) {
        problems.add(Violation.of("orders[" + i + "].village", OTHER_VILLAGE, "village", start.village()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    List<ResponseTransition> transitions = new ArrayList<>();
    ResponseStatus status = start;
    int mask = ResponseMeasures.mask(policy.risk(), start.level(), profile, start.closedManagementOrdered(), null);
    ResponseState state = start.state();
    RiskLevel level = start.level();
    boolean ordered = start.closedManagementOrdered();
    for (int i = 0; i < levels.length(); i++) {
      LocalDate day = levels.start().plusDays(i);
      RiskLevel to = levels.levelAt(i);
      boolean orderedToday = inForce(orders, day);
      int maskToday = ResponseMeasures.mask(policy.risk(), to, profile, orderedToday, null);
      ResponseState stateToday = state.after(level, to);
      // Allocation only on a change: the days between are the hot path.
      if (stateToday != state || maskToday != mask) {
        ResponseStatus before = status(start.village(), day.minusDays(1), state, level, ordered, mask);
        ResponseStatus after = status(start.village(), day, stateToday, to, orderedToday, maskToday);
        transitions.add(transition(policy, profile, before, after));
      }
      state = stateToday;
      level = to;
      ordered = orderedToday;
      mask = maskToday;
    }
    if (levels.length() > 0) {
      status = status(start.village(), levels.start().plusDays(levels.length() - 1L), state, level, ordered, mask);
    }
    return new ResponseTimeline.Builder().village(start.village()).profile(profile).policy(policy.ref())
        .window(levels.window()).initial(start).addAllTransitions(transitions).end(status).build();
  }

  private static boolean inForce(List<ClosedManagementOrder> orders, LocalDate day) {
    for (ClosedManagementOrder o : orders) {
      if (o.window().contains(day)) {
        return true;
      }
    }
    return false;
  }

  private static ResponseStatus status(DivisionCode village, LocalDate day, ResponseState state, RiskLevel level,
      boolean ordered, int mask) {
    return new ResponseStatus.Builder().village(village).day(day).state(state).level(level)
        .closedManagementOrdered(ordered).addAllMeasures(ResponseMeasures.toSet(mask)).build();
  }

  private static ResponseTransition transition(Policy policy, AreaProfile profile, ResponseStatus before,
      ResponseStatus after) {
    List<Reason> reasons = new ArrayList<>();
    if (after.state() != before.state()) {
      reasons.add(Reason.of(stateCode(after.state()), Clause.S1_4).fact("date", after.day()).fact("fromLevel", before.level())
          .fact("fromLevelZh", before.level().chinese()).fact("toLevel", after.level())
          .fact("toLevelZh", after.level().chinese()).build());
    }
    TreeSet<ResponseMeasure> added = new TreeSet<>(after.measures());
    added.removeAll(before.measures());
    TreeSet<ResponseMeasure> removed = new TreeSet<>(before.measures());
    removed.removeAll(after.measures());
    if (!added.isEmpty()) {
      reasons.add(ResponseMeasures.measures(Reason.of(MEASURES_ADDED, Clause.S2_1), added)
          .fact("date", after.day()).build());
    }
    if (!removed.isEmpty()) {
      reasons.add(ResponseMeasures.measures(Reason.of(MEASURES_REMOVED, Clause.S2_1), removed)
          .fact("date", after.day()).build());
    }
    ResponseMeasures.mask(policy.risk(), after.level(), profile, after.closedManagementOrdered(), reasons);
    return new ResponseTransition.Builder().village(after.village()).date(after.day()).fromState(before.state())
        .toState(after.state()).fromLevel(before.level()).toLevel(after.level()).addAllAdded(added)
        .addAllRemoved(removed).addAllReasons(reasons).build();
  }

  private static String stateCode(ResponseState state) {
    switch (state) {
      case ACTIVATED:
        return ACTIVATED;
      case ESCALATED:
        return ESCALATED;
      case DE_ESCALATED:
        return DE_ESCALATED;
      case STOOD_DOWN:
        return STOOD_DOWN;
      default:
        throw new IllegalStateException("no change leads to " + state);
    }
  }
}
