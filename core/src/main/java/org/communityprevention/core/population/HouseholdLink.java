package org.communityprevention.core.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A family member whose situation puts the resident in the §5.4 service scope of an area with an outbreak: a
 * relative in centralised isolation (from the day the isolation started) or a relative who is a medical worker.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableHouseholdLink.class)
@JsonDeserialize(as = ImmutableHouseholdLink.class)
public abstract class HouseholdLink {
  /** The relative's opaque person id. */
  public abstract String relativeId();

  /** The relative's situation. */
  public abstract RelativeSituation situation();

  /** First day of the situation; required for a relative in centralised isolation. */
  public abstract Optional<LocalDate> since();

  @Value.Check
  void check() {
    PseudonymousId.check(relativeId(), "relativeId").ifPresent(v -> {
      throw new ValidationException(List.of(v));
    });
    if (situation() == RelativeSituation.IN_CENTRALISED_ISOLATION && since().isEmpty()) {
      throw ValidationException.of("since", "core.population.isolation_start_missing");
    }
  }

  /** A relative in centralised isolation since a date. */
  public static HouseholdLink inCentralisedIsolation(String relativeId, LocalDate since) {
    return ImmutableHouseholdLink.builder().relativeId(relativeId)
        .situation(RelativeSituation.IN_CENTRALISED_ISOLATION).since(since).build();
  }

  /** A relative who is a medical worker. */
  public static HouseholdLink medicalWorker(String relativeId) {
    return ImmutableHouseholdLink.builder().relativeId(relativeId).situation(RelativeSituation.MEDICAL_WORKER)
        .build();
  }
}
