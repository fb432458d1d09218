package org.communityprevention.risk.designation;

import org.communityprevention.core.area.AreaId;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.policy.DesignationUnit;
import org.communityprevention.core.policy.GoverningLevel;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.RiskPolicy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * The designation rules of a policy, checked once and ready for the hot path: how new local infections set an
 * area's level, how many clean days each step down needs, and which unit is designated.
 *
 * <p>The level the facts of a day give (its <em>facts level</em>), for a day with at least one counted infection:
 * <ul>
 *   <li>without a cumulative threshold ({@code risk.highCumulativeThreshold} absent, 9th edition and later): HIGH;
 *   <li>with one (2020 guidance, 7th edition): HIGH when the cumulative counted infections exceed the threshold and
 *       a cluster ({@code risk.clusterMinCases} or more linked infections within {@code risk.windowDays} days) was
 *       identified within the window; MEDIUM otherwise.
 * </ul>
 * A MEDIUM where the tiers have no medium becomes HIGH. A day without a counted infection gives no level: it is a
 * clean day. Asymptomatic infections count only if {@code risk.countAsymptomatic}.
 */
public final class DesignationRules {
  /** Violation code: the tiers lack LOW or HIGH. */
  public static final String TIERS = "risk.designation.policy_tiers";
  /** Violation code: a window or cluster size below 1. */
  public static final String TOO_SMALL = "risk.designation.policy_too_small";
  /** Violation code: a high area would reach low sooner than a medium one. */
  public static final String HIGH_SHORTER = "risk.designation.policy_high_shorter_than_medium";
  /** Violation code: a case reported for an area larger than the designation unit. */
  public static final String UNIT_TOO_COARSE = "risk.designation.unit_too_coarse";

  private final Policy policy;
  private final RiskPolicy risk;
  private final boolean hasMedium;
  private final long threshold;
  private final ImmutableSortedSet<RiskLevel> tiers;
  private final int tierMask;

  private DesignationRules(Policy policy) {
    this.policy = policy;
    this.risk = policy.risk();
    this.hasMedium = risk.tiers().contains(RiskLevel.MEDIUM);
    this.threshold = risk.highCumulativeThreshold().map(Integer::longValue).orElse(-1L);
    this.tiers = ImmutableSortedSet.copyOf(risk.tiers());
    int mask = 0;
    for (RiskLevel l : tiers) {
      mask |= 1 << l.ordinal();
    }
    this.tierMask = mask;
  }

