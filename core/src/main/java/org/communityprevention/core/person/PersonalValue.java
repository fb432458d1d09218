package org.communityprevention.core.person;

/**
 * The common shape of the library's personal-data values: one normalised string, equality by type and that string,
 * and a {@code toString} that is always the masked form, so no subclass can leak its raw value by accident.
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

  /** The masked form. */
  @Override
  public final String toString() {
    return masked();
  }
}
