package org.communityprevention.benchmarks.services;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ResidentEligibility;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.village.VillageDay;
import org.communityprevention.services.village.VillageServicePlan;
import org.communityprevention.services.village.VillageServicePlanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Service eligibility for one million residents, single-threaded; target ≤ 1 µs per resident. Every benchmark
 * reports time per resident. {@code hotPath}: the trait mask and the service mask of each resident (no reasons);
 * {@code hotPathWithPriority}: the same plus the dispatch priority, as a village batch computes it;
 * {@code villagePlan}: the full service lists of a village of 2,000 residents (sorting, households, findings);
 * {@code explain}: the explained eligibility with every reason, for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class EligibilityBenchmark {
  static final int MILLION = 1_000_000;
  static final int VILLAGE = 2_000;
  static final int EXPLAINED = 10_000;

  Resident[] residents;
  List<Resident> village;
  ServiceEligibility rules;
  VillageServicePlanner planner;
  AreaSituation area;
  VillageDay villageDay;

  @Setup
  public void setUp() {
    Policy policy = NationalBaselines.byId("ed7-2020");
    rules = ServiceEligibility.under(policy);
    planner = VillageServicePlanner.using(rules);
    area = AreaSituation.at(RiskLevel.MEDIUM);
    residents = ResidentFixture.residents(MILLION, 20_210_130L);
    village = Arrays.asList(Arrays.copyOf(residents, VILLAGE));
    villageDay = VillageDay.of(DivisionCode.parse("440983102201"), ResidentFixture.DAY, area);
    long chronic = 0;
    for (Resident r : residents) {
      chronic += CommunityService.CHRONIC_MEDICINE_DELIVERY.in(rules.services(r, area, ResidentFixture.DAY)) ? 1 : 0;
    }
    System.out.printf(java.util.Locale.ROOT, "%n[services] %d residents, %d eligible for chronic-medicine delivery in a medium-risk area%n",
        residents.length, chronic);
  }

  /** Trait mask and service mask of a million residents. */
  @Benchmark
  @OperationsPerInvocation(MILLION)
  public long hotPath() {
    long acc = 0;
    int flags = rules.areaFlags(area, ResidentFixture.DAY);
    for (Resident r : residents) {
      acc += ServiceEligibility.decide(rules.traits(r, ResidentFixture.DAY), flags);
    }
    return acc;
  }

  /** Trait mask, service mask and dispatch priority of a million residents. */
  @Benchmark
  @OperationsPerInvocation(MILLION)
  public long hotPathWithPriority() {
    long acc = 0;
    int flags = rules.areaFlags(area, ResidentFixture.DAY);
    for (Resident r : residents) {
      long traits = rules.traits(r, ResidentFixture.DAY);
      acc += ServiceEligibility.decide(traits, flags);
      acc += rules.priority(r, ResidentFixture.DAY, traits).vulnerabilities();
    }
    return acc;
  }

  /** Service lists of a village of 2,000 residents. */
  @Benchmark
  @OperationsPerInvocation(VILLAGE)
  public VillageServicePlan villagePlan() {
    return planner.plan(villageDay, village);
  }

  /** Explained eligibility of 10,000 residents. */
  @Benchmark
  @OperationsPerInvocation(EXPLAINED)
  public int explain() {
    int acc = 0;
    for (int i = 0; i < EXPLAINED; i++) {
      ResidentEligibility e = rules.explain(residents[i], area, ResidentFixture.DAY);
      acc += e.services().size();
    }
    return acc;
  }
}
