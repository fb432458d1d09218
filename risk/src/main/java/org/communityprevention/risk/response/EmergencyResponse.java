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
import org.communityprevention.core.message.Wording;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.RiskPolicy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.risk.timeline.LevelSeries;

/**
 * Runs a village's or community's emergency response (§1.4: started precisely and promptly as the area's risk level
 * changes) over its governing levels, day by day ({@link #next}) or over a window ({@link #timeline}); both take the
 * same step. Each day: the state follows the level ({@link ResponseState#after}), the measures are those of the
 * level and profile ({@link ResponseMeasures}), and a change of either is a {@link ResponseTransition}.
 *
 * <p>Response orders ({@link ResponseOrder}, §2.1 "按照当地党委和政府部署要求") combine with the level, the stricter
 * winning on each day: the response runs at the most severe of the governing level and the levels of the orders in
 * force, with the measures of that level and every measure an order adds. So an order never removes a measure nor
 * lowers the response, and when it ends the response falls back to what the level and the other orders give. While
 * an order is in force on a change's day or the day before, the change's reasons say which source decided it.
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
  /** Violation code: a response order for an area the village does not lie in. */
  public static final String OTHER_AREA = "risk.response.order_other_area";
  /** Reason code: a response order comes into force. */
  public static final String ORDER_STARTED = "risk.response.order_started";
  /** Reason code: a response order is no longer in force; the response falls back. */
  public static final String ORDER_ENDED = "risk.response.order_ended";
  /** Reason code: the governing level alone decides the response (§1.4). */
  public static final String DECIDED_BY_LEVEL = "risk.response.decided_by_level";
  /** Reason code: an order, stricter than the governing level, decides the response (§2.1). */
  public static final String DECIDED_BY_ORDER = "risk.response.decided_by_order";
  /** Reason code: the governing level and an order give the same response. */
  public static final String DECIDED_BY_BOTH = "risk.response.decided_by_both";
  /** Reason code: measures an order adds to those of its level. */
  public static final String ORDER_MEASURES = "risk.response.order_measures";

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
    return next(policy, profile, status, level, closedManagementOrdered, List.of());
  }

  /**
   * Folds the next day with response orders: those that apply to the village and are in force on the day take part
   * (the others are ignored, so the same list serves every village and day).
   */
  public static ResponseStep next(Policy policy, AreaProfile profile, ResponseStatus status, RiskLevel level,
      boolean closedManagementOrdered, List<ResponseOrder> orders) {
    LocalDate day = status.day().plusDays(1);
    List<ResponseOrder> inForce = new ArrayList<>();
    for (ResponseOrder o : orders) {
      if (o.governs(status.village(), day)) {
        inForce.add(o);
      }
    }
    RiskLevel responseLevel = responseLevel(level, inForce);
    int mask = mask(policy.risk(), responseLevel, profile, closedManagementOrdered, inForce);
    ResponseState state = status.state().after(status.responseLevel(), responseLevel);
    ResponseStatus after = status(status.village(), day, state, level, responseLevel, closedManagementOrdered, mask,
        inForce);
    if (state == status.state() && after.measures().equals(status.measures())) {
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
    return timeline(policy, village, profile, levels, orders, List.of());
  }

  /**
   * The response of a village over the days of its governing levels and response orders, from an inactive start.
   *
   * @param orders closed-management orders of this village
   * @param responseOrders response orders for areas the village lies in
   * @throws ValidationException if an order is for another village or area
   */
  public static ResponseTimeline timeline(Policy policy, DivisionCode village, AreaProfile profile,
      LevelSeries levels, List<ClosedManagementOrder> orders, List<ResponseOrder> responseOrders) {
    return timeline(policy, profile, start(policy, village, profile, levels.start().minusDays(1)), levels, orders,
        responseOrders);
  }

  /**
   * The response over the days of the levels, from a known status (the end of a previous window).
   *
   * @throws ValidationException if the levels do not start the day after the status, or an order is for another
   *     village
   */
  public static ResponseTimeline timeline(Policy policy, AreaProfile profile, ResponseStatus start,
      LevelSeries levels, List<ClosedManagementOrder> orders) {
    return timeline(policy, profile, start, levels, orders, List.of());
  }

  /**
   * The response over the days of the levels and response orders, from a known status (the end of a previous
   * window).
   *
   * @throws ValidationException if the levels do not start the day after the status, or an order is for another
   *     village or area
   */
  public static ResponseTimeline timeline(Policy policy, AreaProfile profile, ResponseStatus start,
      LevelSeries levels, List<ClosedManagementOrder> orders, List<ResponseOrder> responseOrders) {
    List<Violation> problems = new ArrayList<>();
    if (!levels.start().equals(start.day().plusDays(1))) {
      problems.add(Violation.of("levels.start", NOT_NEXT_DAY, "day", start.day()));
    }
    for (int i = 0; i < orders.size(); i++) {
      if (!orders.get(i).village().equals(start.village())) {
        problems.add(Violation.of("orders[" + i + "].village", OTHER_VILLAGE, "village", start.village()));
      }
    }
    for (int i = 0; i < responseOrders.size(); i++) {
      if (!responseOrders.get(i).appliesTo(start.village())) {
        problems.add(Violation.of("responseOrders[" + i + "].area", OTHER_AREA, "village", start.village()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    List<ResponseTransition> transitions = new ArrayList<>();
    ResponseStatus status = start;
    List<ResponseOrder> inForce = start.orders();
    int mask = mask(policy.risk(), start.responseLevel(), profile, start.closedManagementOrdered(), inForce);
    ResponseState state = start.state();
    RiskLevel level = start.level();
    RiskLevel responseLevel = start.responseLevel();
    boolean ordered = start.closedManagementOrdered();
    for (int i = 0; i < levels.length(); i++) {
      LocalDate day = levels.start().plusDays(i);
      RiskLevel to = levels.levelAt(i);
      boolean orderedToday = inForce(orders, day);
      // The orders in force change only on their first and end days: a new list only then.
      List<ResponseOrder> inForceToday = responseOrders.isEmpty() ? inForce : inForce(responseOrders, inForce, day);
      RiskLevel responseToday = responseLevel(to, inForceToday);
      int maskToday = mask(policy.risk(), responseToday, profile, orderedToday, inForceToday);
      ResponseState stateToday = state.after(responseLevel, responseToday);
      // Allocation only on a change: the days between are the hot path.
      if (stateToday != state || maskToday != mask) {
        ResponseStatus before = status(start.village(), day.minusDays(1), state, level, responseLevel, ordered, mask,
            inForce);
        ResponseStatus after = status(start.village(), day, stateToday, to, responseToday, orderedToday, maskToday,
            inForceToday);
        transitions.add(transition(policy, profile, before, after));
      }
      state = stateToday;
      level = to;
      responseLevel = responseToday;
      ordered = orderedToday;
      mask = maskToday;
      inForce = inForceToday;
    }
    if (levels.length() > 0) {
      status = status(start.village(), levels.start().plusDays(levels.length() - 1L), state, level, responseLevel,
          ordered, mask, inForce);
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

  /** The orders in force on a day, {@code yesterday} itself when the same ones are. */
  private static List<ResponseOrder> inForce(List<ResponseOrder> orders, List<ResponseOrder> yesterday,
      LocalDate day) {
    int n = 0;
    boolean same = true;
    for (ResponseOrder o : orders) {
      if (o.inForce(day)) {
        same &= n < yesterday.size() && yesterday.get(n) == o;
        n++;
      }
    }
    if (same && n == yesterday.size()) {
      return yesterday;
    }
    List<ResponseOrder> today = new ArrayList<>(n);
    for (ResponseOrder o : orders) {
      if (o.inForce(day)) {
        today.add(o);
      }
    }
    return today;
  }

  /** The stricter of the governing level and the levels of the orders in force. */
  private static RiskLevel responseLevel(RiskLevel level, List<ResponseOrder> inForce) {
    RiskLevel out = level;
    for (ResponseOrder o : inForce) {
      if (o.level().compareTo(out) > 0) {
        out = o.level();
      }
    }
    return out;
  }

  /**
   * The measures at the response level, with every measure an order in force adds. An order that adds closed
   * management directs it, as a closed-management order does.
   */
  private static int mask(RiskPolicy risk, RiskLevel responseLevel, AreaProfile profile, boolean closedOrdered,
      List<ResponseOrder> inForce) {
    int added = 0;
    for (ResponseOrder o : inForce) {
      added |= ResponseMeasures.bits(o.measures());
    }
    boolean closed = closedOrdered || orderCloses(inForce);
    return ResponseMeasures.mask(risk, responseLevel, profile, closed, null) | added;
  }

  private static boolean orderCloses(List<ResponseOrder> inForce) {
    for (ResponseOrder o : inForce) {
      if (o.measures().contains(ResponseMeasure.CLOSED_MANAGEMENT)) {
        return true;
      }
    }
    return false;
  }

  private static ResponseStatus status(DivisionCode village, LocalDate day, ResponseState state, RiskLevel level,
      RiskLevel responseLevel, boolean ordered, int mask, List<ResponseOrder> inForce) {
    return new ResponseStatus.Builder().village(village).day(day).state(state).level(level)
        .responseLevel(responseLevel).closedManagementOrdered(ordered).addAllMeasures(ResponseMeasures.toSet(mask))
        .addAllOrders(inForce).build();
  }

  private static ResponseTransition transition(Policy policy, AreaProfile profile, ResponseStatus before,
      ResponseStatus after) {
    List<Reason> reasons = new ArrayList<>();
    if (after.state() != before.state()) {
      reasons.add(Reason.of(stateCode(after.state()), Clause.S1_4).fact("date", after.day())
          .fact("fromLevel", before.responseLevel()).fact("fromLevelZh", before.responseLevel().chinese())
          .fact("toLevel", after.responseLevel()).fact("toLevelZh", after.responseLevel().chinese()).build());
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
    // Without orders on either day the level is the one source, and the reasons stay those of the level alone.
    if (!before.orders().isEmpty() || !after.orders().isEmpty()) {
      sources(before, after, reasons);
    }
    boolean closed = after.closedManagementOrdered() || orderCloses(after.orders());
    ResponseMeasures.mask(policy.risk(), after.responseLevel(), profile, closed, reasons);
    for (ResponseOrder o : after.orders()) {
      if (!o.measures().isEmpty()) {
        reasons.add(order(Reason.of(ORDER_MEASURES, Clause.S2_1), o).fact("measures", o.measures()).build());
      }
    }
    return new ResponseTransition.Builder().village(after.village()).date(after.day()).fromState(before.state())
        .toState(after.state()).fromLevel(before.level()).toLevel(after.level()).addAllAdded(added)
        .addAllRemoved(removed).addAllReasons(reasons).build();
  }

  /** The orders that start and end on the day, then which source decides the response. */
  private static void sources(ResponseStatus before, ResponseStatus after, List<Reason> reasons) {
    for (ResponseOrder o : after.orders()) {
      if (!before.orders().contains(o)) {
        reasons.add(order(Reason.of(ORDER_STARTED, Clause.S2_1), o).fact("date", after.day())
            .fact("level", o.level()).fact("measures", ResponseMeasures.names(o.measures()),
                Wording.ofAll(o.measures())).build());
      }
    }
    for (ResponseOrder o : before.orders()) {
      if (!after.orders().contains(o)) {
        reasons.add(order(Reason.of(ORDER_ENDED, Clause.S2_1), o).fact("date", after.day())
            .fact("level", after.responseLevel()).build());
      }
    }
    List<String> deciding = new ArrayList<>();
    for (ResponseOrder o : after.orders()) {
      if (o.level() == after.responseLevel()) {
        deciding.add(o.document());
      }
    }
    boolean byLevel = after.level() == after.responseLevel();
    Reason.Builder r;
    if (deciding.isEmpty()) {
      r = Reason.of(DECIDED_BY_LEVEL, Clause.S1_4);
    } else {
      r = Reason.of(byLevel ? DECIDED_BY_BOTH : DECIDED_BY_ORDER, byLevel ? new Clause[] {Clause.S1_4, Clause.S2_1}
          : new Clause[] {Clause.S2_1});
      r.fact("documents", String.join(", ", deciding),
          new Wording(String.join("、", deciding), String.join(", ", deciding)));
    }
    reasons.add(r.fact("date", after.day()).fact("level", after.responseLevel()).fact("riskLevel", after.level())
        .build());
  }

  private static Reason.Builder order(Reason.Builder b, ResponseOrder o) {
    return b.fact("document", o.document()).fact("authority", o.authority()).fact("area", o.area());
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
