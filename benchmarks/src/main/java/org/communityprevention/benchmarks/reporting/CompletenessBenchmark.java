package org.communityprevention.benchmarks.reporting;

import java.util.concurrent.TimeUnit;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Completeness of every node of a national tree (620,000 villages and communities): one day, and a 365-day range,
 * single-threaded. Targets: ≤ 10 ms for a day, ≤ 2 s for a year. Setup builds a year of synthetic outcomes
 * ({@link NationalFixture}) and prints the bytes the frozen year holds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class CompletenessBenchmark {
  Presence presence;
  DateWindow day;
  DateWindow year;
  DivisionCode county;

  @Setup
  public void setUp() {
    long[] codes = NationalFixture.codes();
    UnitRegistry registry = NationalFixture.registry(codes);
    presence = NationalFixture.presence(registry, 365);
    day = DateWindow.ofDays(NationalFixture.START.plusDays(100), 1);
    year = presence.window();
    county = DivisionCode.ofLong(codes[codes.length / 2]).ancestorAt(DivisionLevel.COUNTY);
    System.out.printf(java.util.Locale.ROOT, "%n[reporting] %d units x %d days: presence holds %.1f MiB (%.2f bits per unit-day)%n",
        presence.index().size(), year.days(), presence.memoryBytes() / 1048576.0,
        presence.memoryBytes() * 8.0 / presence.index().size() / year.days());
  }

  /** Every node (village to province, and the country) for one national day. */
  @Benchmark
  public CompletenessTable everyNodeOneDay() {
    return presence.table(day);
  }

  /** Every node (village to province, and the country) for 365 days. */
  @Benchmark
  public CompletenessTable everyNodeOneYear() {
    return presence.table(year);
  }

  /** One county over 365 days through the range-count (bitCount) path. */
  @Benchmark
  public CompletenessCounts oneCountyOneYear() {
    return presence.counts(county, year);
  }

  /** The whole country over 365 days through the range-count path. */
  @Benchmark
  public CompletenessCounts nationOneYear() {
    return presence.national(year);
  }
}
