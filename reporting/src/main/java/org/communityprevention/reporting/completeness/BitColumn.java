package org.communityprevention.reporting.completeness;

/**
 * An immutable set of unit ordinals {@code [0, size)} for one day and one measure (received, late, figures,
 * expected). Stored either as a plain bitset ({@code long[]}, one bit per unit) or, when the set or its complement is
 * sparse, as variable-length gaps between positions; {@link #compact} picks the smaller. Counting any contiguous
 * ordinal range, i.e. any division's subtree, needs no per-unit work: {@link Long#bitCount} over the words of a
 * bitset, or two rank look-ups in a gap list.
 */
abstract class BitColumn {
  /** Below this share of set (or cleared) bits the gap encoding is tried. */
  private static final int SPARSE_DIVISOR = 6;

  final int size;

  BitColumn(int size) {
    this.size = size;
  }

  /** The universe size (number of unit ordinals). */
  final int size() {
    return size;
  }

  /** The number of set ordinals. */
  abstract int cardinality();

  /** Whether an ordinal is set. */
  abstract boolean get(int ordinal);

  /** The number of set ordinals in {@code [from, to)}. */
  abstract int count(int from, int to);

  /**
   * Adds this column to per-unit counters: on return, {@code counts[i] + base} has grown by one for every set
   * ordinal {@code i}, where {@code base} is the return value (0 or 1). Work is proportional to the smaller of the
   * set and the cleared ordinals, so a nearly full column costs as little as a nearly empty one.
   */
  abstract int accumulate(int[] counts);

  /** ORs this column into a bitset of {@code (size + 63) / 64} words. */
  abstract void orInto(long[] words);

  /** Bytes held, array headers included. */
  abstract long memoryBytes();

  /** The compact form of a bitset of {@code size} bits: dense, or gaps of set or cleared bits, whichever is smaller. */
  static BitColumn compact(long[] words, int size) {
    int card = 0;
    for (long w : words) {
      card += Long.bitCount(w);
    }
    BitColumn best = null;
    if (card <= size / SPARSE_DIVISOR) {
      best = GapColumn.of(words, size, card, false);
    } else if (size - card <= size / SPARSE_DIVISOR) {
      best = GapColumn.of(words, size, size - card, true);
    }
    long denseBytes = DenseColumn.bytesFor(size);
    if (best != null && best.memoryBytes() < denseBytes) {
      return best;
    }
    return new DenseColumn(words.clone(), size, card);
  }

  /** A bitset of a size with every bit clear. */
  static long[] words(int size) {
    return new long[(size + 63) >>> 6];
  }
}
