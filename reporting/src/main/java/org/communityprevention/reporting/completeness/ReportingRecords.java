package org.communityprevention.reporting.completeness;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;

/**
 * Per-unit records under a node (单位报送排名): the worst units (longest runs of missing days, most late days) and
 * the units that stopped reporting ({@code reporting.stoppedReportingDays} consecutive missing days up to the end
 * of the window).
 */
public final class ReportingRecords {
  /** Worst first: longest missing run, then most late days, then most missing days, then code. */
  public static final Comparator<UnitReportingRecord> WORST_FIRST =
      Comparator.comparingInt(UnitReportingRecord::longestMissingStreak).reversed()
          .thenComparing(Comparator.comparingInt(UnitReportingRecord::lateDays).reversed())
          .thenComparing(Comparator.comparingInt(UnitReportingRecord::missingDays).reversed())
          .thenComparing(UnitReportingRecord::unit);

  private ReportingRecords() {}

  /** The record of every unit under a node that owed at least one report in the window, sorted by code. */
  public static ImmutableList<UnitReportingRecord> of(Presence presence, DivisionCode node, DateWindow window) {
    UnitIndex index = presence.index();
    int from = index.from(node);
    int to = index.to(node);
    int n = to - from;
    int first = presence.offset(window);
    int days = (int) window.days();
    int[] expected = new int[n];
    int[] received = new int[n];
    int[] late = new int[n];
    int[] run = new int[n];
    int[] longest = new int[n];
    int[] lastReceived = new int[n];
    java.util.Arrays.fill(lastReceived, -1);
    long[] e = BitColumn.words(index.size());
    long[] r = BitColumn.words(index.size());
    long[] l = BitColumn.words(index.size());
    for (int d = 0; d < days; d++) {
      DayColumns c = presence.day(first + d);
      java.util.Arrays.fill(e, 0);
      java.util.Arrays.fill(r, 0);
      java.util.Arrays.fill(l, 0);
      c.expected.orInto(e);
      c.received.orInto(r);
      c.late.orInto(l);
      for (int i = from; i < to; i++) {
        int k = i - from;
        long bit = 1L << i;
        int w = i >>> 6;
        if ((e[w] & bit) == 0) {
          run[k] = 0;
          continue;
        }
        expected[k]++;
        if ((r[w] & bit) != 0) {
          received[k]++;
          lastReceived[k] = d;
          run[k] = 0;
          if ((l[w] & bit) != 0) {
            late[k]++;
          }
        } else if (++run[k] > longest[k]) {
          longest[k] = run[k];
        }
      }
    }
    ImmutableList.Builder<UnitReportingRecord> out = ImmutableList.builder();
    for (int k = 0; k < n; k++) {
      if (expected[k] == 0) {
        continue;
      }
      UnitReportingRecord.Builder b = new UnitReportingRecord.Builder();
      b.unit(index.code(from + k)).window(window).expectedDays(expected[k]).receivedDays(received[k])
          .lateDays(late[k]).longestMissingStreak(longest[k]).trailingMissingStreak(run[k]);
      if (lastReceived[k] >= 0) {
        b.lastReceived(window.start().plusDays(lastReceived[k]));
      }
      out.add(b.build());
    }
    return out.build();
  }

  /** The {@code limit} worst records, worst first; units with nothing missing or late are left out. */
  public static ImmutableList<UnitReportingRecord> worst(List<UnitReportingRecord> records, int limit) {
    return records.stream().filter(x -> x.missingDays() > 0 || x.lateDays() > 0).sorted(WORST_FIRST).limit(limit)
        .collect(ImmutableList.toImmutableList());
  }

  /** The units that stopped reporting under a policy, longest run first. */
  public static ImmutableList<UnitReportingRecord> stopped(List<UnitReportingRecord> records, Policy policy) {
    int days = policy.reporting().stoppedReportingDays();
    return records.stream().filter(x -> x.stoppedReporting(days)).sorted(WORST_FIRST)
        .collect(ImmutableList.toImmutableList());
  }
}
