package org.communityprevention.reporting.completeness;

import java.util.Arrays;

/**
 * A {@link BitColumn} as the sorted positions of its set bits (or, when {@code complement}, of its cleared bits),
 * each stored as the gap from the previous position in a variable-length byte code (7 bits per byte). A skip entry
 * every {@value #SKIP} positions makes a rank look-up cost one binary search and at most that many decodes.
 */
final class GapColumn extends BitColumn {
  static final int SKIP = 64;

  private final byte[] gaps;
  private final int length;
  private final boolean complement;
  /** Position of every SKIP-th listed element (element index k * SKIP). */
  private final int[] skipPosition;
  /** Byte offset of every SKIP-th listed element. */
  private final int[] skipOffset;

  private GapColumn(int size, byte[] gaps, int length, boolean complement, int[] skipPosition, int[] skipOffset) {
    super(size);
    this.gaps = gaps;
    this.length = length;
    this.complement = complement;
    this.skipPosition = skipPosition;
    this.skipOffset = skipOffset;
  }

  /** Encodes the set bits of {@code words} (or the cleared ones within {@code size}), {@code count} of them. */
  static GapColumn of(long[] words, int size, int count, boolean complement) {
    byte[] out = new byte[Math.max(16, count + count / 4)];
    int[] skipPos = new int[(count + SKIP - 1) / SKIP];
    int[] skipOff = new int[skipPos.length];
    int len = 0;
    int k = 0;
    int prev = -1;
    for (int w = 0; w < words.length; w++) {
      long bits = complement ? ~words[w] : words[w];
      if (w == words.length - 1 && (size & 63) != 0) {
        bits &= -1L >>> -size;
      }
      while (bits != 0) {
        int p = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (k % SKIP == 0) {
          skipPos[k / SKIP] = p;
          skipOff[k / SKIP] = len;
        }
        if (len + 5 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        int g = p - prev - 1;
        while ((g & ~0x7F) != 0) {
          out[len++] = (byte) ((g & 0x7F) | 0x80);
          g >>>= 7;
        }
        out[len++] = (byte) g;
        prev = p;
        k++;
      }
    }
    return new GapColumn(size, Arrays.copyOf(out, len), k, complement, skipPos, skipOff);
  }

  /** The number of listed positions below {@code x}. */
  private int rank(int x) {
    if (length == 0 || x <= skipPosition[0]) {
      return 0;
    }
    int block = Arrays.binarySearch(skipPosition, x);
    block = block >= 0 ? block - 1 : -block - 2;
    if (block < 0) {
      return 0;
    }
    int k = block * SKIP;
    int off = skipOffset[block];
    int p = -1;
    // Decode from the block's first element; its own gap is relative to the previous block, so skip it.
    boolean firstOfBlock = true;
    while (k < length) {
      int g = 0;
      int shift = 0;
      byte b;
      do {
        b = gaps[off++];
        g |= (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      p = firstOfBlock ? skipPosition[block] : p + g + 1;
      firstOfBlock = false;
      if (p >= x) {
        return k;
      }
      k++;
    }
    return k;
  }

  @Override
  int cardinality() {
    return complement ? size - length : length;
  }

  @Override
  boolean get(int i) {
    boolean listed = rank(i + 1) - rank(i) == 1;
    return listed != complement;
  }

  @Override
  int count(int from, int to) {
    if (from >= to) {
      return 0;
    }
    int listed = rank(to) - rank(from);
    return complement ? (to - from) - listed : listed;
  }

  @Override
  int accumulate(int[] counts) {
    int delta = complement ? -1 : 1;
    int off = 0;
    int p = -1;
    for (int k = 0; k < length; k++) {
      int g = 0;
      int shift = 0;
      byte b;
      do {
        b = gaps[off++];
        g |= (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      p += g + 1;
      counts[p] += delta;
    }
    return complement ? 1 : 0;
  }

  @Override
  void orInto(long[] words) {
    if (complement) {
      long[] listed = new long[words.length];
      forEachListed(listed);
      for (int w = 0; w < words.length; w++) {
        long bits = ~listed[w];
        if (w == words.length - 1 && (size & 63) != 0) {
          bits &= -1L >>> -size;
        }
        words[w] |= bits;
      }
    } else {
      forEachListed(words);
    }
  }

  private void forEachListed(long[] words) {
    int off = 0;
    int p = -1;
    for (int k = 0; k < length; k++) {
      int g = 0;
      int shift = 0;
      byte b;
      do {
        b = gaps[off++];
        g |= (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      p += g + 1;
      words[p >>> 6] |= 1L << p;
    }
  }

  @Override
  long memoryBytes() {
    return 16L + gaps.length + 2 * (16L + 4L * skipPosition.length) + 40;
  }
}
