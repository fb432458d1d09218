package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.timeline.LevelSeries;
import org.immutables.value.Value;

/**
 * The days a village's or community's election is suspended within a window (§4.2), as half-open periods; each
 * period ends on the first day the village is low again, from which the election may resume. A resumed election still
 * needs its voter list published {@code activities.voterListPublicationDays} days before election day (村民委员会组织法
 * Art. 14), so the earliest lawful election day after a resumption is that many days later
 * ({@link #earliestElectionDays()}); {@link ElectionSuspension#electionDay} checks a planned day.
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

  /**
   * For each resumption inside the window (a suspension ending before the window's end), in order, the earliest
   * lawful election day: the resumption day plus {@code activities.voterListPublicationDays}, the voter list being
   * published on the resumption day at the earliest.
   */
  public abstract List<LocalDate> earliestElectionDays();

  /** The days elections resumed inside the window, in order. */
  @JsonIgnore
  public List<LocalDate> resumptions() {
    List<LocalDate> out = new ArrayList<>();
    for (DateWindow s : suspensions()) {
      if (s.endExclusive().isBefore(window().endExclusive())) {
        out.add(s.endExclusive());
      }
    }
    return out;
  }

  /** The last resumption on or before a day, if any. */
  public Optional<LocalDate> lastResumptionOnOrBefore(LocalDate date) {
    LocalDate found = null;
    for (LocalDate r : resumptions()) {
      if (!r.isAfter(date)) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

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
