package org.communityprevention.core.division;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * An immutable code table (区划代码表): divisions sorted by code, where every division's parent is present. Because
 * numeric code order is a pre-order of the tree, every subtree is a contiguous slice of {@link #divisions()} and
 * the villages and communities of any node are a contiguous slice of {@link #villages()}; lookups are binary
 * searches and slices are views.
 *
 * <p>The {@linkplain #ordinal(DivisionCode) ordinal} of a village is its index among the villages: a per-day bitset
 * over ordinals gives the completeness of any node by counting the bits in {@link #villageOrdinalRange}.
 *
 * <p>JSON form: {@code {"divisions": [...]}}, sorted by code.
 */
public final class DivisionTree {
  /** Violation code: a division whose parent is not in the tree. */
  public static final String MISSING_PARENT = "core.division.missing_parent";
  /** Violation code: two divisions with the same code. */
  public static final String DUPLICATE_CODE = "core.division.duplicate_code";

  private final ImmutableList<Division> divisions;
  private final long[] codes;
  private final ImmutableList<Division> villages;
  private final long[] villageCodes;

  private DivisionTree(Division[] sorted) {
    this.divisions = ImmutableList.copyOf(sorted);
    this.codes = new long[sorted.length];
    int villageCount = 0;
    for (int i = 0; i < sorted.length; i++) {
      codes[i] = sorted[i].code().asLong();
      if (sorted[i].level() == DivisionLevel.VILLAGE) {
        villageCount++;
      }
    }
    this.villageCodes = new long[villageCount];
    ImmutableList.Builder<Division> v = ImmutableList.builderWithExpectedSize(villageCount);
    int j = 0;
    for (Division d : sorted) {
      if (d.level() == DivisionLevel.VILLAGE) {
        villageCodes[j++] = d.code().asLong();
        v.add(d);
      }
    }
    this.villages = v.build();
  }

  /**
   * Builds a tree (区划树) from divisions in any order. Sorting is the only super-linear step; the parent check is
   * one pass over the sorted codes.
   *
   * @throws ValidationException listing every problem, each at {@code divisions[i].code} (the index in the input's
   *     iteration order): {@value #DUPLICATE_CODE} for each repeated code, {@value #MISSING_PARENT} for each
   *     division whose parent is absent. A division is never re-parented.
   */
  public static DivisionTree of(Collection<Division> divisions) {
    Division[] sorted = divisions.toArray(new Division[0]);
    for (int i = 0; i < sorted.length; i++) {
      Preconditions.checkNotNull(sorted[i], "divisions[%s]", i);
    }
    Arrays.sort(sorted, Comparator.comparing(Division::code));
    // Pre-order walk: the stack holds the ancestors of the current division that are present.
    DivisionCode[] stack = new DivisionCode[DivisionLevel.values().length];
    int depth = 0;
    Set<Long> duplicates = null;
    Set<Long> orphans = null;
    for (int i = 0; i < sorted.length; i++) {
      DivisionCode code = sorted[i].code();
      if (i > 0 && sorted[i - 1].code().equals(code)) {
        duplicates = addTo(duplicates, code.asLong());
        continue;
      }
      while (depth > 0 && !stack[depth - 1].isAncestorOf(code)) {
        depth--;
      }
      Optional<DivisionCode> parent = code.parent();
      if (parent.isPresent() && (depth == 0 || !stack[depth - 1].equals(parent.get()))) {
        orphans = addTo(orphans, code.asLong());
      }
      stack[depth++] = code;
    }
    if (duplicates != null || orphans != null) {
      throw new ValidationException(violations(divisions, duplicates, orphans));
    }
    return new DivisionTree(sorted);
  }

  @JsonCreator
  static DivisionTree fromJson(@JsonProperty(value = "divisions", required = true) List<Division> divisions) {
    return of(divisions);
  }

  private static Set<Long> addTo(Set<Long> set, long code) {
    Set<Long> out = set == null ? new HashSet<>() : set;
    out.add(code);
    return out;
  }

  private static List<Violation> violations(Collection<Division> input, Set<Long> duplicates, Set<Long> orphans) {
    List<Violation> out = new ArrayList<>();
    Map<Long, Integer> firstIndex = new HashMap<>();
    int i = 0;
    for (Division d : input) {
      long c = d.code().asLong();
      String field = "divisions[" + i + "].code";
      Integer first = firstIndex.putIfAbsent(c, i);
      if (first != null) {
        if (duplicates != null && duplicates.contains(c)) {
          out.add(Violation.of(field, DUPLICATE_CODE, "code", d.code(), "first", first));
        }
      } else if (orphans != null && orphans.contains(c)) {
        DivisionCode parent = d.code().parent().orElseThrow();
        out.add(Violation.of(field, MISSING_PARENT, "code", d.code(), "parent", parent,
            "parentLevel", parent.level().code(), "parentLevelZh", parent.level().chinese()));
      }
      i++;
    }
    return out;
  }

  /** Every division (区划), sorted by code. */
  @JsonProperty("divisions")
  public ImmutableList<Division> divisions() {
    return divisions;
  }

  /** The villages and communities (村/社区), sorted by code; a village's index here is its ordinal. */
  public ImmutableList<Division> villages() {
    return villages;
  }

  /** The number of divisions. */
  public int size() {
    return divisions.size();
  }

  /** Whether the tree holds a division with this code. */
  public boolean contains(DivisionCode code) {
    return Arrays.binarySearch(codes, code.asLong()) >= 0;
  }

  /** The division with this code, if the tree holds it. */
  public Optional<Division> get(DivisionCode code) {
    int i = Arrays.binarySearch(codes, code.asLong());
    return i >= 0 ? Optional.of(divisions.get(i)) : Optional.empty();
  }

  /**
   * The direct children (下级区划) of a code, sorted; empty if the code is not in the tree. Runs in time
   * proportional to the number of children times the logarithm of the tree size.
   */
  public ImmutableList<Division> children(DivisionCode code) {
    int end = lowerBound(codes, 0, codes.length, code.subtreeEndExclusive());
    int i = lowerBound(codes, 0, end, code.asLong() + 1);
    ImmutableList.Builder<Division> out = ImmutableList.builder();
    while (i < end) {
      Division child = divisions.get(i);
      out.add(child);
      i = lowerBound(codes, i + 1, end, child.code().subtreeEndExclusive());
    }
    return out.build();
  }

  /**
   * The strict descendants (所有下级区划) of a code: a contiguous, sorted slice of {@link #divisions()}, returned as
   * a view in logarithmic time. The code itself is not included.
   */
  public ImmutableList<Division> descendants(DivisionCode code) {
    int from = lowerBound(codes, 0, codes.length, code.asLong() + 1);
    int to = lowerBound(codes, from, codes.length, code.subtreeEndExclusive());
    return divisions.subList(from, to);
  }

  /**
   * The villages and communities (村/社区) in a code's subtree, including the code itself if it is one: a
   * contiguous, sorted slice of {@link #villages()}, returned as a view in logarithmic time.
   */
  public ImmutableList<Division> villagesUnder(DivisionCode code) {
    Range<Integer> r = villageOrdinalRange(code);
    return villages.subList(r.lowerEndpoint(), r.upperEndpoint());
  }

  /**
   * The ordinals of the villages and communities in a code's subtree, as a half-open range {@code [from, to)}: count
   * a per-village bitset in this range to count a node. Empty (with equal bounds) if there are none.
   */
  public Range<Integer> villageOrdinalRange(DivisionCode code) {
    int from = lowerBound(villageCodes, 0, villageCodes.length, code.asLong());
    int to = lowerBound(villageCodes, from, villageCodes.length, code.subtreeEndExclusive());
    return Range.closedOpen(from, to);
  }

  /** The number of villages and communities in the tree; ordinals run from 0 to this, exclusive. */
  public int villageCount() {
    return villages.size();
  }

  /** The ordinal (序号) of a village or community: its index in {@link #villages()}; empty if it is not one. */
  public OptionalInt ordinal(DivisionCode code) {
    int i = Arrays.binarySearch(villageCodes, code.asLong());
    return i >= 0 ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /** The village or community with an ordinal. */
  public Division village(int ordinal) {
    return villages.get(ordinal);
  }

  private static int lowerBound(long[] a, int from, int to, long key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionTree && ((DivisionTree) o).divisions.equals(divisions);
  }

  @Override
  public int hashCode() {
    return divisions.hashCode();
  }

  @Override
  public String toString() {
    return "DivisionTree{" + divisions.size() + " divisions, " + villages.size() + " villages}";
  }
}
