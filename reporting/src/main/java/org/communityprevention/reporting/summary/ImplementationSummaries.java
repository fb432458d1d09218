package org.communityprevention.reporting.summary;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.ReportingRecords;
import org.communityprevention.reporting.completeness.UnitReportingRecord;
import org.communityprevention.reporting.readiness.DutyReadiness;
import org.communityprevention.reporting.readiness.HouseholdCoverage;
import org.communityprevention.reporting.readiness.StaffCoverage;
import org.communityprevention.reporting.readiness.StaffRecord;
import org.communityprevention.reporting.readiness.SupplyReadiness;
import org.communityprevention.reporting.report.SubmissionConflict;
import org.communityprevention.reporting.signal.ConcealmentSignal;
import org.communityprevention.reporting.signal.SignalKind;

/** Builds a province's {@link ImplementationSummary} (§6.7) from the module's results; items of other provinces are
 * left out. */
public final class ImplementationSummaries {
  private ImplementationSummaries() {}

  /**
   * The inputs of a summary; any list may be empty.
   *
   * @param presence who reported on which day
   * @param policy the policy in force
   * @param conflicts conflicting submissions (from the ledger)
   * @param signals concealment signals
   * @param duty holiday duty checks
   * @param households 包片联户 coverage
   * @param supplies supply checks
   * @param staff staff records
   * @param worstLimit how many worst units to list
   */
  public record Inputs(Presence presence, Policy policy, Collection<SubmissionConflict> conflicts,
      Collection<ConcealmentSignal> signals, Collection<DutyReadiness> duty, Collection<HouseholdCoverage> households,
      Collection<SupplyReadiness> supplies, Collection<StaffRecord> staff, int worstLimit) {}

  /** The summary of a province over a window. */
  public static ImplementationSummary summarize(DivisionCode province, DateWindow window, Inputs in) {
    List<UnitReportingRecord> records = ReportingRecords.of(in.presence(), province, window);
    List<NodeCompleteness> prefectures = in.presence().table(window).rows(DivisionLevel.PREFECTURE).stream()
        .filter(r -> province.contains(r.node())).collect(java.util.stream.Collectors.toList());
    Map<SignalKind, Long> signals = new EnumMap<>(SignalKind.class);
    in.signals().stream().filter(s -> province.contains(s.unit()))
        .forEach(s -> signals.merge(s.kind(), 1L, Long::sum));
    long[] duty = new long[2];
    in.duty().stream().filter(d -> province.contains(d.unit())).forEach(d -> {
      duty[0]++;
      duty[1] += d.isReady() ? 1 : 0;
    });
    long[] households = new long[2];
    in.households().stream().filter(h -> province.contains(h.unit())).forEach(h -> {
      households[0] += h.households();
      households[1] += h.linked();
    });
    long[] supplies = new long[2];
    in.supplies().stream().filter(s -> province.contains(s.unit())).forEach(s -> {
      supplies[0]++;
      supplies[1] += s.isInFull() ? 1 : 0;
    });
    List<StaffCoverage> staff = StaffCoverage.of(in.staff(), province, in.policy());
    return new ImplementationSummary.Builder().province(province).window(window).policy(in.policy().ref())
        .reports(in.presence().counts(province, window)).prefectures(prefectures)
        .worstUnits(ReportingRecords.worst(records, in.worstLimit()))
        .stoppedUnits(ReportingRecords.stopped(records, in.policy()))
        .stoppedReportingDays(in.policy().reporting().stoppedReportingDays())
        .conflicts(in.conflicts().stream().filter(c -> province.contains(c.unit())).count())
        .signals(signals).dutyChecked(duty[0]).dutyReady(duty[1]).households(households[0])
        .householdsLinked(households[1]).suppliesChecked(supplies[0]).suppliesInFull(supplies[1]).staff(staff)
        .build();
  }
}
