package org.communityprevention.risk.response;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** A village's or community's emergency response over a window: where it started, every change, where it ended. */
@Value.Immutable
@JsonSerialize(as = ImmutableResponseTimeline.class)
@JsonDeserialize(as = ImmutableResponseTimeline.class)
public abstract class ResponseTimeline {
  /** Violation code: a date outside the window. */
  public static final String OUTSIDE = "risk.response.outside_window";

  /** The village or community. */
  public abstract DivisionCode village();

  /** Its §1.8 profile. */
  public abstract AreaProfile profile();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** The days covered, half-open. */
  public abstract DateWindow window();

  /** The status on the day before the window. */
  public abstract ResponseStatus initial();

  /** The changes, by date, at most one a day. */
  public abstract List<ResponseTransition> transitions();

  /** The status at the end of the window's last day. */
  public abstract ResponseStatus end();

  /** The response state on a day of the window. */
  public ResponseState stateOn(LocalDate date) {
    ResponseState s = initial().state();
    for (ResponseTransition t : upTo(date)) {
      s = t.toState();
    }
    return s;
  }

  /** The measures in force on a day of the window. */
  public SortedSet<ResponseMeasure> measuresOn(LocalDate date) {
    TreeSet<ResponseMeasure> m = new TreeSet<>(initial().measures());
    for (ResponseTransition t : upTo(date)) {
      m.removeAll(t.removed());
      m.addAll(t.added());
    }
    return Collections.unmodifiableSortedSet(m);
  }

  private List<ResponseTransition> upTo(LocalDate date) {
    if (!window().contains(date)) {
      throw ValidationException.of("date", OUTSIDE, "date", date, "window", window());
    }
    int n = 0;
    while (n < transitions().size() && !transitions().get(n).date().isAfter(date)) {
      n++;
    }
    return transitions().subList(0, n);
  }

  /** Builder. */
  public static final class Builder extends ImmutableResponseTimeline.Builder {}
}
