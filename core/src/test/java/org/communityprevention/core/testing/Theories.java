package org.communityprevention.core.testing;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories entry point of every property in the project: reproducible by default, adjustable from the
 * command line. At least 1,000 examples unless {@code -DQT_EXAMPLES} says otherwise; a fixed seed unless
 * {@code -DQT_SEED} gives one, so CI and mutation testing are deterministic. A failure report ends with
 * {@code Seed was …}, which reproduces it.
 */
public final class Theories {
  /** Examples per property unless {@code QT_EXAMPLES} is set. */
  public static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
  /** The seed unless {@code QT_SEED} is set: the notice's date. */
  public static final long SEED = Long.getLong("QT_SEED", 20_210_130L);

  /**
   * Cases per reference-model property: 10,000 by default; {@code QT_EXAMPLES} above 10,000 (the {@code long}
   * profile's 1,000,000) runs that many, below 1,000 (mutation testing) ten times it.
   */
  public static final int REFERENCE_CASES = Math.max(10 * Math.min(EXAMPLES, 1000), EXAMPLES);

  private Theories() {}

  /** A configured {@link QuickTheory}. */
  public static QuickTheory qt() {
    return QuickTheory.qt().withExamples(EXAMPLES).withFixedSeed(SEED);
  }

  /** A configured {@link QuickTheory} sized for diffing a production path against a reference model. */
  public static QuickTheory reference() {
    return QuickTheory.qt().withExamples(REFERENCE_CASES).withFixedSeed(SEED);
  }

  /** A configured {@link QuickTheory} with fewer examples, for properties whose single example is expensive. */
  public static QuickTheory qt(int examples) {
    return QuickTheory.qt().withExamples(Math.min(examples, EXAMPLES)).withFixedSeed(SEED);
  }
}
