package org.communityprevention.core.isolation;

import java.util.List;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.validation.Violation;

/** The package's opaque ids, checked as every key of the library is ({@link PseudonymousId}). */
final class Ids {
  private Ids() {}

  /** Adds the problem of an id, if any, to a list. */
  static void check(String id, String field, List<Violation> problems) {
    // A person's, household's or document's key is shown in findings: an identity or mobile number is refused.
    PseudonymousId.check(id, field).ifPresent(problems::add);
  }
}
