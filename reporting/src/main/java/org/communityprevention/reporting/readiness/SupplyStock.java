package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * A village's or community's stock of prevention supplies on a day (防疫物资储备, §6.4): its resident count and the
 * quantity held of each supply, by the supply codes of the policy ({@code masks}, {@code thermometers},
 * {@code disinfectantLitres}, …).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSupplyStock.class)
@JsonDeserialize(as = ImmutableSupplyStock.class)
public abstract class SupplyStock {
  /** Violation code: a negative quantity or resident count. */
  public static final String NEGATIVE = "reporting.readiness.negative_quantity";

  /** The unit. */
  public abstract DivisionCode unit();

  /** The day of the count. */
  public abstract LocalDate asOf();

  /** Residents (常住人口). */
  public abstract int residents();

  /** Quantity held, by supply code. */
  public abstract Map<String, Integer> held();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (unit().level() != DivisionLevel.VILLAGE) {
      problems.add(Violation.of("unit", DutyShift.NOT_A_VILLAGE, "level", unit().level().code(),
          "levelZh", unit().level().chinese()));
    }
    if (residents() < 0) {
      problems.add(Violation.of("residents", NEGATIVE));
    }
    held().forEach((k, v) -> {
      if (v < 0) {
        problems.add(Violation.of("held." + k, NEGATIVE));
      }
    });
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A stock count. */
  public static SupplyStock of(DivisionCode unit, LocalDate asOf, int residents, Map<String, Integer> held) {
    return new Builder().unit(unit).asOf(asOf).residents(residents).held(held).build();
  }

  /** Builds a {@link SupplyStock}. */
  public static final class Builder extends ImmutableSupplyStock.Builder {}
}