  /**
   * The rules of a policy.
   *
   * @throws ValidationException naming each risk field that cannot drive a timeline: tiers without LOW or HIGH, a
   *     window or cluster size below 1, or
   *     {@code highToMediumCleanDays + steppedDownMediumToLowDays < mediumToLowCleanDays} where the tiers have a
   *     medium (a high area would then reach low sooner than a medium one, and more cases could lower a level)
   */
  public static DesignationRules of(Policy policy) {
    RiskPolicy r = policy.risk();
    List<Violation> problems = new ArrayList<>();
    if (!r.tiers().contains(RiskLevel.LOW) || !r.tiers().contains(RiskLevel.HIGH)) {
      problems.add(Violation.of("risk.tiers", TIERS, "tiers", r.tiers()));
    }
    if (r.windowDays() < 1) {
      problems.add(Violation.of("risk.windowDays", TOO_SMALL, "value", r.windowDays(), "min", 1));
    }
    if (r.clusterMinCases() < 1) {
      problems.add(Violation.of("risk.clusterMinCases", TOO_SMALL, "value", r.clusterMinCases(), "min", 1));
    }
    // Negative thresholds and numbers of days never reach here: the policy itself refuses them.
    if (r.tiers().contains(RiskLevel.MEDIUM)
        && (long) r.highToMediumCleanDays() + r.steppedDownMediumToLowDays() < r.mediumToLowCleanDays()) {
      problems.add(Violation.of("risk.mediumToLowCleanDays", HIGH_SHORTER,
          "high", r.highToMediumCleanDays(), "steppedDown", r.steppedDownMediumToLowDays(),
          "medium", r.mediumToLowCleanDays()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new DesignationRules(policy);
  }

  /** The policy. */
  public Policy policy() {
    return policy;
  }

  /** The policy's reference, which decisions cite. */
  public PolicyRef policyRef() {
    return policy.ref();
  }

  /** The tiers in use. */
  public SortedSet<RiskLevel> tiers() {
    return tiers;
  }

  /** The tiers as a bit mask over level ordinals. */
  public int tierMask() {
    return tierMask;
  }

  /** Whether the tiers include MEDIUM. */
  public boolean hasMedium() {
    return hasMedium;
  }

  /** {@code risk.windowDays}. */
  public int windowDays() {
    return risk.windowDays();
  }

  /** {@code risk.clusterMinCases}. */
  public int clusterMinCases() {
    return risk.clusterMinCases();
  }

  /** {@code risk.countAsymptomatic}. */
  public boolean countAsymptomatic() {
    return risk.countAsymptomatic();
  }

  /** {@code risk.highCumulativeThreshold}; empty where any counted infection makes the area high. */
  public OptionalInt highCumulativeThreshold() {
    return threshold < 0 ? OptionalInt.empty() : OptionalInt.of((int) threshold);
  }

  /** {@code risk.highToMediumCleanDays}. */
  public int highToMediumCleanDays() {
    return risk.highToMediumCleanDays();
  }

  /** {@code risk.steppedDownMediumToLowDays}. */
  public int steppedDownMediumToLowDays() {
    return risk.steppedDownMediumToLowDays();
  }

  /** {@code risk.mediumToLowCleanDays}. */
  public int mediumToLowCleanDays() {
    return risk.mediumToLowCleanDays();
  }

  /**
   * Clean days a high area needs before its first step down: {@code highToMediumCleanDays}, or, where the tiers have
   * no medium, {@code highToMediumCleanDays + steppedDownMediumToLowDays} (the step then goes to low).
   */
  public int highPeriod() {
    return hasMedium ? risk.highToMediumCleanDays()
        : risk.highToMediumCleanDays() + risk.steppedDownMediumToLowDays();
  }

  /** {@code risk.downgradeRequiresScreening}. */
  public boolean downgradeRequiresScreening() {
    return risk.downgradeRequiresScreening();
  }

  /** {@code risk.screeningCoverage}. */
  public double screeningCoverage() {
    return risk.screeningCoverage();
  }

  /** {@code risk.governingLevel}. */
  public GoverningLevel governingLevel() {
    return risk.governingLevel();
  }

  /** {@code risk.designationUnit}. */
  public DesignationUnit designationUnit() {
    return risk.designationUnit();
  }

  /**
   * The level a day's facts give (see the class comment), or empty for a clean day.
   *
   * @param counted the day's counted infections
   * @param cumulative the counted infections so far, this day included
   * @param clusterInWindow whether a cluster was identified within the window ending this day
   */
  public Optional<RiskLevel> factsLevel(int counted, long cumulative, boolean clusterInWindow) {
    int level = factsLevelOrdinal(counted, cumulative, clusterInWindow);
    return level < 0 ? Optional.empty() : Optional.of(RiskLevel.values()[level]);
  }

  /** {@link #factsLevel} as a level ordinal, -1 for a clean day; allocation-free for the hot path. */
  public int factsLevelOrdinal(int counted, long cumulative, boolean clusterInWindow) {
    if (counted <= 0) {
      return -1;
    }
    if (threshold < 0 || (cumulative > threshold && clusterInWindow) || !hasMedium) {
      return RiskLevel.HIGH.ordinal();
    }
    return RiskLevel.MEDIUM.ordinal();
  }

  /**
   * The area a report counts for: its county or township where those are the unit; itself (a village or a part of
   * it) where villages, compounds or buildings are.
   *
   * @param field the field path a violation names
   * @throws ValidationException with {@value #UNIT_TOO_COARSE} if the report's area is larger than the unit, e.g. a
   *     township's report under a policy that designates villages, or a village's under one that designates buildings
   */
  public AreaId designationAreaOf(AreaId reported, String field) {
    DivisionLevel level = reported.division().level();
    switch (risk.designationUnit()) {
      case COUNTY:
        return atLevel(reported, DivisionLevel.COUNTY, field);
      case TOWNSHIP:
        return atLevel(reported, DivisionLevel.TOWNSHIP, field);
      case COMPOUND_OR_VILLAGE:
        if (level == DivisionLevel.VILLAGE) {
          return reported;
        }
        throw coarse(reported, field);
      case BUILDING:
        if (!reported.isDivision()) {
          return reported;
        }
        throw coarse(reported, field);
      default:
        throw new IllegalStateException("unknown unit " + risk.designationUnit());
    }
  }

  private AreaId atLevel(AreaId reported, DivisionLevel target, String field) {
    if (reported.division().level().isAbove(target)) {
      throw coarse(reported, field);
    }
    return AreaId.of(reported.division().ancestorAt(target));
  }

  private ValidationException coarse(AreaId reported, String field) {
    return ValidationException.of(field, UNIT_TOO_COARSE, "level", reported.division().level().code(),
        "unit", risk.designationUnit(), "unitZh", risk.designationUnit().chinese());
  }

  @Override
  public String toString() {
    return "DesignationRules{" + policy.ref() + "}";
  }
}
