package org.communityprevention.reporting.completeness;

import com.google.common.collect.ImmutableList;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.time.DateWindow;

/**
 * The report counts of every node of the tree, village to province, and of the country, over one window
 * (全国各级报告完整性). Village counts are accumulated from the day columns with work proportional to the exceptions
 * (missing, late, figures); each level above is the sum of its children, so counts add up at every node by
 * construction. Built by {@link Presence#table}.
 */
public final class CompletenessTable {
  private static final DivisionLevel[] UPPER = {DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY,
      DivisionLevel.PREFECTURE, DivisionLevel.PROVINCE};
  private static final int EXPECTED = 0;
  private static final int RECEIVED = 1;
  private static final int LATE = 2;
  private static final int FIGURES = 3;

  private final UnitIndex index;
  private final DateWindow window;
  /** Per measure: per village ordinal. */
  private final int[][] villages;
  /** Per level ordinal (province … township), per measure: per node. */
  private final long[][][] upper;
  private final long[] national;

  private CompletenessTable(UnitIndex index, DateWindow window, int[][] villages, long[][][] upper,
      long[] national) {
    this.index = index;
    this.window = window;
    this.villages = villages;
    this.upper = upper;
    this.national = national;
  }

  static CompletenessTable of(Presence presence, DateWindow over) {
    UnitIndex index = presence.index();
    int n = index.size();
    int first = presence.offset(over);
    int[][] v = new int[4][n];
    int[] base = new int[4];
    for (int d = first; d < first + over.days(); d++) {
      DayColumns c = presence.day(d);
      base[EXPECTED] += c.expected.accumulate(v[EXPECTED]);
      base[RECEIVED] += c.received.accumulate(v[RECEIVED]);
      base[LATE] += c.late.accumulate(v[LATE]);
      base[FIGURES] += c.figures.accumulate(v[FIGURES]);
    }
    for (int m = 0; m < 4; m++) {
      int b = base[m];
      if (b != 0) {
        int[] a = v[m];
        for (int i = 0; i < n; i++) {
          a[i] += b;
        }
      }
    }
    long[][][] upper = new long[DivisionLevel.VILLAGE.ordinal()][][];
    // Townships sum their villages; every level above sums the level below (parents sum their children).
    int[] childStarts = null;
    long[][] child = null;
    for (DivisionLevel level : UPPER) {
      int[] starts = index.starts(level);
      int nodes = starts.length - 1;
      long[][] sums = new long[4][nodes];
      for (int m = 0; m < 4; m++) {
        long[] out = sums[m];
        if (child == null) {
          int[] a = v[m];
          for (int k = 0; k < nodes; k++) {
            long s = 0;
            for (int i = starts[k]; i < starts[k + 1]; i++) {
              s += a[i];
            }
            out[k] = s;
          }
        } else {
          long[] a = child[m];
          int j = 0;
          for (int k = 0; k < nodes; k++) {
            long s = 0;
            while (j < a.length && childStarts[j] < starts[k + 1]) {
              s += a[j++];
            }
            out[k] = s;
          }
        }
      }
      upper[level.ordinal()] = sums;
      child = sums;
      childStarts = starts;
    }
    long[] national = new long[4];
    for (int m = 0; m < 4; m++) {
      for (long x : child[m]) {
        national[m] += x;
      }
    }
    return new CompletenessTable(index, over, v, upper, national);
  }

  /** The window counted. */
  public DateWindow window() {
    return window;
  }

  /** The counts of the whole country. */
  public CompletenessCounts national() {
    return CompletenessCounts.of(national[EXPECTED], national[RECEIVED], national[LATE], national[FIGURES]);
  }

  /** The counts of a node at any level; a node without units has no unit-days ({@link CompletenessCounts#none}). */
  public CompletenessCounts counts(DivisionCode node) {
    int p = index.nodePosition(node);
    return p < 0 ? CompletenessCounts.none() : counts(node.level(), p);
  }

  private CompletenessCounts counts(DivisionLevel level, int p) {
    if (level == DivisionLevel.VILLAGE) {
      return CompletenessCounts.of(villages[EXPECTED][p], villages[RECEIVED][p], villages[LATE][p],
          villages[FIGURES][p]);
    }
    long[][] s = upper[level.ordinal()];
    return CompletenessCounts.of(s[EXPECTED][p], s[RECEIVED][p], s[LATE][p], s[FIGURES][p]);
  }

  /** The number of nodes at a level. */
  public int nodeCount(DivisionLevel level) {
    return index.nodeCount(level);
  }

  /** Every node of a level with its counts, sorted by code. */
  public ImmutableList<NodeCompleteness> rows(DivisionLevel level) {
    int nodes = index.nodeCount(level);
    ImmutableList.Builder<NodeCompleteness> out = ImmutableList.builderWithExpectedSize(nodes);
    for (int p = 0; p < nodes; p++) {
      out.add(NodeCompleteness.of(DivisionCode.ofLong(index.nodeCode(level, p)), window, counts(level, p)));
    }
    return out.build();
  }

  /** The expected unit-days of the node at a position of a level (allocation-free access for bulk readers). */
  public long expected(DivisionLevel level, int position) {
    return level == DivisionLevel.VILLAGE ? villages[EXPECTED][position] : upper[level.ordinal()][EXPECTED][position];
  }

  /** The received unit-days of the node at a position of a level. */
  public long received(DivisionLevel level, int position) {
    return level == DivisionLevel.VILLAGE ? villages[RECEIVED][position] : upper[level.ordinal()][RECEIVED][position];
  }

  @Override
  public String toString() {
    return "CompletenessTable{" + window + ", national " + national() + "}";
  }
}
