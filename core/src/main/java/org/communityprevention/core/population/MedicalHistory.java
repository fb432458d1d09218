package org.communityprevention.core.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * What is known of a resident's COVID-19 history (§2.3): confirmed, discharged as recovered (治愈出院), or released
 * from medical observation (解除医学观察) without having been a case. Each date is the first day of the fact.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableMedicalHistory.class)
@JsonDeserialize(as = ImmutableMedicalHistory.class)
public abstract class MedicalHistory {
  /** Day the person was confirmed as a case (确诊). */
  public abstract Optional<LocalDate> confirmedOn();

  /** Day the person was discharged as recovered (治愈出院); health monitoring counts from it. */
  public abstract Optional<LocalDate> dischargedOn();

  /** Day the person was released from medical observation (解除医学观察); health monitoring counts from it. */
  public abstract Optional<LocalDate> releasedFromObservationOn();

  @Value.Check
  void check() {
    if (confirmedOn().isPresent() && dischargedOn().isPresent()
        && dischargedOn().get().isBefore(confirmedOn().get())) {
      throw ValidationException.of("dischargedOn", "core.population.discharged_before_confirmed");
    }
  }

  /** A recovered patient. */
  public static MedicalHistory recovered(LocalDate confirmedOn, LocalDate dischargedOn) {
    return new Builder().confirmedOn(confirmedOn).dischargedOn(dischargedOn).build();
  }

  /** A person released from medical observation. */
  public static MedicalHistory releasedFromObservation(LocalDate releasedOn) {
    return new Builder().releasedFromObservationOn(releasedOn).build();
  }

  /** Builds a {@link MedicalHistory}. */
  public static final class Builder extends ImmutableMedicalHistory.Builder {}
}
