package org.communityprevention.benchmarks.population;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.DayClassifier;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ResidentTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classifying a realistic mix of 10 million residents on one day, single-threaded, on the hot path (a category mask
 * per resident, manual decisions applied). Each operation is one resident. The table is built from 100,000 distinct
 * residents drawn at random, so rows differ in their facts and memory is read as a real table would be.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ClassifyBenchmark {
  static final int ROWS = 10_000_000;
  static final int DISTINCT = 100_000;

  private PopulationClassifier classifier;
  private DayClassifier day;
  private ResidentTable table;
  private List<PersonFacts> pool;
  private PersonFacts closeContact;

  /** Builds the table. */
  @Setup(Level.Trial)
  public void setUp() {
    classifier = PopulationClassifier.of(NationalBaselines.byId("ed7-2020"));
    day = classifier.on(ResidentMix.AS_OF);
    pool = ResidentMix.residents(DISTINCT, 20_210_130L);
    SplittableRandom r = new SplittableRandom(7);
    ResidentTable.Builder b = new ResidentTable.Builder(ROWS);
    for (int i = 0; i < ROWS; i++) {
      b.add(pool.get(r.nextInt(DISTINCT)));
    }
    table = b.build();
    closeContact = pool.stream().filter(f -> !f.contactExposures().isEmpty()).findFirst().orElseThrow();
  }

  /** Hot path over the 10-million-row table: one operation is one resident. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long tenMillionResidents() {
    long acc = 0;
    for (int row = 0; row < ROWS; row++) {
      acc += day.effectiveMask(table, row);
    }
    return acc;
  }

  /** Hot path over the 100,000 distinct {@link PersonFacts} objects: one operation is one resident. */
  @Benchmark
  @OperationsPerInvocation(DISTINCT)
  public long personFactsHotPath() {
    long acc = 0;
    for (int i = 0; i < DISTINCT; i++) {
      acc += day.effectiveMask(pool.get(i));
    }
    return acc;
  }

  /** The explaining path for one close contact: windows, plan, phase, test days and reasons. */
  @Benchmark
  public Classification explainOneCloseContact() {
    return classifier.classify(closeContact, ResidentMix.AS_OF);
  }
}
