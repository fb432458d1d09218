package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * A village's or community's staff of one category (人员培训演练接种情况, §6.3, §6.5): how many there are and how many
 * were trained, took part in an emergency drill, and were vaccinated.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffRecord.class)
@JsonDeserialize(as = ImmutableStaffRecord.class)
public abstract class StaffRecord {
  /** Violation code: a count below zero or above the headcount. */
  public static final String COUNT_RANGE = "reporting.readiness.staff_count_range";

  /** The unit. */
  public abstract DivisionCode unit();

  /** The category. */
  public abstract StaffCategory category();

  /** Headcount (人数). */
  public abstract int headcount();

  /** Trained (已培训). */
  public abstract int trained();

  /** Took part in an emergency drill (已参加应急演练). */
  public abstract int drilled();

  /** Vaccinated (已接种疫苗). */
  public abstract int vaccinated();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (unit().level() != DivisionLevel.VILLAGE) {
      problems.add(Violation.of("unit", DutyShift.NOT_A_VILLAGE, "level", unit().level().code(),
          "levelZh", unit().level().chinese()));
    }
    if (headcount() < 0) {
      problems.add(Violation.of("headcount", COUNT_RANGE, "headcount", headcount()));
    }
    String[] names = {"trained", "drilled", "vaccinated"};
    int[] values = {trained(), drilled(), vaccinated()};
    for (int i = 0; i < names.length; i++) {
      if (values[i] < 0 || values[i] > headcount()) {
        problems.add(Violation.of(names[i], COUNT_RANGE, "headcount", headcount()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A record. */
  public static StaffRecord of(DivisionCode unit, StaffCategory category, int headcount, int trained, int drilled,
      int vaccinated) {
    return new Builder().unit(unit).category(category).headcount(headcount).trained(trained).drilled(drilled)
        .vaccinated(vaccinated).build();
  }

  /** Builds a {@link StaffRecord}. */
  public static final class Builder extends ImmutableStaffRecord.Builder {}
}
