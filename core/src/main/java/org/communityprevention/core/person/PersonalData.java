package org.communityprevention.core.person;

/**
 * A piece of personal data (an identity number, a phone number, a name). Its {@code toString}, its default JSON form
 * and every message of the library show only {@link #masked()}; the raw value is reached only through the explicitly
 * named {@link #revealRaw()}.
 */
public interface PersonalData {
  /** The masked form, safe for logs, messages and default JSON. */
  String masked();

  /** The raw, normalised value. Call it only where the raw value is really needed (storage, matching). */
  String revealRaw();
}
