package org.communityprevention.core.population;

import org.communityprevention.core.person.Age;
import java.time.LocalDate;

/**
 * A {@link PopulationClassifier} fixed on one as-of date (按日分类器), for classifying many residents on the same
 * day: the date is converted once, so each call reads only the resident's ints and allocates nothing. Immutable and
 * thread-safe. Get one from {@link PopulationClassifier#on(LocalDate)}.
 */
public final class DayClassifier {
  private final CompiledPolicy policy;
  private final LocalDate asOf;
  private final int day;
  private final int ymd;

  DayClassifier(CompiledPolicy policy, LocalDate asOf) {
    this.policy = policy;
    this.asOf = asOf;
    this.day = CompactFacts.day(asOf);
    this.ymd = Age.ymd(asOf);
  }

  /** The as-of date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The categories the rules put a table row in, as a mask. */
  public long automaticMask(ResidentTable table, int row) {
    return table.automatic(row, day, ymd, policy);
  }

  /** The categories that count for a table row, manual decisions applied, as a mask. */
  public long effectiveMask(ResidentTable table, int row) {
    return table.effective(table.automatic(row, day, ymd, policy), row, day);
  }

  /** The categories the rules put a resident in, as a mask. */
  public long automaticMask(PersonFacts facts) {
    return automatic(facts.compact(), policy, day, ymd);
  }

  /** The categories that count for a resident, manual decisions applied, as a mask. */
  public long effectiveMask(PersonFacts facts) {
    CompactFacts c = facts.compact();
    return effective(c, automatic(c, policy, day, ymd), day);
  }

  /** Adds a resident to a tally and returns the tally. */
  public CategoryTally tally(PersonFacts facts, CategoryTally tally) {
    CompactFacts c = facts.compact();
    long automatic = automatic(c, policy, day, ymd);
    tally.add(automatic, effective(c, automatic, day));
    return tally;
  }

  static long automatic(CompactFacts c, CompiledPolicy policy, int day, int ymd) {
    return Rules.automatic(c.flags, c.birthYmd, c.recordedAge, c.events, 0, c.events.length, day, ymd, policy,
        null);
  }

  static long effective(CompactFacts c, long automatic, int day) {
    return c.events.length == 0 ? automatic : Rules.effective(automatic, c.events, 0, c.events.length, day);
  }

  /** Adds every row of a table to a tally and returns the tally. */
  public CategoryTally tally(ResidentTable table, CategoryTally tally) {
    for (int row = 0, n = table.size(); row < n; row++) {
      long automatic = table.automatic(row, day, ymd, policy);
      tally.add(automatic, table.effective(automatic, row, day));
    }
    return tally;
  }
}
