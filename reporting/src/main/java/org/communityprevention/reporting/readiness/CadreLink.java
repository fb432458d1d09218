package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * A household linked to the cadre who answers for it (包片联户, §1.5) over a window of days. Households and cadres
 * are opaque ids, never addresses or names.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCadreLink.class)
@JsonDeserialize(as = ImmutableCadreLink.class)
public abstract class CadreLink {
  /** The village or community. */
  public abstract DivisionCode unit();

  /** The household's opaque id. */
  public abstract String householdId();

  /** The responsible cadre's opaque id. */
  public abstract String cadreId();

  /** The days the link holds, {@code [start, endExclusive)}. */
  public abstract DateWindow active();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    PseudonymousId.check(householdId(), "householdId").ifPresent(problems::add);
    PseudonymousId.check(cadreId(), "cadreId").ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Whether the link holds on a day. */
  public boolean isActiveOn(LocalDate day) {
    return active().contains(day);
  }

  /** A link. */
  public static CadreLink of(DivisionCode unit, String householdId, String cadreId, DateWindow active) {
    return new Builder().unit(unit).householdId(householdId).cadreId(cadreId).active(active).build();
  }

  /** Builds a {@link CadreLink}. */
  public static final class Builder extends ImmutableCadreLink.Builder {}
}
