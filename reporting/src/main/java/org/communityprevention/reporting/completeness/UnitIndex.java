package org.communityprevention.reporting.completeness;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.OptionalInt;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.reporting.registry.UnitRegistry;

/**
 * The ordinals of the reporting units (单位序号) and the division nodes above them. Units are sorted by their 12-digit
 * code, so every division's subtree is one contiguous ordinal range {@code [from, to)}; at each level the nodes
 * partition the ordinals in code order. Built once per registry in linear time.
 */
public final class UnitIndex {
  private static final DivisionLevel[] LEVELS = DivisionLevel.values();

  private final long[] codes;
  /** Per level (province … township): node codes, sorted. */
  private final long[][] nodeCodes;
  /** Per level: node start ordinals, with a final entry equal to the unit count. */
  private final int[][] nodeStarts;

  private UnitIndex(long[] codes) {
    this.codes = codes;
    int levels = LEVELS.length - 1;
    this.nodeCodes = new long[levels][];
    this.nodeStarts = new int[levels][];
    for (int l = 0; l < levels; l++) {
      DivisionLevel level = LEVELS[l];
      long span = spanOf(level);
      long[] nc = new long[codes.length];
      int[] ns = new int[codes.length + 1];
      int k = 0;
      long current = -1;
      for (int i = 0; i < codes.length; i++) {
        long node = codes[i] - codes[i] % span;
        if (node != current) {
          nc[k] = node;
          ns[k] = i;
          k++;
          current = node;
        }
      }
      ns[k] = codes.length;
      nodeCodes[l] = Arrays.copyOf(nc, k);
      nodeStarts[l] = Arrays.copyOf(ns, k + 1);
    }
  }

  /** The index of every unit ever in a registry, sorted by code. */
  public static UnitIndex of(UnitRegistry registry) {
    return new UnitIndex(registry.codesAsLongs());
  }

  /** The index of village-level codes given as sorted, distinct numbers (for callers without a registry). */
  public static UnitIndex ofSortedCodes(long[] sortedVillageCodes) {
    long[] c = sortedVillageCodes.clone();
    for (int i = 0; i < c.length; i++) {
      DivisionCode code = DivisionCode.ofLong(c[i]);
      if (code.level() != DivisionLevel.VILLAGE || (i > 0 && c[i] <= c[i - 1])) {
        throw new IllegalArgumentException("codes must be distinct village codes in ascending order at " + i);
      }
    }
    return new UnitIndex(c);
  }

  private static long spanOf(DivisionLevel level) {
    switch (level) {
      case PROVINCE:
        return 10_000_000_000L;
      case PREFECTURE:
        return 100_000_000L;
      case COUNTY:
        return 1_000_000L;
      case TOWNSHIP:
        return 1_000L;
      default:
        return 1L;
    }
  }

  /** The number of units (ordinals run from 0 to this, exclusive). */
  public int size() {
    return codes.length;
  }

  /** The code of the unit with an ordinal. */
  public DivisionCode code(int ordinal) {
    return DivisionCode.ofLong(codes[ordinal]);
  }

  /** The ordinal of a unit, if indexed. */
  public OptionalInt ordinal(DivisionCode unit) {
    int i = Arrays.binarySearch(codes, unit.asLong());
    return i >= 0 ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /** The first ordinal of a division's subtree. */
  public int from(DivisionCode node) {
    return lowerBound(node.asLong());
  }

  /** The ordinal after a division's subtree. */
  public int to(DivisionCode node) {
    return lowerBound(node.subtreeEndExclusive());
  }

  /** The number of nodes at a level above the village (villages: {@link #size()}). */
  public int nodeCount(DivisionLevel level) {
    return level == DivisionLevel.VILLAGE ? codes.length : nodeCodes[level.ordinal()].length;
  }

  /** The node codes at a level, sorted. */
  public ImmutableList<DivisionCode> nodes(DivisionLevel level) {
    long[] src = level == DivisionLevel.VILLAGE ? codes : nodeCodes[level.ordinal()];
    ImmutableList.Builder<DivisionCode> out = ImmutableList.builderWithExpectedSize(src.length);
    for (long c : src) {
      out.add(DivisionCode.ofLong(c));
    }
    return out.build();
  }

  /** The position of a node among its level's nodes, or -1. */
  int nodePosition(DivisionCode node) {
    long[] level = node.level() == DivisionLevel.VILLAGE ? codes : nodeCodes[node.level().ordinal()];
    int i = Arrays.binarySearch(level, node.asLong());
    return i >= 0 ? i : -1;
  }

  /** Node start ordinals at a level above the village, with a final entry equal to {@link #size()}. */
  int[] starts(DivisionLevel level) {
    return nodeStarts[level.ordinal()];
  }

  long nodeCode(DivisionLevel level, int position) {
    return level == DivisionLevel.VILLAGE ? codes[position] : nodeCodes[level.ordinal()][position];
  }

  private int lowerBound(long key) {
    int lo = 0;
    int hi = codes.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (codes[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return "UnitIndex{" + codes.length + " units}";
  }
}
