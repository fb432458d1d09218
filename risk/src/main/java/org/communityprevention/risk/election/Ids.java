package org.communityprevention.risk.election;

import org.communityprevention.core.validation.ValidationException;

/** The caller's opaque ids of people and records: 1 to 64 characters without spaces around them. */
final class Ids {
  /** Violation code: an id that is blank, too long or has spaces around it. */
  static final String INVALID = "risk.election.id";
  static final int MAX = 64;

  private Ids() {}

  static void check(String field, String id) {
    if (id.isBlank() || !id.strip().equals(id) || id.length() > MAX) {
      throw ValidationException.of(field, INVALID, "max", MAX);
    }
  }
}
