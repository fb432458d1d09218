package org.communityprevention.reporting.visit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * One patrol or home visit (巡逻走访记录, §1.5): a staff member covered a household or a grid of a village or
 * community on a Beijing date. All three are opaque ids, never names, addresses or phone numbers.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVisit.class)
@JsonDeserialize(as = ImmutableVisit.class)
public abstract class Visit {
  /** The village or community. */
  public abstract DivisionCode unit();

  /** Household or grid. */
  public abstract VisitTarget target();

  /** The household's or grid's opaque id. */
  public abstract String targetId();

  /** The staff member's opaque id. */
  public abstract String staffId();

  /** The Beijing date of the visit. */
  public abstract LocalDate day();

  /** The problems of a visit's fields, empty when it is valid; a batch rejects the record with them. */
  static List<Violation> problems(DivisionCode unit, String targetId, String staffId) {
    List<Violation> out = new ArrayList<>();
    unit.villageViolation("unit").ifPresent(out::add);
    PseudonymousId.check(targetId, "targetId").ifPresent(out::add);
    PseudonymousId.check(staffId, "staffId").ifPresent(out::add);
    return out;
  }

  @Value.Check
  void check() {
    List<Violation> problems = problems(unit(), targetId(), staffId());
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A visit. */
  public static Visit of(DivisionCode unit, VisitTarget target, String targetId, String staffId, LocalDate day) {
    return ImmutableVisit.builder().unit(unit).target(target).targetId(targetId).staffId(staffId).day(day).build();
  }
}
