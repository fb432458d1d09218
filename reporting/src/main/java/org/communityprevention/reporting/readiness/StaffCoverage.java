package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.Policy;
import org.immutables.value.Value;

/**
 * Training, drill and vaccination coverage of one staff category under a division node (培训演练接种覆盖率, §6.3,
 * §6.5), against the policy's targets ({@code reporting.trainingCoverageTarget} for training and drills,
 * {@code reporting.vaccinationCoverageTarget} for vaccination). Vaccination is voluntary (自愿): where the policy
 * sets no vaccination target, as no national baseline does, the rate is reported and is never a shortfall.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffCoverage.class)
@JsonDeserialize(as = ImmutableStaffCoverage.class)
public abstract class StaffCoverage {
  /** Reason code: a rate below its target. */
  public static final String BELOW_TARGET = "reporting.readiness.staff_below_target";
  /** Reason code: every rate at or above its target. */
  public static final String ON_TARGET = "reporting.readiness.staff_on_target";
  /** Reason code: training and drills at or above target, and no vaccination target set. */
  public static final String TRAINING_ON_TARGET = "reporting.readiness.staff_training_on_target";
  /** Reason code: the vaccination rate, reported without a target (§6.5, vaccination is voluntary). */
  public static final String VACCINATION_REPORTED = "reporting.readiness.vaccination_reported";

  /** The node (a village, township, …, province). */
  public abstract DivisionCode node();

  /** The category. */
  public abstract StaffCategory category();

  /** Headcount. */
  public abstract long headcount();

  /** Trained. */
  public abstract long trained();

  /** Drilled. */
  public abstract long drilled();

  /** Vaccinated. */
  public abstract long vaccinated();

  /** Why: one reason per rate below target, or one saying all are on target. */
  public abstract List<Reason> reasons();

  /** Training rate (培训率). */
  @JsonIgnore
  public OptionalDouble trainingRate() {
    return rate(trained());
  }

  /** Drill rate (演练参与率). */
  @JsonIgnore
  public OptionalDouble drillRate() {
    return rate(drilled());
  }

  /** Vaccination rate (疫苗接种率). */
  @JsonIgnore
  public OptionalDouble vaccinationRate() {
    return rate(vaccinated());
  }

  private OptionalDouble rate(long part) {
    return headcount() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / headcount());
  }

  /** Whether every rate meets its target (a category without staff meets them). */
  @JsonIgnore
  public boolean meetsTargets() {
    return reasons().stream().noneMatch(r -> r.code().equals(BELOW_TARGET));
  }

  /** The coverage of each category under a node, summing the records of the units in its subtree. */
  public static ImmutableList<StaffCoverage> of(Collection<StaffRecord> records, DivisionCode node, Policy policy) {
    Map<StaffCategory, long[]> sums = new EnumMap<>(StaffCategory.class);
    for (StaffRecord r : records) {
      if (node.contains(r.unit())) {
        long[] s = sums.computeIfAbsent(r.category(), k -> new long[4]);
        s[0] += r.headcount();
        s[1] += r.trained();
        s[2] += r.drilled();
        s[3] += r.vaccinated();
      }
    }
    double training = policy.reporting().trainingCoverageTarget();
    Optional<Double> vaccination = policy.reporting().vaccinationCoverageTarget();
    ImmutableList.Builder<StaffCoverage> out = ImmutableList.builder();
    for (Map.Entry<StaffCategory, long[]> e : sums.entrySet()) {
      long[] s = e.getValue();
      List<Reason> reasons = new ArrayList<>();
      below(reasons, node, e.getKey(), "training", s[1], s[0], training, "reporting.trainingCoverageTarget",
          Clause.S6_3);
      below(reasons, node, e.getKey(), "drills", s[2], s[0], training, "reporting.trainingCoverageTarget",
          Clause.S6_3);
      if (vaccination.isPresent()) {
        below(reasons, node, e.getKey(), "vaccination", s[3], s[0], vaccination.get(),
            "reporting.vaccinationCoverageTarget", Clause.S6_5);
      }
      if (reasons.isEmpty()) {
        reasons.add(Reason.of(vaccination.isPresent() ? ON_TARGET : TRAINING_ON_TARGET, Clause.S6_3, Clause.S6_5)
            .fact("node", node).fact("category", e.getKey().english()).fact("categoryZh", e.getKey().chinese())
            .fact("headcount", s[0]).build());
      }
      if (vaccination.isEmpty()) {
        reasons.add(Reason.of(VACCINATION_REPORTED, Clause.S6_5).fact("node", node)
            .fact("category", e.getKey().english()).fact("categoryZh", e.getKey().chinese()).fact("done", s[3])
            .fact("headcount", s[0]).build());
      }
      out.add(new Builder().node(node).category(e.getKey()).headcount(s[0]).trained(s[1]).drilled(s[2])
          .vaccinated(s[3]).reasons(reasons).build());
    }
    return out.build();
  }

  private static void below(List<Reason> out, DivisionCode node, StaffCategory c, String measure, long part,
      long whole, double target, String path, Clause clause) {
    // Compare part/whole with the target without rounding: part < target × whole.
    if (whole > 0 && part < target * whole) {
      out.add(Reason.of(BELOW_TARGET, clause).fact("node", node).fact("category", c.english())
          .fact("categoryZh", c.chinese()).fact("measure", measure)
          .fact("measureZh", "training".equals(measure) ? "培训" : "drills".equals(measure) ? "应急演练" : "疫苗接种")
          .fact("done", part).fact("headcount", whole)
          .fact("target", target).policy(path, target).build());
    }
  }

  /** Builds {@link StaffCoverage}. */
  public static final class Builder extends ImmutableStaffCoverage.Builder {}
}
