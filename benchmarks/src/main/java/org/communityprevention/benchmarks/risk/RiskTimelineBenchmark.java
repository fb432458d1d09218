package org.communityprevention.benchmarks.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.timeline.RiskTimeline;
import org.communityprevention.risk.timeline.RiskTimelines;
import org.communityprevention.risk.timeline.TimelineBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Timelines for 40,000 townships × 365 days of case facts, single-threaded (issue target: ≤ 1 s). One operation
 * builds all 40,000 timelines. The facts are seeded: one township in five has an outbreak (a run of case days, some
 * linked to clusters, enough to pass the 50-case threshold in some), the rest see a few sporadic cases; about 20
 * reports per township, 0.8 million in all.
 *
 * <ul>
 *   <li>{@code timelines}: the explained batch per township, with transitions, reasons, findings and end state;
 *   <li>{@code levels}: the hot path, levels only;
 *   <li>{@code mixedBatch}: one flat list of all reports, grouped and rolled up by the library.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RiskTimelineBenchmark {
  /** Policy: ed7-2020 designates townships, with a cumulative threshold and clusters. */
  @Param({"ed7-2020"})
  public String policy;

  /** Townships. */
  @Param({"40000"})
  public int townships;

  private DesignationRules rules;
  private DateWindow year;
  private AreaId[] areas;
  private List<List<CaseReport>> reports;
  private List<CaseReport> allReports;

  /** Builds the seeded facts. */
  @Setup
  public void setUp() {
    rules = DesignationRules.of(NationalBaselines.byId(policy));
    year = DateWindow.ofDays(LocalDate.of(2021, 1, 1), 365);
    Random random = new Random(20_210_130L);
    areas = new AreaId[townships];
    reports = new ArrayList<>(townships);
    allReports = new ArrayList<>();
    for (int i = 0; i < townships; i++) {
      int county = i / 100;
      long code = 440_000_000_000L + (county / 20 + 1) * 100_000_000L + (county % 20 + 1) * 1_000_000L
          + (i % 100 + 100) * 1_000L;
      AreaId township = AreaId.of(DivisionCode.ofLong(code));
      AreaId village = AreaId.of(DivisionCode.ofLong(code + 200 + random.nextInt(20)));
      areas[i] = township;
      List<CaseReport> own = new ArrayList<>();
      if (random.nextInt(5) == 0) {
        int start = random.nextInt(330);
        int days = 5 + random.nextInt(30);
        for (int d = start; d < Math.min(365, start + days); d++) {
          if (random.nextInt(3) > 0) {
            CaseReport.Builder r = new CaseReport.Builder();
            r.id("o" + d).area(random.nextBoolean() ? township : village).date(year.start().plusDays(d))
                .localConfirmed(random.nextInt(6)).localAsymptomatic(random.nextInt(3));
            if (random.nextInt(3) == 0) {
              r.clusterId("k" + (d / 10));
            }
            own.add(r.build());
          }
        }
      }
      int sporadic = random.nextInt(4);
      for (int k = 0; k < sporadic; k++) {
        own.add(CaseReport.of("s" + k, village, year.start().plusDays(random.nextInt(365)), 1, 0));
      }
      reports.add(own);
      allReports.addAll(own);
    }
  }

  /** The explained timelines of every township. */
  @Benchmark
  public void timelines(Blackhole bh) {
    for (int i = 0; i < areas.length; i++) {
      RiskTimeline t = RiskTimelines.timeline(rules, areas[i], year, reports.get(i), List.of());
      bh.consume(t);
    }
  }

  /** The levels of every township (hot path). */
  @Benchmark
  public void levels(Blackhole bh) {
    for (int i = 0; i < areas.length; i++) {
      bh.consume(RiskTimelines.levels(rules, areas[i], year, reports.get(i), List.of()));
    }
  }

  /** The timelines of every township from one flat list of reports. */
  @Benchmark
  public TimelineBatch mixedBatch() {
    return RiskTimelines.timelines(rules, year, allReports, List.of());
  }
}
