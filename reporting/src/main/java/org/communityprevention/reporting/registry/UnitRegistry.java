package org.communityprevention.reporting.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * The register of reporting units over time (填报单位名录): which village or community owes a daily report on which
 * day. Expected reports are keyed by unit, never by user, so a unit with three filers still owes one report a day,
 * and a unit with none still owes it.
 *
 * <p>Built from dated {@link UnitChange changes} (in any order): a unit owes reports from the day it opens until the
 * day it is closed, merged into another unit or recoded (yearly code revisions retire a code and never reuse it).
 * A report under a retired code is never re-keyed by guessing; {@link #successorOn} tells the caller where the
 * unit went.
 *
 * <p>JSON form: {@code {"changes": [...]}}, sorted by date.
 */
public final class UnitRegistry {
  /** Violation code: a code opened twice or reused after it was retired. */
  public static final String CODE_REUSED = "reporting.registry.code_reused";
  /** Violation code: a change to a unit that is not open on the change's date. */
  public static final String UNIT_NOT_OPEN = "reporting.registry.unit_not_open";
  /** Violation code: a merge into a unit that is not open on the merge date. */
  public static final String SUCCESSOR_NOT_OPEN = "reporting.registry.successor_not_open";

  private static final Comparator<UnitChange> ORDER = Comparator.comparing(UnitChange::date)
      .thenComparing(UnitChange::kind).thenComparing(UnitChange::code)
      .thenComparing(c -> c.name().orElse(""))
      .thenComparing(c -> c.successor().map(DivisionCode::asLong).orElse(-1L));

  private final ImmutableList<UnitChange> changes;
  private final ImmutableList<ReportingUnit> units;
  private final long[] codes;
  private final long[] openedDays;
  private final long[] closedDays;

  private UnitRegistry(ImmutableList<UnitChange> changes, ImmutableList<ReportingUnit> units) {
    this.changes = changes;
    this.units = units;
    int n = units.size();
    this.codes = new long[n];
    this.openedDays = new long[n];
    this.closedDays = new long[n];
    for (int i = 0; i < n; i++) {
      ReportingUnit u = units.get(i);
      codes[i] = u.code().asLong();
      openedDays[i] = u.opened().toEpochDay();
      closedDays[i] = u.closedOn().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    }
  }

  /**
   * Builds the register from changes in any order. Changes on one date apply openings first, then renamings,
   * recodings, merges and closings.
   *
   * @throws ValidationException listing every problem at {@code changes[i]} (input order): {@value #CODE_REUSED},
   *     {@value #UNIT_NOT_OPEN}, {@value #SUCCESSOR_NOT_OPEN}
   */
  public static UnitRegistry of(Collection<UnitChange> changes) {
    List<UnitChange> input = new ArrayList<>(changes);
    Integer[] order = new Integer[input.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(input::get, ORDER));
    Map<DivisionCode, Draft> drafts = new HashMap<>();
    List<Violation> problems = new ArrayList<>();
    for (int idx : order) {
      UnitChange c = input.get(idx);
      String at = "changes[" + idx + "]";
      Draft d = drafts.get(c.code());
      switch (c.kind()) {
        case OPENED:
          if (d != null) {
            problems.add(Violation.of(at + ".code", CODE_REUSED, "code", c.code()));
          } else {
            drafts.put(c.code(), new Draft(c.code(), c.date(), c.name().orElseThrow()));
          }
          break;
        case RENAMED:
          if (d == null || !d.openOn(c.date())) {
            problems.add(notOpen(at, c));
          } else {
            d.names.put(c.date(), c.name().orElseThrow());
          }
          break;
        default:
          if (d == null || !d.openOn(c.date())) {
            problems.add(notOpen(at, c));
            break;
          }
          DivisionCode next = c.successor().orElse(null);
          if (c.kind() == UnitChangeKind.RECODED) {
            if (drafts.containsKey(next)) {
              problems.add(Violation.of(at + ".successor", CODE_REUSED, "code", next));
              break;
            }
            Draft n = new Draft(next, c.date(), d.names.floorEntry(c.date()).getValue());
            n.predecessors.add(c.code());
            drafts.put(next, n);
          } else if (c.kind() == UnitChangeKind.MERGED) {
            Draft into = drafts.get(next);
            if (into == null || !into.openOn(c.date())) {
              problems.add(Violation.of(at + ".successor", SUCCESSOR_NOT_OPEN, "code", next, "date", c.date()));
              break;
            }
            into.predecessors.add(c.code());
          }
          d.closedOn = c.date();
          d.endedBy = c.kind();
          d.successor = next;
          break;
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    input.sort(ORDER);
    ImmutableList<ReportingUnit> units = drafts.values().stream().sorted(Comparator.comparing(x -> x.code))
        .map(Draft::build).collect(ImmutableList.toImmutableList());
    return new UnitRegistry(ImmutableList.copyOf(input), units);
  }

  @JsonCreator
  static UnitRegistry fromJson(@JsonProperty(value = "changes", required = true) List<UnitChange> changes) {
    return of(changes);
  }

  private static Violation notOpen(String at, UnitChange c) {
    return Violation.of(at + ".code", UNIT_NOT_OPEN, "code", c.code(), "date", c.date(), "kind", c.kind());
  }

  /** The changes, sorted by date (the JSON form). */
  @JsonProperty("changes")
  public ImmutableList<UnitChange> changes() {
    return changes;
  }

  /** Every unit that was ever registered, sorted by code. */
  public ImmutableList<ReportingUnit> units() {
    return units;
  }

  /** The unit registered under a code, if any. */
  public Optional<ReportingUnit> get(DivisionCode code) {
    int i = Arrays.binarySearch(codes, code.asLong());
    return i >= 0 ? Optional.of(units.get(i)) : Optional.empty();
  }

  /** Whether the unit under {@code code} owes a report for {@code day} (hot path: a binary search). */
  public boolean isExpected(DivisionCode code, LocalDate day) {
    int i = Arrays.binarySearch(codes, code.asLong());
    if (i < 0) {
      return false;
    }
    long d = day.toEpochDay();
    return d >= openedDays[i] && d < closedDays[i];
  }

  /** The units that owe a report for a day, sorted by code. */
  public ImmutableList<ReportingUnit> expectedOn(LocalDate day) {
    return units.stream().filter(u -> u.isExpectedOn(day)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Where a retired code's duty went by a day: the successor chain of merges and recodings followed to the unit that
   * owes the report on that day; empty if the code is unknown, still open, closed without successor, or its chain
   * ends in a unit that is not open that day.
   */
  public Optional<DivisionCode> successorOn(DivisionCode code, LocalDate day) {
    Optional<ReportingUnit> u = get(code);
    int guard = units.size();
    while (u.isPresent() && !u.get().isExpectedOn(day) && u.get().successor().isPresent() && guard-- > 0) {
      u = get(u.get().successor().get());
    }
    return u.filter(x -> !x.code().equals(code) && x.isExpectedOn(day)).map(ReportingUnit::code);
  }

  /** The number of units ever registered. */
  public int size() {
    return units.size();
  }

  /** The codes of all units as numbers, sorted (a copy). */
  public long[] codesAsLongs() {
    return codes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitRegistry && ((UnitRegistry) o).changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  @Override
  public String toString() {
    return "UnitRegistry{" + units.size() + " units, " + changes.size() + " changes}";
  }

  /** A unit being derived. */
  private static final class Draft {
    final DivisionCode code;
    final LocalDate opened;
    final TreeMap<LocalDate, String> names = new TreeMap<>();
    final TreeSet<DivisionCode> predecessors = new TreeSet<>();
    LocalDate closedOn;
    UnitChangeKind endedBy;
    DivisionCode successor;

    Draft(DivisionCode code, LocalDate opened, String name) {
      this.code = code;
      this.opened = opened;
      names.put(opened, name);
    }

    boolean openOn(LocalDate day) {
      return !day.isBefore(opened) && (closedOn == null || day.isBefore(closedOn));
    }

    ReportingUnit build() {
      ReportingUnit.Builder b = new ReportingUnit.Builder();
      b.code(code).opened(opened).names(names).addAllPredecessors(predecessors);
      if (closedOn != null) {
        b.closedOn(closedOn).endedBy(endedBy);
      }
      if (successor != null) {
        b.successor(successor);
      }
      return b.build();
    }
  }
}
