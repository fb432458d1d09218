package org.communityprevention.reporting.visit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A household or grid not covered within the policy's interval: when it was last covered, if ever. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableOverdueVisit.class)
@JsonDeserialize(as = ImmutableOverdueVisit.class)
public abstract class OverdueVisit {
  /** Household or grid. */
  @Value.Parameter
  public abstract VisitTarget target();

  /** Its opaque id. */
  @Value.Parameter
  public abstract String targetId();

  /** The last day it was covered, on or before the checked day; empty if never in the records given. */
  @Value.Parameter
  public abstract Optional<LocalDate> lastVisit();

  static OverdueVisit overdue(VisitTarget target, String targetId, Optional<LocalDate> lastVisit) {
    return ImmutableOverdueVisit.of(target, targetId, lastVisit);
  }
}
