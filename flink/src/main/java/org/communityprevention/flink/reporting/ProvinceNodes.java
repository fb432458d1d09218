package org.communityprevention.flink.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communityprevention.reporting.registry.ReportingUnit;
import org.communityprevention.reporting.registry.UnitRegistry;

/**
 * The division nodes of one province of the register (省内区划节点), province to village in row order, and how many
 * units owe a report under each node on a day. Which units owe a report comes from the library
 * ({@link ReportingUnit#isExpectedOn}); a node is every division above or at a unit ever in the register, as in the
 * library's completeness table. Registers change on few dates, so the expected counts are computed once per stretch
 * of days between changes and kept while recently used. Built once per province when the roll-up opens; not
 * thread-safe.
 */
final class ProvinceNodes {
  /** Subtree spans of the levels above the village, top down: province, prefecture, county, township. */
  static final long[] UPPER_SPANS = {10_000_000_000L, 100_000_000L, 1_000_000L, 1_000L};
  private static final int KEPT_STRETCHES = 64;

  private final List<ReportingUnit> units;
  private final long[] codes;
  private final int villagesFrom;
  private final Map<Long, Integer> positions;
  private final long[] changeDays;
  /** Recently used stretches only: a stream asks about the days it holds (weeks), not the register's whole past. */
  private final Map<Integer, long[]> expectedByStretch = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, long[]> eldest) {
      return size() > KEPT_STRETCHES;
    }
  };

  private ProvinceNodes(List<ReportingUnit> units) {
    this.units = units;
    List<TreeSet<Long>> levels = new ArrayList<>();
    for (int l = 0; l <= UPPER_SPANS.length; l++) {
      levels.add(new TreeSet<>());
    }
    TreeSet<Long> changes = new TreeSet<>();
    for (ReportingUnit u : units) {
      long c = u.code().asLong();
      for (int l = 0; l < UPPER_SPANS.length; l++) {
        levels.get(l).add(c - c % UPPER_SPANS[l]);
      }
      levels.get(UPPER_SPANS.length).add(c);
      changes.add(u.opened().toEpochDay());
      u.closedOn().ifPresent(d -> changes.add(d.toEpochDay()));
    }
    int n = levels.stream().mapToInt(TreeSet::size).sum();
    this.codes = new long[n];
    this.positions = new HashMap<>(n * 2);
    int p = 0;
    int villages = 0;
    for (int l = 0; l < levels.size(); l++) {
      if (l == UPPER_SPANS.length) {
        villages = p;
      }
      for (long c : levels.get(l)) {
        codes[p] = c;
        positions.put(c, p);
        p++;
      }
    }
    this.villagesFrom = villages;
    this.changeDays = changes.stream().mapToLong(Long::longValue).toArray();
  }

  /** The nodes of every province of a register, by two-digit province prefix. */
  static Map<Integer, ProvinceNodes> of(UnitRegistry registry) {
    Map<Integer, List<ReportingUnit>> byProvince = new TreeMap<>();
    for (ReportingUnit u : registry.units()) {
      byProvince.computeIfAbsent((int) (u.code().asLong() / UPPER_SPANS[0]), k -> new ArrayList<>()).add(u);
    }
    Map<Integer, ProvinceNodes> out = new HashMap<>();
    byProvince.forEach((province, units) -> out.put(province, new ProvinceNodes(units)));
    return out;
  }

  /** The number of nodes, province to village. */
  int size() {
    return codes.length;
  }

  /** The code of the node at a position (row order: by level top down, then by code). */
  long code(int position) {
    return codes[position];
  }

  /** Whether the node at a position is a unit (village level), whose counts are its own outcome. */
  boolean isUnit(int position) {
    return position >= villagesFrom;
  }

  /** The position of a node, or -1 when no unit of the register lies under it. */
  int position(long code) {
    Integer p = positions.get(code);
    return p == null ? -1 : p;
  }

  /** The unit-days owed under each node on a day, by position. Shared: do not change it. */
  long[] expected(long epochDay) {
    int stretch = Arrays.binarySearch(changeDays, epochDay);
    int key = stretch >= 0 ? stretch + 1 : -stretch - 1;
    return expectedByStretch.computeIfAbsent(key, k -> count(LocalDate.ofEpochDay(epochDay)));
  }

  private long[] count(LocalDate day) {
    long[] e = new long[codes.length];
    for (ReportingUnit u : units) {
      if (u.isExpectedOn(day)) {
        long c = u.code().asLong();
        e[positions.get(c)]++;
        for (long span : UPPER_SPANS) {
          e[positions.get(c - c % span)]++;
        }
      }
    }
    return e;
  }
}
