package org.communityprevention.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.communityprevention.core.area.AreaFeature;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.immutables.value.Value;

/**
 * The numbers of risk-area designation (风险区划定) and of the emergency response a level starts (§1.4, §1.8, §2.1).
 *
 * <p><b>Clean days.</b> A clean day (无新增) is a day with no new counted case in the area. A level steps down on the
 * day <em>after</em> the required run of consecutive clean days is complete, and a new case restarts the run. The
 * run counts from the day the level started: a day with a case is never clean; the day of an official designation
 * or of a step-down counts when it has no case. A value of {@code 0} means no waiting: a level with a period of 0
 * lasts only as long as its cases keep coming and steps down on the first clean day; a
 * {@link #steppedDownMediumToLowDays()} of 0 means there is no medium stay at all, so a high area goes straight to
 * low after {@link #highToMediumCleanDays()} clean days. Where the tiers have no MEDIUM, a high area goes to low
 * after {@code highToMediumCleanDays + steppedDownMediumToLowDays} clean days.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskPolicy.class)
@JsonDeserialize(as = ImmutableRiskPolicy.class)
public abstract class RiskPolicy {
  /** The unit levels are designated for. */
  public abstract DesignationUnit designationUnit();

  /** The levels in use: all three, or LOW and HIGH only where the medium tier was abolished. */
  @Value.NaturalOrder
  public abstract SortedSet<RiskLevel> tiers();

  /** Days looked back when counting new cases and clusters. */
  public abstract int windowDays();

  /** Whether asymptomatic infections count like confirmed cases. */
  public abstract boolean countAsymptomatic();

  /** Minimum cases, linked, that make a cluster (聚集性疫情). */
  public abstract int clusterMinCases();

  /**
   * Cumulative cases above which an area with a cluster in the window is high risk (2020 guidance: 50); empty where
   * any local case makes the unit high risk.
   */
  public abstract Optional<Integer> highCumulativeThreshold();

  /**
   * Consecutive clean days (无新增) before a high area steps down to medium (9th edition: 7); the step takes effect on
   * the next day. 0: the area steps down on its first clean day.
   */
  public abstract int highToMediumCleanDays();

  /**
   * Further consecutive clean days before an area that stepped down from high goes on to low (9th edition: 3). 0:
   * no medium stay, the high area goes straight to low.
   */
  public abstract int steppedDownMediumToLowDays();

  /**
   * Consecutive clean days before an area designated medium (not stepped down from high) becomes low (9th edition:
   * 7). 0: the area becomes low on its first clean day.
   */
  public abstract int mediumToLowCleanDays();

  /**
   * Whether a step down after clean days also needs a completed round of NAT screening of everyone in the area, all
   * negative, on the last clean day of the stage or later (9th edition: 第7天风险区域内所有人员完成一轮核酸筛查均为阴性).
   * It holds for the step from high to medium and for the step of a designated medium area to low; the further days
   * of the stay of an area stepped down from high need none. Where it holds and no such round came, the step waits.
   */
  public abstract boolean downgradeRequiresScreening();

  /**
   * Share (0–1) of the people expected in the area who must be tested for a screening round with counts to meet
   * the downgrade condition (9th edition: 所有人员, everyone, so 1.0). A round that gives its counts and falls short
   * does not qualify, whatever it says of itself.
   */
  public abstract double screeningCoverage();

  /** Which designation governs a village inside a designated area. */
  public abstract GoverningLevel governingLevel();

  /**
   * Measures of the emergency response by level (§2.1); LOW may be empty. A measure listed for a level holds at every
   * higher level too, so the measures at a level are those listed for it and for each lower level.
   */
  public abstract Map<RiskLevel, ImmutableSortedSet<ResponseMeasure>> responseMeasures();

  /** Measures added for §1.8 profiles (强化防控措施), by feature, at {@link #strengthenedMeasuresFrom()} and above. */
  public abstract Map<AreaFeature, ImmutableSortedSet<ResponseMeasure>> strengthenedMeasures();

  /** Level from which the §1.8 strengthened measures hold; LOW means at every level. */
  public abstract RiskLevel strengthenedMeasuresFrom();

  /** Builder. */
  public static final class Builder extends ImmutableRiskPolicy.Builder {}
}
