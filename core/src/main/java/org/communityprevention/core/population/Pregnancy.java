package org.communityprevention.core.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A pregnancy as the village knows it (孕产妇, §2.2): from the day the woman is known to be pregnant (for example her
 * registration, 建册), and the delivery date once she has given birth. She is postpartum for the policy's
 * {@code population.postpartumDays} from the delivery date.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePregnancy.class)
@JsonDeserialize(as = ImmutablePregnancy.class)
public abstract class Pregnancy {
  /** First day she is known to be pregnant. */
  public abstract LocalDate since();

  /** Delivery date (分娩日期), once known. */
  public abstract Optional<LocalDate> deliveredOn();

  @Value.Check
  void check() {
    if (deliveredOn().isPresent() && deliveredOn().get().isBefore(since())) {
      throw ValidationException.of("deliveredOn", "core.population.delivered_before_pregnancy");
    }
  }

  /** A pregnancy not yet delivered. */
  public static Pregnancy since(LocalDate since) {
    return ImmutablePregnancy.builder().since(since).build();
  }

  /** A pregnancy delivered on a date. */
  public static Pregnancy delivered(LocalDate since, LocalDate deliveredOn) {
    return ImmutablePregnancy.builder().since(since).deliveredOn(deliveredOn).build();
  }
}
