package org.communityprevention.reporting.registry;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * One dated change to a reporting unit (填报单位变更): opened with a name, renamed, recoded to a new code, merged
 * into another unit, or closed. A change takes effect at the start of its Beijing date: a unit closed on
 * 2021-03-01 owes its last report for 2021-02-28.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitChange.class)
@JsonDeserialize(as = ImmutableUnitChange.class)
public abstract class UnitChange {
  /** Violation code: a unit code that is not a village or community. */
  public static final String NOT_A_VILLAGE = "reporting.registry.not_a_village";
  /** Violation code: a change that needs a name has none, or one that takes none has one. */
  public static final String NAME = "reporting.registry.name";
  /** Violation code: a change that needs a successor code has none, or one that takes none has one. */
  public static final String SUCCESSOR = "reporting.registry.successor";
  /** Violation code: a unit recoded or merged into itself. */
  public static final String SUCCESSOR_SELF = "reporting.registry.successor_self";

  /** What happened. */
  public abstract UnitChangeKind kind();

  /** The unit's code before the change (a village or community). */
  public abstract DivisionCode code();

  /** The Beijing date from which the change holds. */
  public abstract LocalDate date();

  /** The name, for {@link UnitChangeKind#OPENED} and {@link UnitChangeKind#RENAMED} only. */
  public abstract Optional<String> name();

  /** The new code ({@link UnitChangeKind#RECODED}) or the unit merged into ({@link UnitChangeKind#MERGED}). */
  public abstract Optional<DivisionCode> successor();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (code().level() != DivisionLevel.VILLAGE) {
      problems.add(Violation.of("code", NOT_A_VILLAGE, "level", code().level().code(),
          "levelZh", code().level().chinese()));
    }
    boolean needsName = kind() == UnitChangeKind.OPENED || kind() == UnitChangeKind.RENAMED;
    if (needsName != name().isPresent() || name().map(String::isBlank).orElse(false)) {
      problems.add(Violation.of("name", NAME, "kind", kind()));
    }
    boolean needsSuccessor = kind() == UnitChangeKind.RECODED || kind() == UnitChangeKind.MERGED;
    if (needsSuccessor != successor().isPresent()) {
      problems.add(Violation.of("successor", SUCCESSOR, "kind", kind()));
    } else if (successor().isPresent()) {
      if (successor().get().equals(code())) {
        problems.add(Violation.of("successor", SUCCESSOR_SELF));
      } else if (successor().get().level() != DivisionLevel.VILLAGE) {
        problems.add(Violation.of("successor", NOT_A_VILLAGE, "level", successor().get().level().code(),
            "levelZh", successor().get().level().chinese()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A unit set up on a date (设立). */
  public static UnitChange opened(DivisionCode code, LocalDate date, String name) {
    return new Builder().kind(UnitChangeKind.OPENED).code(code).date(date).name(name).build();
  }

  /** A unit renamed on a date (更名). */
  public static UnitChange renamed(DivisionCode code, LocalDate date, String name) {
    return new Builder().kind(UnitChangeKind.RENAMED).code(code).date(date).name(name).build();
  }

  /** A unit given a new code on a date (代码变更). */
  public static UnitChange recoded(DivisionCode code, LocalDate date, DivisionCode newCode) {
    return new Builder().kind(UnitChangeKind.RECODED).code(code).date(date).successor(newCode)
        .build();
  }

  /** A unit merged into another on a date (合并). */
  public static UnitChange merged(DivisionCode code, LocalDate date, DivisionCode into) {
    return new Builder().kind(UnitChangeKind.MERGED).code(code).date(date).successor(into).build();
  }

  /** A unit closed on a date (撤销). */
  public static UnitChange closed(DivisionCode code, LocalDate date) {
    return new Builder().kind(UnitChangeKind.CLOSED).code(code).date(date).build();
  }

  /** Builds a {@link UnitChange}; prefer the factories. */
  public static final class Builder extends ImmutableUnitChange.Builder {}
}
