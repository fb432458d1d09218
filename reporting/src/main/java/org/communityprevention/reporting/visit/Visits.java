package org.communityprevention.reporting.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * Patrols and home visits (巡逻走访, §1.5) under one policy: a household or grid is current on a day when it was
 * covered on one of the last {@code reporting.visitIntervalDays[level]} days (the day itself included), where the
 * level is the unit's risk level that day; otherwise it is overdue. Visits after the day checked, and visits of
 * other units, are not counted. Immutable and thread-safe.
 */
public final class Visits {
  /** Violation code: the policy has no interval of at least one day for a level. */
  public static final String INTERVAL = "reporting.visit.interval";
  /** Reason code: households or grids overdue. */
  public static final String OVERDUE = "reporting.visit.overdue";
  /** Reason code: every household and grid current. */
  public static final String CURRENT = "reporting.visit.current";

  private final Policy policy;
  private final Map<RiskLevel, Integer> intervals;

  private Visits(Policy policy) {
    this.policy = policy;
    this.intervals = policy.reporting().visitIntervalDays();
  }

  /**
   * The rule under a policy.
   *
   * @throws ValidationException naming {@code reporting.visitIntervalDays.<LEVEL>} if a level has no interval of at
   *     least one day
   */
  public static Visits under(Policy policy) {
    List<Violation> problems = new ArrayList<>();
    for (RiskLevel level : RiskLevel.values()) {
      Integer days = policy.reporting().visitIntervalDays().get(level);
      if (days == null || days < 1) {
        problems.add(Violation.of("reporting.visitIntervalDays." + level.name(), INTERVAL,
            "levelEn", level.english(), "levelZh", level.chinese()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new Visits(policy);
  }

  /** The interval for a level, in days. */
  public int intervalDays(RiskLevel level) {
    return intervals.get(level);
  }

  /**
   * The coverage of a unit's households and grids on a day, with one reason: overdue (with the counts) or current.
   */
  public Decision<VisitCoverage> check(DivisionCode unit, RiskLevel level, Collection<String> householdIds,
      Collection<String> gridIds, Collection<Visit> visits, LocalDate day) {
    int interval = intervals.get(level);
    LocalDate firstCounted = day.minusDays(interval - 1L);
    Map<String, LocalDate> lastHousehold = new HashMap<>();
    Map<String, LocalDate> lastGrid = new HashMap<>();
    for (String h : householdIds) {
      lastHousehold.put(h, null);
    }
    for (String g : gridIds) {
      lastGrid.put(g, null);
    }
    int unknown = 0;
    for (Visit v : visits) {
      if (!v.unit().equals(unit) || v.day().isAfter(day)) {
        continue;
      }
      Map<String, LocalDate> last = v.target() == VisitTarget.HOUSEHOLD ? lastHousehold : lastGrid;
      if (!last.containsKey(v.targetId())) {
        unknown += v.day().isBefore(firstCounted) ? 0 : 1;
        continue;
      }
      LocalDate before = last.get(v.targetId());
      if (before == null || v.day().isAfter(before)) {
        last.put(v.targetId(), v.day());
      }
    }
    List<OverdueVisit> overdue = new ArrayList<>();
    int covered = collect(VisitTarget.HOUSEHOLD, lastHousehold, firstCounted, overdue)
        + collect(VisitTarget.GRID, lastGrid, firstCounted, overdue);
    VisitCoverage coverage = VisitCoverage.builder().unit(unit).day(day).level(level).intervalDays(interval)
        .households(lastHousehold.size()).grids(lastGrid.size()).covered(covered).addAllOverdue(overdue)
        .visitsToUnknownTargets(unknown).build();
    long overdueHouseholds = overdue.stream().filter(o -> o.target() == VisitTarget.HOUSEHOLD).count();
    Reason why = Reason.of(overdue.isEmpty() ? CURRENT : OVERDUE, Clause.S1_5).fact("unit", unit).fact("day", day)
        .fact("level", level).fact("levelEn", level.english()).fact("levelZh", level.chinese())
        .fact("households", lastHousehold.size()).fact("grids", lastGrid.size()).fact("overdueHouseholds", overdueHouseholds)
        .fact("overdueGrids", overdue.size() - overdueHouseholds)
        .policy("reporting.visitIntervalDays", interval).build();
    return Decision.of(coverage, policy.ref(), List.of(why));
  }

  private static int collect(VisitTarget target, Map<String, LocalDate> last, LocalDate firstCounted,
      List<OverdueVisit> overdue) {
    int covered = 0;
    for (String id : new TreeSet<>(last.keySet())) {
      LocalDate d = last.get(id);
      if (d != null && !d.isBefore(firstCounted)) {
        covered++;
      } else {
        overdue.add(OverdueVisit.overdue(target, id, Optional.ofNullable(d)));
      }
    }
    return covered;
  }
}
