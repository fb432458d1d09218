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
 * The numbers of risk-area designation and of the emergency response a level starts (§1.4, §1.8, §2.1).
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

  /** Consecutive days without a new case before a high area steps down. */
  public abstract int highToMediumCleanDays();

  /** Further days before an area stepped down from high goes on to low. */
  public abstract int steppedDownMediumToLowDays();

  /** Consecutive days without a new case before a medium area becomes low. */
  public abstract int mediumToLowCleanDays();

  /** Which designation governs a village inside a designated area. */
  public abstract GoverningLevel governingLevel();

  /** Measures of the emergency response by level (§2.1); LOW may be empty. */
  public abstract Map<RiskLevel, ImmutableSortedSet<ResponseMeasure>> responseMeasures();

  /** Measures added for §1.8 profiles, at MEDIUM and above unless listed under LOW too. */
  public abstract Map<AreaFeature, ImmutableSortedSet<ResponseMeasure>> strengthenedMeasures();

  /** Builder. */
  public static final class Builder extends ImmutableRiskPolicy.Builder {}
}
