package org.communityprevention.core.population;

/**
 * A running count of residents per category and per track (统计累加器), fed with category masks from the hot path;
 * it allocates nothing per resident. Tallies of partitions merge, so the same counting runs on one village, on a
 * stream, or on the partitions of a Flink, Spark or Kafka Streams job. Not thread-safe: use one per thread and
 * {@link #merge} them.
 */
public final class CategoryTally {
  private static final long[] TRACK_MASKS = new long[Track.values().length];

  static {
    for (Track t : Track.values()) {
      TRACK_MASKS[t.ordinal()] = Category.maskOf(t);
    }
  }

  private final long[] perCategory = new long[Category.values().length];
  private final long[] perTrack = new long[Track.values().length];
  private long residents;
  private long disagreements;

  /** An empty tally. */
  public CategoryTally() {}

  /**
   * Counts one resident.
   *
   * @param automatic the categories the rules put the resident in
   * @param effective the categories that count after the manual decisions
   */
  public void add(long automatic, long effective) {
    residents++;
    if (automatic != effective) {
      disagreements++;
    }
    for (long m = effective; m != 0; m &= m - 1) {
      perCategory[Long.numberOfTrailingZeros(m)]++;
    }
    if (effective != 0) {
      for (int t = 0; t < TRACK_MASKS.length; t++) {
        if ((effective & TRACK_MASKS[t]) != 0) {
          perTrack[t]++;
        }
      }
    }
  }

  /** Adds another tally's counts to this one and returns this one. */
  public CategoryTally merge(CategoryTally other) {
    residents += other.residents;
    disagreements += other.disagreements;
    for (int i = 0; i < perCategory.length; i++) {
      perCategory[i] += other.perCategory[i];
    }
    for (int i = 0; i < perTrack.length; i++) {
      perTrack[i] += other.perTrack[i];
    }
    return this;
  }

  /** Residents counted so far. */
  public long residents() {
    return residents;
  }

  /** The counts so far, as an immutable value. */
  public CategoryCounts toCounts() {
    return CategoryCounts.of(residents, perCategory, perTrack, disagreements);
  }
}
