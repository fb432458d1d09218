package org.communityprevention.reporting.signal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * What the caller already knows about a unit on a day (已掌握情况), from its own classification or case records:
 * active cases, close contacts under management, people under home or centralised isolation and under health
 * monitoring. The library takes these as plain counts, so any classification system can supply them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitDayFacts.class)
@JsonDeserialize(as = ImmutableUnitDayFacts.class)
public abstract class UnitDayFacts {
  /** Violation code: a negative count. */
  public static final String NEGATIVE_COUNT = "reporting.signal.negative_count";
  /** Violation code: the unit is not a village or community. */
  public static final String NOT_A_VILLAGE = "reporting.signal.not_a_village";

  /** The unit. */
  public abstract DivisionCode unit();

  /** The day. */
  public abstract LocalDate day();

  /** Known active cases, confirmed or asymptomatic, of the unit (现有病例/感染者). */
  public abstract int activeCases();

  /** Known close contacts under management (在管密切接触者). */
  public abstract int closeContacts();

  /** Known people under home isolation medical observation (居家隔离医学观察). */
  public abstract int homeIsolation();

  /** Known people under centralised isolation medical observation (集中隔离医学观察). */
  public abstract int centralisedIsolation();

  /** Known people under health monitoring (健康监测). */
  public abstract int healthMonitoring();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (unit().level() != DivisionLevel.VILLAGE) {
      problems.add(Violation.of("unit", NOT_A_VILLAGE, "level", unit().level().code(),
          "levelZh", unit().level().chinese()));
    }
    String[] names = {"activeCases", "closeContacts", "homeIsolation", "centralisedIsolation", "healthMonitoring"};
    int[] values = {activeCases(), closeContacts(), homeIsolation(), centralisedIsolation(), healthMonitoring()};
    for (int i = 0; i < names.length; i++) {
      if (values[i] < 0) {
        problems.add(Violation.of(names[i], NEGATIVE_COUNT));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Whether the unit holds any known record that day. */
  @JsonIgnore
  public boolean hasRecords() {
    return activeCases() > 0 || closeContacts() > 0 || homeIsolation() > 0 || centralisedIsolation() > 0
        || healthMonitoring() > 0;
  }

  /** Builds {@link UnitDayFacts}. */
  public static final class Builder extends ImmutableUnitDayFacts.Builder {}
}
