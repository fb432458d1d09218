package org.communityprevention.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalTime;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.immutables.value.Value;

/**
 * The numbers of the daily and zero report (§1.6), of duty and of supply readiness (§1.5, §1.7, §6.3–§6.5).
 * Times are Beijing local times on the reporting day.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportingPolicy.class)
@JsonDeserialize(as = ImmutableReportingPolicy.class)
public abstract class ReportingPolicy {
  /** Beijing local time by which the day's report is due. */
  public abstract LocalTime dailyDeadline();

  /** Minutes after the deadline a report still counts as on time. */
  public abstract int graceMinutes();

  /** Days after the reporting day a late report is still accepted as late rather than refused. */
  public abstract int lateAcceptanceDays();

  /** Consecutive missing days after which a unit counts as having stopped reporting. */
  public abstract int stoppedReportingDays();

  /**
   * Days within which every household and grid must have had a patrol or home visit (巡逻走访, §1.5), by the area's
   * risk level: a household last visited more days ago than this is overdue. Every level has a value of at least 1.
   */
  public abstract Map<RiskLevel, Integer> visitIntervalDays();

  /** Required stock per 1,000 residents of each supply (足额配备, §6.4), by supply code. */
  public abstract Map<String, Integer> suppliesPerThousandResidents();

  /**
   * Minimum stock of each supply for any village or community, whatever its size (足额配备, §6.4), by supply code.
   * The requirement of a unit is the larger of this and its per-1,000-resident share.
   */
  public abstract Map<String, Integer> suppliesMinimumPerUnit();

  /** Share (0–1) of community workers, social workers and grassroots medical staff to be trained and drilled. */
  public abstract double trainingCoverageTarget();

  /** Share (0–1) of those staff to be vaccinated (§6.5). */
  public abstract double vaccinationCoverageTarget();

  /** Builder. */
  public static final class Builder extends ImmutableReportingPolicy.Builder {}
}
