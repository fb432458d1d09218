package org.communityprevention.risk.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Locale;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.area.AreaId;
import org.immutables.value.Value;

/**
 * Something a timeline noticed without stopping: an official sequence that departs from the policy (a downgrade
 * before the clean days, high straight to low, a level below the day's facts, an upgrade later than the facts, a
 * level the policy does not use) or a conflict in the day's input (two versions of one report, two official levels).
 * Its reason's code says which.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDesignationFinding.class)
@JsonDeserialize(as = ImmutableDesignationFinding.class)
public abstract class DesignationFinding {
  /** The area. */
  @Value.Parameter
  public abstract AreaId area();

  /** The day. */
  @Value.Parameter
  public abstract LocalDate date();

  /** What, with its facts and the policy values it was measured against. */
  @Value.Parameter
  public abstract Reason reason();

  /** The stable code of the finding, the reason's code. */
  public String code() {
    return reason().code();
  }

  /** The finding's text in a language. */
  public String text(Locale locale) {
    return reason().text(locale);
  }

  /** A finding. */
  public static DesignationFinding of(AreaId area, LocalDate date, Reason reason) {
    return ImmutableDesignationFinding.of(area, date, reason);
  }
}
