package org.communityprevention.core.person;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The common shape of the library's personal-data values: one normalised string, equality by type and that string,
 * and a {@code toString} that is always the masked form, so no subclass can leak its raw value by accident.
 *
 * <p>A Jackson mapper writes these values only through {@code CommunityPreventionModule} (masked unless asked
 * otherwise). A mapper without it refuses to write them: left to itself, Jackson would write their bean properties
 * ({@code {"legacy":false}}), which loses the value without saying so.
 */
public abstract class PersonalValue implements PersonalData {
  private final String raw;

  PersonalValue(String raw) {
    this.raw = raw;
  }

  /** The raw, normalised value. Call it only where the raw value is really needed (storage, matching). */
  @Override
  public final String revealRaw() {
    return raw;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((PersonalValue) o).raw.equals(raw);
  }

  @Override
  public final int hashCode() {
    return raw.hashCode();
  }

  /**
   * What a Jackson mapper without the library's module would write: nothing. The module's serializer takes
   * precedence over this accessor; without it, writing fails with this message instead of writing bean properties.
   */
  @JsonValue
  final String refuseJsonWithoutModule() {
    throw new IllegalStateException(getClass().getSimpleName() + " is personal data: register "
        + "org.communityprevention.core.json.CommunityPreventionModule on the ObjectMapper to write it (masked)");
  }

  /** The masked form. */
  @Override
  public final String toString() {
    return masked();
  }
}
