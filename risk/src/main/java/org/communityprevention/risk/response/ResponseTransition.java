package org.communityprevention.risk.response;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A change of a village's or community's emergency response on a day: of its state, of its measures, or both (a
 * closed-management order starting or ending changes the measures alone), with the measures added and removed and
 * the reasons.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResponseTransition.class)
@JsonDeserialize(as = ImmutableResponseTransition.class)
public abstract class ResponseTransition {
  /** Violation code: nothing changed, or measures both added and kept. */
  public static final String NO_CHANGE = "risk.response.transition_no_change";

  /** The village or community. */
  public abstract DivisionCode village();

  /** The day the change takes effect. */
  public abstract LocalDate date();

  /** The state the day before. */
  public abstract ResponseState fromState();

  /** The new state. */
  public abstract ResponseState toState();

  /** The governing level the day before. */
  public abstract RiskLevel fromLevel();

  /** The governing level on the day. */
  public abstract RiskLevel toLevel();

  /** Measures that start. */
  @Value.NaturalOrder
  public abstract SortedSet<ResponseMeasure> added();

  /** Measures that end. */
  @Value.NaturalOrder
  public abstract SortedSet<ResponseMeasure> removed();

  /** Why: the state change, the measures added and removed, and where each measure in force comes from. */
  public abstract List<Reason> reasons();

  @Value.Check
  void check() {
    if ((fromState() == toState() && added().isEmpty() && removed().isEmpty())
        || added().stream().anyMatch(removed()::contains) || reasons().isEmpty()) {
      throw ValidationException.of("toState", NO_CHANGE);
    }
  }

  /** The reasons' texts in a language. */
  public List<String> explain(Locale locale) {
    return reasons().stream().map(r -> r.text(locale)).collect(Collectors.toList());
  }

  /** Builder. */
  public static final class Builder extends ImmutableResponseTransition.Builder {}
}
