package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Set;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * A published duty notice (值班信息公示, §1.7): when a village or community published who is on duty, and which
 * people (opaque ids) it lists. The contact details themselves stay with the caller.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDutyNotice.class)
@JsonDeserialize(as = ImmutableDutyNotice.class)
public abstract class DutyNotice {
  /** The village or community. */
  @Value.Parameter
  public abstract DivisionCode unit();

  /** When it was published. */
  @Value.Parameter
  public abstract Instant publishedAt();

  /** The people it lists. */
  @Value.Parameter
  public abstract Set<String> personIds();

  /** A notice. */
  public static DutyNotice of(DivisionCode unit, Instant publishedAt, Set<String> personIds) {
    return ImmutableDutyNotice.of(unit, publishedAt, personIds);
  }
}
