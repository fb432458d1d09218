package org.communityprevention.benchmarks.population;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.population.CategoryCounts;
import org.communityprevention.core.population.CategoryTally;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ResidentTable;
import org.communityprevention.core.population.ledger.PopulationLedger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The population level for one village of 5,000 residents: counts per category, and the full daily ledger. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class VillageBenchmark {
  static final int RESIDENTS = 5_000;

  private PopulationClassifier classifier;
  private List<PersonFacts> residents;
  private ResidentTable table;

  /** Builds the village. */
  @Setup(Level.Trial)
  public void setUp() {
    classifier = PopulationClassifier.of(NationalBaselines.byId("ed7-2020"));
    residents = ResidentMix.residents(RESIDENTS, 44L);
    table = ResidentTable.of(residents);
  }

  /** Counts per category from the village's resident table. */
  @Benchmark
  public CategoryCounts countsFromTable() {
    return classifier.count(table, ResidentMix.AS_OF);
  }

  /** Counts per category straight from the residents' facts. */
  @Benchmark
  public CategoryCounts countsFromFacts() {
    CategoryTally tally = new CategoryTally();
    for (PersonFacts f : residents) {
      classifier.tally(f, ResidentMix.AS_OF, tally);
    }
    return tally.toCounts();
  }

  /** The whole ledger: screening, counts, worker lists and unmanaged findings. */
  @Benchmark
  public PopulationLedger ledger() {
    return PopulationLedger.of(classifier, residents, ResidentMix.AS_OF);
  }
}
