package org.communityprevention.core.person;

import java.util.Optional;
import java.util.regex.Pattern;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * The check that a vendor's key for a person (人员编号) is pseudonymous: not an identity number and not a mobile phone
 * number. Ids appear unmasked in results, logs and reports, so personal data used as an id would leak there; it
 * belongs in the masked {@link IdentityNumber} and {@link PhoneNumber} fields instead.
 *
 * <p>An id is refused when, with spaces and hyphens removed, it has the shape of an identity number (18 characters,
 * 17 digits and a digit or {@code X}; or the 15 digits of the legacy form), whatever its check character, since a
 * mistyped identity number is still personal data; or when it is a valid Chinese mobile number, with or without
 * {@code +86}. The violation never repeats the id.
 */
public final class PseudonymousId {
  /** Violation code: the id has the shape of an identity number. */
  public static final String IDENTITY_NUMBER = "core.person.id_is_identity_number";
  /** Violation code: the id is a mobile phone number. */
  public static final String PHONE_NUMBER = "core.person.id_is_phone_number";

  private static final Pattern ID_SHAPE = Pattern.compile("[0-9]{17}[0-9Xx]|[0-9]{15}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");

  private PseudonymousId() {}

  /**
   * The reason an id is not pseudonymous, if it is not.
   *
   * @param id the vendor's id
   * @param field the field path the violation names, such as {@code personId}
   * @return a violation with code {@link #IDENTITY_NUMBER} or {@link #PHONE_NUMBER}, or empty
   */
  public static Optional<Violation> check(String id, String field) {
    String compact = SEPARATORS.matcher(id).replaceAll("");
    if (ID_SHAPE.matcher(compact).matches()) {
      return Optional.of(Violation.of(field, IDENTITY_NUMBER));
    }
    if (compact.length() >= 11 && compact.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '+')) {
      try {
        if (PhoneNumber.parse(compact, field).isMobile()) {
          return Optional.of(Violation.of(field, PHONE_NUMBER));
        }
      } catch (ValidationException e) {
        // Not a phone number: a numeric id of the vendor's own.
      }
    }
    return Optional.empty();
  }
}
