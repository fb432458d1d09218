package org.communityprevention.core.population;

import java.time.LocalDate;

/**
 * Periodic testing of cold-chain workers (冷链从业人员定期检测, §2.3): a test is due on the first day of the work and then
 * {@code population.coldChainTestIntervalDays} after each test taken, so a late test moves the schedule rather than
 * leaving a test owed for every missed day.
 */
public final class ColdChainSchedule {
  private ColdChainSchedule() {}

  /**
   * The day the next test is due, from the tests taken before the as-of date: on or before the as-of date when one
   * is due today or overdue. A test taken on the as-of date itself does not change whether one was due that day.
   *
   * @param facts the worker's facts (their test results are read)
   * @param workStart the first day of the cold-chain work
   * @param asOf the as-of date
   * @param intervalDays {@code population.coldChainTestIntervalDays}
   */
  public static LocalDate nextDue(PersonFacts facts, LocalDate workStart, LocalDate asOf, int intervalDays) {
    LocalDate last = null;
    for (TestResult t : facts.testResults()) {
      LocalDate d = t.sampledOn();
      if (!d.isBefore(workStart) && d.isBefore(asOf) && (last == null || d.isAfter(last))) {
        last = d;
      }
    }
    return last == null ? workStart : last.plusDays(intervalDays);
  }
}
