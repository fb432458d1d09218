package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * One shift on a village's or community's duty roster (值班安排, §1.5): who (an opaque person id, never a name or a
 * phone number), in which role, from {@code start} (inclusive) to {@code end} (exclusive).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDutyShift.class)
@JsonDeserialize(as = ImmutableDutyShift.class)
public abstract class DutyShift {
  /** Violation code: the shift does not end after it starts. */
  public static final String END_NOT_AFTER_START = "reporting.readiness.end_not_after_start";
  /** Violation code: a blank person id. */
  public static final String PERSON_BLANK = "reporting.readiness.person_blank";
  /** Violation code: the unit is not a village or community. */
  public static final String NOT_A_VILLAGE = "reporting.readiness.not_a_village";

  /** The village or community. */
  public abstract DivisionCode unit();

  /** The person's opaque id. */
  public abstract String personId();

  /** The role. */
  public abstract DutyRole role();

  /** First instant on duty. */
  public abstract Instant start();

  /** First instant off duty. */
  public abstract Instant end();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (unit().level() != DivisionLevel.VILLAGE) {
      problems.add(Violation.of("unit", NOT_A_VILLAGE, "level", unit().level().code(),
          "levelZh", unit().level().chinese()));
    }
    if (personId().isBlank()) {
      problems.add(Violation.of("personId", PERSON_BLANK));
    }
    if (!end().isAfter(start())) {
      problems.add(Violation.of("end", END_NOT_AFTER_START));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A shift. */
  public static DutyShift of(DivisionCode unit, String personId, DutyRole role, Instant start, Instant end) {
    return new Builder().unit(unit).personId(personId).role(role).start(start).end(end).build();
  }

  /** Builds a {@link DutyShift}. */
  public static final class Builder extends ImmutableDutyShift.Builder {}
}
