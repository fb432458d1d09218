package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.timeline.LevelSeries;
import org.immutables.value.Value;

/**
 * The days a village's or community's election is suspended within a window (§4.2), as half-open periods; each
 * period ends on the first day the village is low again, from which the election may resume.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableElectionCalendar.class)
@JsonDeserialize(as = ImmutableElectionCalendar.class)
public abstract class ElectionCalendar {
  /** The village or community. */
  public abstract DivisionCode village();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** The days covered, half-open. */
  public abstract DateWindow window();

  /** The suspended periods, in order; each ends (exclusive) on a resumption day or at the window's end. */
  public abstract List<DateWindow> suspensions();

  /** Whether the election may go on on a day of the window. */
  public boolean mayProceedOn(LocalDate date) {
    if (!window().contains(date)) {
      throw ValidationException.of("date", LevelSeries.OUTSIDE, "date", date, "window", window());
    }
    return suspensions().stream().noneMatch(s -> s.contains(date));
  }

  /** Builder. */
  public static final class Builder extends ImmutableElectionCalendar.Builder {}
}
