package org.communityprevention.core.returnee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.message.Wording;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PopulationPolicy;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.HealthCodeColour;
import org.communityprevention.core.population.TestOutcome;
import org.communityprevention.core.population.TestResult;
import org.communityprevention.core.time.DateWindow;

/**
 * The holiday-returnee rule of §2.3 under a policy: returns to rural areas inside {@code population.holidayWindow}
 * are monitored for {@code population.holidayReturnee} from the actual return day, registered by the return day,
 * and, where {@code population.returneeTestValidDays} is set, carry a negative test taken at most that many days
 * before the return. An origin at medium or high risk on the day the person left puts them under that arrival's rule
 * instead ({@code population.mediumRiskArrival}, {@code population.highRiskArrival}), which counts from leaving the
 * origin. Monitoring ends early on the day the person leaves again.
 */
public final class Returnees {
  /** Reason code: the return is monitored under the returnee rule. */
  public static final String MONITORED = "core.returnee.monitored";
  /** Reason code: a risk-area origin's arrival rule applies instead. */
  public static final String ARRIVAL_RULE = "core.returnee.arrival_rule";
  /** Reason code: the return is outside the holiday window. */
  public static final String OUTSIDE_WINDOW = "core.returnee.outside_window";
  /** Reason code: the return is to an urban area. */
  public static final String URBAN = "core.returnee.urban";
  /** Reason code: the policy designates no holiday-returnee plan. */
  public static final String NOT_DESIGNATED = "core.returnee.not_designated";
  /** Reason code: monitoring ended early when the person left. */
  public static final String LEFT_EARLY = "core.returnee.left_early";

  private final Policy policy;
  private final PopulationPolicy population;

  private Returnees(Policy policy) {
    this.policy = policy;
    this.population = policy.population();
  }

  /** The rule under a policy. */
  public static Returnees under(Policy policy) {
    return new Returnees(Objects.requireNonNull(policy, "policy"));
  }

  /** A returnee's status on a day: scope, category, monitoring window, and the findings known by then. */
  public ReturneeStatus status(Returnee r, LocalDate day) {
    ReturneeStatus.Builder b = new ReturneeStatus.Builder().personId(r.personId()).day(day).policy(policy.ref());
    Optional<Category> arrival = r.originRiskLevel() == RiskLevel.HIGH ? Optional.of(Category.ARRIVAL_FROM_HIGH_RISK_AREA)
        : r.originRiskLevel() == RiskLevel.MEDIUM ? Optional.of(Category.ARRIVAL_FROM_MEDIUM_RISK_AREA)
        : Optional.empty();
    boolean inWindow = population.holidayWindow().contains(r.returnedOn());
    boolean urban = r.villageClass().map(c -> c.isUrban()).orElse(false);
    boolean designated = population.holidayReturnee().isPresent();
    boolean inScope = designated && inWindow && !urban;
    b.inScope(inScope);
    if (arrival.isPresent()) {
      ManagementPlan plan = arrival.get() == Category.ARRIVAL_FROM_HIGH_RISK_AREA ? population.highRiskArrival()
          : population.mediumRiskArrival();
      DateWindow w = window(r, r.departedOn(), plan);
      b.category(arrival.get()).monitoring(w).addReasons(Reason.of(ARRIVAL_RULE, Clause.S2_3)
          .fact("originRiskLevel", r.originRiskLevel()).fact("departedOn", r.departedOn())
          .fact("lastDay", w.lastDay().map(Object::toString).orElse("-")).policy("population." + (arrival.get()
              == Category.ARRIVAL_FROM_HIGH_RISK_AREA ? "highRiskArrival" : "mediumRiskArrival"), plan).build());
    } else if (inScope) {
      ManagementPlan plan = population.holidayReturnee().orElseThrow();
      DateWindow w = window(r, r.returnedOn(), plan);
      b.category(Category.HOLIDAY_RETURNEE).monitoring(w).addReasons(Reason.of(MONITORED, Clause.S2_3)
          .fact("returnedOn", r.returnedOn()).fact("lastDay", w.lastDay().map(Object::toString).orElse("-"))
          .policy("population.holidayReturnee", plan)
          .policy("population.holidayWindow", population.holidayWindow()).build());
    } else if (!designated) {
      b.addReasons(Reason.of(NOT_DESIGNATED, Clause.S2_3).fact("returnedOn", r.returnedOn()).build());
    } else {
      b.addReasons(urban ? Reason.of(URBAN, Clause.S2_3).fact("village", r.village()).build()
          : Reason.of(OUTSIDE_WINDOW, Clause.S2_3).fact("returnedOn", r.returnedOn())
              .policy("population.holidayWindow", population.holidayWindow()).build());
    }
    if (r.leftOn().isPresent() && (arrival.isPresent() || inScope)) {
      b.addReasons(Reason.of(LEFT_EARLY, Clause.S2_3).fact("leftOn", r.leftOn().get()).build());
    }
    if (inScope && !day.isBefore(r.returnedOn())) {
      b.addAllFindings(findings(r));
    }
    return b.build();
  }

