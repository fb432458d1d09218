package org.communityprevention.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.time.DateWindow;
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

  /** Required stock per 1,000 residents of each supply (足额配备, §6.4), by supply code. */
  public abstract Map<String, Integer> suppliesPerThousandResidents();

  /**
   * Minimum stock of each supply for any village or community, whatever its size (足额配备, §6.4), by supply code.
   * The requirement of a unit is the larger of this and its per-1,000-resident share.
   */
  public abstract Map<String, Integer> suppliesMinimumPerUnit();

  /** Share (0–1) of community workers, social workers and grassroots medical staff to be trained and drilled. */
  public abstract double trainingCoverageTarget();

  /**
   * Share (0–1) of those staff a province expects to be vaccinated (§6.5), if it sets one. Vaccination is voluntary
   * (知情、同意、自愿), so the national baselines set no target: the rate is reported, and a shortfall is a finding only
   * against a target a provincial layer sets.
   */
  public abstract Optional<Double> vaccinationCoverageTarget();

  /**
   * The statutory holidays (节假日) over which round-the-clock duty is checked (§1.7 节假日期间24小时值班), each
   * half-open, such as the 2021 Spring Festival holiday 2021-02-11 to 2021-02-17 (国务院办公厅 2020-11-25). A list of
   * its own: the holiday returnee window of §2.3 ({@code population.holidayWindow}) is a longer travel period and
   * never decides duty.
   */
  public abstract List<DateWindow> dutyHolidays();

  /** Builder. */
  public static final class Builder extends ImmutableReportingPolicy.Builder {}
}
