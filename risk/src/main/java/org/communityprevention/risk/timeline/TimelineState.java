package org.communityprevention.risk.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.DesignationRules;
import org.immutables.value.Value;

/**
 * Where an area's timeline stands after a day: the state of the incremental fold. Small, immutable and serialisable,
 * so a stream processor can keep one per area (a Kafka Streams store, Flink keyed state) and fold each completed day
 * into it with {@link RiskTimelines#advance}.
 *
 * <p>The current level holds until its <em>stage</em> has {@link #stagePeriod()} clean days; {@link #stageCleanDays()}
 * counts them. A new case sets it back to 0.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimelineState.class)
@JsonDeserialize(as = ImmutableTimelineState.class)
public abstract class TimelineState {
  /** Violation code: a negative counter. */
  public static final String NEGATIVE = "risk.timeline.state_negative";

  /** The area. */
  public abstract AreaId area();

  /** The policy whose rules the state follows. */
  public abstract PolicyRef policy();

  /** The last day folded in. */
  public abstract LocalDate day();

  /** The level at the end of that day. */
  public abstract RiskLevel level();

  /** Clean days in the current level's stage so far. */
  public abstract int stageCleanDays();

  /** Clean days the current stage needs before the level steps down. */
  public abstract int stagePeriod();

  /** Consecutive clean days up to this day. */
  public abstract int cleanStreak();

  /** Counted infections since the fold began (for the cumulative threshold). */
  public abstract long cumulativeCases();

  /** The last day a cluster was identified, if within memory. */
  public abstract Optional<LocalDate> lastClusterDay();

  /** Cluster links still inside the window, by cluster and day. */
  public abstract List<ClusterLink> recentClusterLinks();

  /** The last official level, if any official designation was folded in. */
  public abstract Optional<RiskLevel> lastOfficialLevel();

  /** The first day of the current run at MEDIUM or above that no official designation has confirmed yet. */
  public abstract Optional<LocalDate> unconfirmedMediumSince();

  /** The first day of the current run at HIGH that no official designation has confirmed yet. */
  public abstract Optional<LocalDate> unconfirmedHighSince();

  /**
   * Whether a qualifying screening round was held in the current stage on or after its last required clean day
   * ({@code risk.downgradeRequiresScreening}); a state stored before screening was recorded reads as false.
   */
  @Value.Default
  public boolean stageScreened() {
    return false;
  }

  /** Whether the current stage is the medium stay of an area stepped down from high, which needs no screening. */
  @Value.Default
  public boolean steppedDownStay() {
    return false;
  }

  @Value.Check
  void check() {
    if (stageCleanDays() < 0) {
      throw ValidationException.of("stageCleanDays", NEGATIVE, "value", stageCleanDays());
    }
    if (stagePeriod() < 0) {
      throw ValidationException.of("stagePeriod", NEGATIVE, "value", stagePeriod());
    }
    if (cleanStreak() < 0) {
      throw ValidationException.of("cleanStreak", NEGATIVE, "value", cleanStreak());
    }
    if (cumulativeCases() < 0) {
      throw ValidationException.of("cumulativeCases", NEGATIVE, "value", cumulativeCases());
    }
  }

  /**
   * The state before {@code firstDay}: low, nothing counted. The fold's first step is {@code firstDay} or later.
   */
  public static TimelineState initial(DesignationRules rules, AreaId area, LocalDate firstDay) {
    return new Builder().area(area).policy(rules.policyRef()).day(firstDay.minusDays(1)).level(RiskLevel.LOW)
        .stageCleanDays(0).stagePeriod(0).cleanStreak(0).cumulativeCases(0).build();
  }

  /** Builder, for a state restored from storage or seeded with a known level. */
  public static final class Builder extends ImmutableTimelineState.Builder {}
}
