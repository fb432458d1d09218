package org.communityprevention.risk.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.core.area.LevelHistory;
import org.immutables.value.Value;

/**
 * An area's levels over a window, day by day, as the level before the window and every transition in it; with the
 * findings of the window and the state at its end, from which a fold can go on.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskTimeline.class)
@JsonDeserialize(as = ImmutableRiskTimeline.class)
public abstract class RiskTimeline {
  /** Violation code: transitions out of order, outside the window, or not chained from one level to the next. */
  public static final String INCONSISTENT = "risk.timeline.inconsistent";

  /** The area. */
  public abstract AreaId area();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** The days covered, half-open. */
  public abstract DateWindow window();

  /** The level on the day before the window. */
  public abstract RiskLevel initialLevel();

  /** The transitions, by effective date, at most one a day. */
  public abstract List<LevelTransition> transitions();

  /** The findings, by date. */
  public abstract List<DesignationFinding> findings();

  /** The fold state at the end of the window's last day. */
  public abstract TimelineState endState();

  @Value.Check
  void check() {
    RiskLevel level = initialLevel();
    LocalDate previous = null;
    for (int i = 0; i < transitions().size(); i++) {
      LevelTransition t = transitions().get(i);
      if (t.fromLevel() != level || !window().contains(t.effectiveDate())
          || (previous != null && !t.effectiveDate().isAfter(previous)) || !t.area().equals(area())) {
        throw ValidationException.of("transitions[" + i + "]", INCONSISTENT);
      }
      level = t.toLevel();
      previous = t.effectiveDate();
    }
    if (endState().level() != level || !endState().area().equals(area())) {
      throw ValidationException.of("endState", INCONSISTENT);
    }
  }

  /**
   * The level on a day of the window.
   *
   * @throws ValidationException with {@value LevelSeries#OUTSIDE} for a day outside the window
   */
  public RiskLevel levelOn(LocalDate date) {
    if (!window().contains(date)) {
      throw ValidationException.of("date", LevelSeries.OUTSIDE, "date", date, "window", window());
    }
    RiskLevel level = initialLevel();
    for (LevelTransition t : transitions()) {
      if (t.effectiveDate().isAfter(date)) {
        break;
      }
      level = t.toLevel();
    }
    return level;
  }

  /**
   * The levels as the library's one shape of "an area's level over days": the initial level from the window's first
   * day, then each transition's level from its effective day. Services and reporting read this.
   */
  @JsonIgnore
  public LevelHistory levelHistory() {
    java.util.Map<LocalDate, RiskLevel> changes = new java.util.TreeMap<>();
    changes.put(window().start(), initialLevel());
    for (LevelTransition t : transitions()) {
      changes.put(t.effectiveDate(), t.toLevel());
    }
    return LevelHistory.of(area(), changes);
  }

  /** The level of every day of the window. */
  @JsonIgnore
  public LevelSeries dailyLevels() {
    byte[] out = new byte[Math.toIntExact(window().days())];
    long start = window().start().toEpochDay();
    int level = initialLevel().ordinal();
    int next = 0;
    for (int i = 0; i < out.length; i++) {
      while (next < transitions().size() && transitions().get(next).effectiveDate().toEpochDay() == start + i) {
        level = transitions().get(next++).toLevel().ordinal();
      }
      out[i] = (byte) level;
    }
    return LevelSeries.wrap(window().start(), out);
  }

  /** The level at the end of the window. */
  @JsonIgnore
  public RiskLevel finalLevel() {
    return endState().level();
  }

  /** Builder. */
  public static final class Builder extends ImmutableRiskTimeline.Builder {}
}
