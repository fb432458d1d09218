package org.communityprevention.risk.election;

import java.util.List;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.validation.ValidationException;

/** The caller's opaque ids of people and records, checked as every key of the library is ({@link PseudonymousId}). */
final class Ids {
  private Ids() {}

  static void check(String field, String id) {
    PseudonymousId.check(id, field).ifPresent(v -> {
      throw new ValidationException(List.of(v));
    });
  }
}