  /** A village's figures of a day over its returnees (those of other villages are left out). */
  public ReturneeTally tally(DivisionCode village, LocalDate day, List<Returnee> returnees) {
    int registered = 0;
    int monitored = 0;
    int unregistered = 0;
    int untested = 0;
    for (Returnee r : returnees) {
      if (!r.village().equals(village)) {
        continue;
      }
      if (r.registeredOn().map(day::equals).orElse(false)) {
        registered++;
      }
      ReturneeStatus s = status(r, day);
      if (s.monitoredOnDay()) {
        monitored++;
      }
      if (s.has(ReturneeFindingKind.NOT_REGISTERED) || s.has(ReturneeFindingKind.REGISTERED_LATE)) {
        unregistered++;
      }
      if (s.has(ReturneeFindingKind.TEST_MISSING) || s.has(ReturneeFindingKind.TEST_STALE)
          || s.has(ReturneeFindingKind.TEST_NOT_NEGATIVE)) {
        untested++;
      }
    }
    return new ReturneeTally.Builder().village(village).day(day).registeredToday(registered)
        .underMonitoring(monitored).missingRegistration(unregistered).missingTestProof(untested).build();
  }

  private static DateWindow window(Returnee r, LocalDate from, ManagementPlan plan) {
    LocalDate end = from.plusDays(plan.totalDays());
    if (r.leftOn().isPresent() && r.leftOn().get().isBefore(end)) {
      end = r.leftOn().get().isBefore(from) ? from : r.leftOn().get();
    }
    return DateWindow.of(from, end);
  }

  private List<ReturneeFinding> findings(Returnee r) {
    List<ReturneeFinding> out = new ArrayList<>();
    if (r.registeredOn().isEmpty()) {
      out.add(finding(ReturneeFindingKind.NOT_REGISTERED, reason(ReturneeFindingKind.NOT_REGISTERED)
          .fact("returnedOn", r.returnedOn()), Optional.empty()));
    } else if (r.registeredOn().get().isAfter(r.returnedOn())) {
      out.add(finding(ReturneeFindingKind.REGISTERED_LATE, reason(ReturneeFindingKind.REGISTERED_LATE)
          .fact("returnedOn", r.returnedOn()).fact("registeredOn", r.registeredOn().get()), Optional.empty()));
    }
    if (population.returneeTestValidDays().isPresent()) {
      int valid = population.returneeTestValidDays().get();
      Optional<TestResult> test = r.preReturnTest();
      if (test.isEmpty()) {
        out.add(finding(ReturneeFindingKind.TEST_MISSING, reason(ReturneeFindingKind.TEST_MISSING)
            .fact("returnedOn", r.returnedOn()).policy("population.returneeTestValidDays", valid), Optional.empty()));
      } else {
        LocalDate sampled = test.get().sampledOn();
        if (sampled.isBefore(r.returnedOn().minusDays(valid)) || sampled.isAfter(r.returnedOn())) {
          out.add(finding(ReturneeFindingKind.TEST_STALE, reason(ReturneeFindingKind.TEST_STALE)
              .fact("sampledOn", sampled).fact("returnedOn", r.returnedOn())
              .policy("population.returneeTestValidDays", valid), Optional.empty()));
        }
        if (test.get().outcome() != TestOutcome.NEGATIVE) {
          out.add(finding(ReturneeFindingKind.TEST_NOT_NEGATIVE, reason(ReturneeFindingKind.TEST_NOT_NEGATIVE)
              .fact("sampledOn", sampled).fact("outcome", test.get().outcome()), Optional.empty()));
        }
      }
    }
    if (r.arrivalHealthCode().isPresent() && r.arrivalHealthCode().get() != HealthCodeColour.GREEN) {
      boolean red = r.arrivalHealthCode().get() == HealthCodeColour.RED;
      Optional<ManagementPlan> plan = red ? population.healthCodeRed() : Optional.of(population.healthCodeYellow());
      Reason.Builder why = reason(ReturneeFindingKind.HEALTH_CODE).fact("colour", r.arrivalHealthCode().get())
          .fact("returnedOn", r.returnedOn());
      if (plan.isPresent()) {
        why.fact("policy", plan.get().toString(), plan.get())
            .policy(red ? "population.healthCodeRed" : "population.healthCodeYellow", plan.get());
      } else {
        // The national preset names no plan for a red code: the local health authority's rules decide.
        why.fact("policy", "none", new Wording("当地卫生健康部门规定", "the local health authority's rules"));
      }
      out.add(finding(ReturneeFindingKind.HEALTH_CODE, why, plan));
    }
    return out;
  }

  private static Reason.Builder reason(ReturneeFindingKind kind) {
    return Reason.of(kind.reasonCode(), Clause.S2_3);
  }

  private static ReturneeFinding finding(ReturneeFindingKind kind, Reason.Builder reason,
      Optional<ManagementPlan> action) {
    return new ReturneeFinding.Builder().kind(kind).reason(reason.build()).action(action).build();
  }
}
