package org.communityprevention.core.population;

import org.communityprevention.core.person.Age;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * Classifies residents into key-population categories under one policy (重点人群分类器). Immutable and
 * thread-safe; make one per policy and reuse it.
 *
 * <p>Decide on the hot path, explain on demand. {@link #automaticMask} and {@link #effectiveMask} return a bit mask
 * of categories ({@link Category#bit()}); through {@link #on(LocalDate)} (a {@link DayClassifier}) they allocate
 * nothing per resident once the resident's facts have been encoded, which {@link PersonFacts} does once and
 * {@link ResidentTable} does when it is built. {@link #classify} runs the same
 * rule statements with a recorder and returns a {@link Classification} with windows, plans, phases, test days, next
 * actions and reasons. Both come from one definition of each rule, so they cannot disagree.
 *
 * <p>Facts dated after the as-of date are not yet known on that date and do not count. A resident who is not yet
 * born on the as-of date, or older than {@link PersonFacts#MAX_AGE}, cannot be classified on it.
 */
public final class PopulationClassifier {
  private final CompiledPolicy compiled;

  private PopulationClassifier(Policy policy) {
    this.compiled = new CompiledPolicy(Objects.requireNonNull(policy, "policy"));
  }

  /** A classifier for a policy. */
  public static PopulationClassifier of(Policy policy) {
    return new PopulationClassifier(policy);
  }

  /** Classifies one resident on a date under a policy; see {@link #classify(PersonFacts, LocalDate)}. */
  public static Classification classify(PersonFacts facts, LocalDate asOf, Policy policy) {
    return of(policy).classify(facts, asOf);
  }

  /** The policy. */
  public Policy policy() {
    return compiled.policy;
  }

  /**
   * Classifies one resident on a date, with every reason.
   *
   * @throws ValidationException if the resident cannot be classified on the date (see {@link #checkOn})
   */
  public Classification classify(PersonFacts facts, LocalDate asOf) {
    List<Violation> problems = checkOn(facts, asOf);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    CompactFacts c = facts.compact();
    int day = CompactFacts.day(asOf);
    Recorder rec = new Recorder(day, compiled);
    Rules.automatic(c.flags, c.birthYmd, c.recordedAge, c.events, 0, c.events.length, day, Age.ymd(asOf),
        compiled, rec);
    return new Explainer(facts, asOf, compiled, rec).classification();
  }

  /**
   * This classifier fixed on an as-of date, for classifying many residents on that day: the hot path for tables,
   * streams and partitions.
   */
  public DayClassifier on(LocalDate asOf) {
    return new DayClassifier(compiled, asOf);
  }

  /**
   * The categories the rules put a resident in on a date, as a mask; allocates nothing. Does not check the facts
   * against the date: a resident not yet born is in no age category.
   */
  public long automaticMask(PersonFacts facts, LocalDate asOf) {
    return DayClassifier.automatic(facts.compact(), compiled, CompactFacts.day(asOf), Age.ymd(asOf));
  }

  /** The categories that count on a date, manual decisions applied, as a mask; allocates nothing. */
  public long effectiveMask(PersonFacts facts, LocalDate asOf) {
    CompactFacts c = facts.compact();
    int day = CompactFacts.day(asOf);
    return DayClassifier.effective(c, DayClassifier.automatic(c, compiled, day, Age.ymd(asOf)), day);
  }

  /** The categories the rules put a table row in on a date, as a mask; allocates nothing. */
  public long automaticMask(ResidentTable table, int row, LocalDate asOf) {
    return table.automatic(row, CompactFacts.day(asOf), Age.ymd(asOf), compiled);
  }

  /** The categories that count for a table row on a date, manual decisions applied; allocates nothing. */
  public long effectiveMask(ResidentTable table, int row, LocalDate asOf) {
    int day = CompactFacts.day(asOf);
    return table.effective(table.automatic(row, day, Age.ymd(asOf), compiled), row, day);
  }

  /** Counts every row of a table on a date; allocates nothing per row. */
  public CategoryCounts count(ResidentTable table, LocalDate asOf) {
    return on(asOf).tally(table, new CategoryTally()).toCounts();
  }

  /** Adds one resident on a date to a tally and returns the tally; for streams and partitions. */
  public CategoryTally tally(PersonFacts facts, LocalDate asOf, CategoryTally tally) {
    CompactFacts c = facts.compact();
    int day = CompactFacts.day(asOf);
    long automatic = DayClassifier.automatic(c, compiled, day, Age.ymd(asOf));
    tally.add(automatic, DayClassifier.effective(c, automatic, day));
    return tally;
  }

  /**
   * Classifies a batch of residents on a date: the residents {@link #admit} accepts are classified, in input order;
   * the others are rejected with their violations.
   */
  public BatchResult<Classification> classifyAll(List<PersonFacts> residents, LocalDate asOf) {
    BatchResult<PersonFacts> admitted = admit(residents, asOf);
    ImmutableList.Builder<Classification> ok = ImmutableList.builder();
    admitted.accepted().forEach(f -> ok.add(classify(f, asOf)));
    return BatchResult.of(residents.size(), ok.build(), admitted.rejected());
  }

  /**
   * Screens a batch of residents for a date. A resident that cannot be classified on the date is rejected with its
   * violations (see {@link #checkOn}), and so is every occurrence of a person id that appears more than once with
   * different facts ({@code core.population.conflicting_records}: a conflict the caller must resolve); a repeat
   * with identical facts is rejected as a duplicate ({@code core.population.duplicate_record}) and the first
   * occurrence kept. The outcome does not depend on the order of the batch, except for which of identical records
   * is kept. Positions are zero-based indexes into the batch.
   */
  public static BatchResult<PersonFacts> admit(List<PersonFacts> residents, LocalDate asOf) {
    Map<String, Integer> first = new HashMap<>(residents.size() * 2);
    Map<String, List<Integer>> repeated = new HashMap<>();
    for (int i = 0; i < residents.size(); i++) {
      Integer earlier = first.putIfAbsent(residents.get(i).personId(), i);
      if (earlier != null) {
        repeated.computeIfAbsent(residents.get(i).personId(), k -> new ArrayList<>(List.of(earlier))).add(i);
      }
    }
    ImmutableList.Builder<PersonFacts> ok = ImmutableList.builder();
    List<Rejected> bad = new ArrayList<>();
    for (int i = 0; i < residents.size(); i++) {
      PersonFacts f = residents.get(i);
      List<Violation> problems = checkOn(f, asOf);
      List<Integer> same = repeated.isEmpty() ? null : repeated.get(f.personId());
      if (same != null) {
        Optional<Violation> duplicate = duplicate(residents, same, i);
        if (duplicate.isPresent()) {
          problems = new ArrayList<>(problems);
          problems.add(duplicate.get());
        }
      }
      if (problems.isEmpty()) {
        ok.add(f);
      } else {
        bad.add(Rejected.of(i, new ValidationException(problems).under("[" + i + "]").violations()));
      }
    }
    return BatchResult.of(residents.size(), ok.build(), bad);
  }

  private static Optional<Violation> duplicate(List<PersonFacts> residents, List<Integer> same, int i) {
    PersonFacts f = residents.get(i);
    for (int j : same) {
      if (!residents.get(j).equals(f)) {
        return Optional.of(Violation.of("personId", "core.population.conflicting_records",
            "occurrences", same.size()));
      }
    }
    return same.get(0) == i ? Optional.empty()
        : Optional.of(Violation.of("personId", "core.population.duplicate_record", "first", same.get(0)));
  }

  /**
   * What stops a resident from being classified on a date: not yet born on it ({@code core.population.not_born}),
   * or older than {@link PersonFacts#MAX_AGE} on it ({@code core.population.age_range}). Empty if nothing does.
   */
  public static List<Violation> checkOn(PersonFacts facts, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (facts.birthDate().isEmpty() && facts.identityNumber().isEmpty()) {
      return List.of();
    }
    Optional<LocalDate> birth = facts.effectiveBirthDate();
    if (birth.isPresent() && birth.get().isAfter(asOf)) {
      return List.of(Violation.of(facts.birthDate().isPresent() ? "birthDate" : "identityNumber",
          "core.population.not_born", "asOf", asOf));
    }
    if (birth.isPresent() && facts.ageOn(asOf).orElse(0) > PersonFacts.MAX_AGE) {
      return List.of(Violation.of(facts.birthDate().isPresent() ? "birthDate" : "identityNumber",
          "core.population.age_range", "max", PersonFacts.MAX_AGE));
    }
    return List.of();
  }
}
