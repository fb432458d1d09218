package org.communityprevention.core.isolation;

import java.util.List;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.validation.Violation;

/** The one check of the package's opaque ids: 1 to 64 characters, no control characters, never personal data. */
final class Ids {
  /** Violation code: a blank, over-long or control-character id. */
  static final String ID = "core.isolation.id";
  /** The longest id accepted, in characters. */
  static final int MAX_LENGTH = 64;

  private Ids() {}

  /** Adds the problems of an id to a list. */
  static void check(String id, String field, List<Violation> problems) {
    if (id.isBlank() || id.length() > MAX_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
      problems.add(Violation.of(field, ID, "max", MAX_LENGTH));
      return;
    }
    // A person's, household's or document's key is shown in findings: an identity or mobile number is refused.
    PseudonymousId.check(id, field).ifPresent(problems::add);
  }
}
