package org.communityprevention.testkit.golden;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.readiness.DutyNotice;
import org.communityprevention.reporting.readiness.DutyReadiness;
import org.communityprevention.reporting.readiness.DutyShift;
import org.communityprevention.reporting.readiness.HouseholdCoverage;
import org.communityprevention.reporting.readiness.HouseholdLink;
import org.communityprevention.reporting.readiness.StaffCoverage;
import org.communityprevention.reporting.readiness.StaffRecord;
import org.communityprevention.reporting.readiness.SupplyReadiness;
import org.communityprevention.reporting.readiness.SupplyStock;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.SubmissionConflict;
import org.communityprevention.reporting.report.Timeliness;
import org.communityprevention.reporting.signal.ConcealmentSignal;
import org.communityprevention.reporting.signal.UnitDayFacts;
import org.communityprevention.reporting.summary.ImplementationSummary;

/**
 * The reporting capability (日报告、零报告、值班值守、物资与人员, §1.5–§1.7, §2.3, §6.3–§6.5, §6.7) as a vendor's
 * integration exposes it to the golden vectors. {@link LibraryAdapter} calls the library directly.
 */
public interface ReportingAdapter {
  /** Capability {@code reporting.timeliness}: whether a report is on time, late or too late (§1.6). */
  Decision<Timeliness> timeliness(Policy policy, DailyReport report);

  /**
   * Capability {@code reporting.completeness}: the counts of the given division nodes over a window, from the
   * register of units and the reports (§1.6).
   */
  List<NodeCompleteness> completeness(Policy policy, List<UnitChange> units, List<DailyReport> reports,
      DateWindow window, List<DivisionCode> nodes);

  /** Capability {@code reporting.conflicts}: conflicting submissions among the reports (§1.6, §2.3). */
  List<SubmissionConflict> conflicts(Policy policy, List<UnitChange> units, List<DailyReport> reports);

  /** Capability {@code reporting.concealment}: concealment and under-reporting signals over a window (§2.3). */
  List<ConcealmentSignal> concealment(Policy policy, List<UnitChange> units, List<DailyReport> reports,
      List<UnitDayFacts> facts, DateWindow window);

  /**
   * Capability {@code reporting.holidayDuty}: a unit's duty over the policy's statutory holiday that holds the day
   * ({@code reporting.dutyHolidays}, §1.5, §1.7).
   */
  DutyReadiness holidayDuty(Policy policy, DivisionCode unit, List<DutyShift> shifts, List<DutyNotice> notices,
      LocalDate day);

  /** Capability {@code reporting.households}: households without a responsible cadre on a day (包片联户, §1.5). */
  HouseholdCoverage households(DivisionCode unit, List<String> householdIds, List<HouseholdLink> links,
      LocalDate day);

  /** Capability {@code reporting.supplies}: a unit's supply shortfalls (§6.4). */
  SupplyReadiness supplies(Policy policy, SupplyStock stock);

  /** Capability {@code reporting.staff}: training, drill and vaccination coverage under a node (§6.3, §6.5). */
  List<StaffCoverage> staff(Policy policy, List<StaffRecord> records, DivisionCode node);

  /** Capability {@code reporting.summary}: a province's implementation summary over a window (§6.7). */
  ImplementationSummary summary(Policy policy, DivisionCode province, DateWindow window, List<UnitChange> units,
      List<DailyReport> reports);
}
