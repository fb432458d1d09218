package org.communityprevention.core.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A contact-tracing finding about the resident (§2.4): a close contact of a case (密切接触者), or a secondary close
 * contact (次密切接触者) of a named close contact, with the day of last exposure.
 *
 * <p>A secondary exposure names the close contact it came through and, once known, the day that close contact
 * tested positive. From that day on the resident is re-classed as a close contact: the linked person is now a case,
 * so the close-contact window counts from the resident's last exposure to that person ({@link #lastExposureOn()}).
 * A secondary contact is released at the end of the plan only once the linked close contact's first two tests are
 * both negative ({@link #linkedContactClearedOn()}); until that is known the secondary contact stays under
 * management. A {@code PopulationLedger} fills both days from the linked person's own tests when that person is in the
 * same ledger ({@link ContactLinks}).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableContactExposure.class)
@JsonDeserialize(as = ImmutableContactExposure.class)
public abstract class ContactExposure {
  /** Close or secondary. */
  public abstract ContactTier tier();

  /** Day of the last exposure (末次暴露日期): to the case, or for a secondary contact to the close contact. */
  public abstract LocalDate lastExposureOn();

  /** For a secondary contact, the opaque person id of the close contact the exposure came through. */
  public abstract Optional<String> linkedCloseContactId();

  /** For a secondary contact, the day the linked close contact tested positive, once it has. */
  public abstract Optional<LocalDate> linkedContactPositiveOn();

  /**
   * For a secondary contact, the day the linked close contact's second test was sampled, when the first two tests
   * (前两次核酸检测) were both negative: the secondary contact may be released from the later of this day and the end
   * of the plan.
   */
  public abstract Optional<LocalDate> linkedContactClearedOn();

  @Value.Check
  void check() {
    if (tier() == ContactTier.SECONDARY) {
      if (linkedCloseContactId().isEmpty() || linkedCloseContactId().get().isBlank()) {
        throw ValidationException.of("linkedCloseContactId", "core.population.secondary_without_link");
      }
    } else if (linkedCloseContactId().isPresent() || linkedContactPositiveOn().isPresent()
        || linkedContactClearedOn().isPresent()) {
      throw ValidationException.of("linkedCloseContactId", "core.population.close_contact_with_link");
    }
  }

  /** A close contact of a case. */
  public static ContactExposure close(LocalDate lastExposureOn) {
    return new Builder().tier(ContactTier.CLOSE).lastExposureOn(lastExposureOn).build();
  }

  /** A secondary close contact through a close contact. */
  public static ContactExposure secondary(LocalDate lastExposureOn, String linkedCloseContactId) {
    return new Builder().tier(ContactTier.SECONDARY).lastExposureOn(lastExposureOn)
        .linkedCloseContactId(linkedCloseContactId).build();
  }

  /** This exposure with the day its linked close contact tested positive. */
  public ContactExposure withLinkedContactPositiveOn(LocalDate positiveOn) {
    return new Builder().from(this).linkedContactPositiveOn(positiveOn).build();
  }

  /** This exposure with the day its linked close contact's first two tests were known to be negative. */
  public ContactExposure withLinkedContactClearedOn(LocalDate clearedOn) {
    return new Builder().from(this).linkedContactClearedOn(clearedOn).build();
  }

  /** Builds a {@link ContactExposure}. */
  public static final class Builder extends ImmutableContactExposure.Builder {}
}
