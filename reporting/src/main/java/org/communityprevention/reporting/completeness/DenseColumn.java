package org.communityprevention.reporting.completeness;

/** A {@link BitColumn} as a plain bitset: one bit per unit ordinal. */
final class DenseColumn extends BitColumn {
  private final long[] words;
  private final int cardinality;

  DenseColumn(long[] words, int size, int cardinality) {
    super(size);
    this.words = words;
    this.cardinality = cardinality;
  }

  static long bytesFor(int size) {
    return 16L + 8L * ((size + 63) >>> 6) + 32;
  }

  @Override
  int cardinality() {
    return cardinality;
  }

  @Override
  boolean get(int i) {
    return (words[i >>> 6] & (1L << i)) != 0;
  }

  @Override
  int count(int from, int to) {
    if (from >= to) {
      return 0;
    }
    int fw = from >>> 6;
    int lw = (to - 1) >>> 6;
    long first = -1L << from;
    long last = -1L >>> -to;
    if (fw == lw) {
      return Long.bitCount(words[fw] & first & last);
    }
    int n = Long.bitCount(words[fw] & first);
    for (int w = fw + 1; w < lw; w++) {
      n += Long.bitCount(words[w]);
    }
    return n + Long.bitCount(words[lw] & last);
  }

  @Override
  int accumulate(int[] counts) {
    boolean mostlySet = cardinality > size / 2;
    for (int w = 0; w < words.length; w++) {
      long bits = mostlySet ? ~words[w] : words[w];
      if (w == words.length - 1 && (size & 63) != 0) {
        bits &= -1L >>> -size;
      }
      int base = w << 6;
      while (bits != 0) {
        int i = base + Long.numberOfTrailingZeros(bits);
        counts[i] += mostlySet ? -1 : 1;
        bits &= bits - 1;
      }
    }
    return mostlySet ? 1 : 0;
  }

  @Override
  void orInto(long[] out) {
    for (int w = 0; w < words.length; w++) {
      out[w] |= words[w];
    }
  }

  @Override
  long memoryBytes() {
    return bytesFor(size);
  }
}
