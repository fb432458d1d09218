package org.communityprevention.core.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A journey that brought the resident here (§2.3): when they left the origin and when they arrived, and either the
 * origin's risk level on the day they left (a domestic journey) or {@link #inbound()} (entry from abroad). A
 * journey home during the policy's holiday window is flagged {@link #holidayReturn()}.
 *
 * <p>How the windows count: an arrival from a medium- or high-risk area counts from the day the person left that
 * area ({@link #departedOn()}), an inbound traveller from the day of entry ({@link #arrivedOn()}), a holiday returnee
 * from the day of return ({@link #arrivedOn()}). A category holds only on days the person has arrived.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableMovement.class)
@JsonDeserialize(as = ImmutableMovement.class)
public abstract class Movement {
  /** Day the person left the origin (离开日期). */
  public abstract LocalDate departedOn();

  /** Day the person arrived here, or entered China for an inbound journey (抵达/入境日期). */
  public abstract LocalDate arrivedOn();

  /** The origin's risk level on the day the person left it; required for a domestic journey. */
  public abstract Optional<RiskLevel> originRiskLevel();

  /** Whether the journey is an entry from abroad (入境). */
  @Value.Default
  public boolean inbound() {
    return false;
  }

  /** Whether the journey is a return home for the holidays (返乡). */
  @Value.Default
  public boolean holidayReturn() {
    return false;
  }

  @Value.Check
  void check() {
    if (arrivedOn().isBefore(departedOn())) {
      throw ValidationException.of("arrivedOn", "core.population.arrived_before_departed");
    }
    if (inbound() && originRiskLevel().isPresent()) {
      throw ValidationException.of("originRiskLevel", "core.population.inbound_with_risk_level");
    }
    if (!inbound() && originRiskLevel().isEmpty()) {
      throw ValidationException.of("originRiskLevel", "core.population.origin_risk_level_missing");
    }
  }

  /** A domestic journey from an area at a risk level. */
  public static Movement domestic(RiskLevel origin, LocalDate departedOn, LocalDate arrivedOn) {
    return new Builder().originRiskLevel(origin).departedOn(departedOn).arrivedOn(arrivedOn).build();
  }

  /** An entry from abroad. */
  public static Movement inbound(LocalDate departedOn, LocalDate enteredOn) {
    return new Builder().inbound(true).departedOn(departedOn).arrivedOn(enteredOn).build();
  }

  /** A return home for the holidays from an area at a risk level. */
  public static Movement holidayReturn(RiskLevel origin, LocalDate departedOn, LocalDate arrivedOn) {
    return new Builder().originRiskLevel(origin).departedOn(departedOn).arrivedOn(arrivedOn).holidayReturn(true)
        .build();
  }

  /** Builds a {@link Movement}. */
  public static final class Builder extends ImmutableMovement.Builder {}
}
