package org.communityprevention.core.person;

import java.util.Optional;
import java.util.regex.Pattern;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * The one check of a vendor's key for a person, household or record (人员编号): the library's only rule for what an
 * opaque id may be, used by every value that holds one.
 *
 * <p>A key has 1 to {@value #MAX_LENGTH} characters, no control characters and no spaces around it (a key that
 * differs from another only by a trailing space would match nothing downstream). It is pseudonymous: not an
 * identity number and not a mobile phone number. Ids appear unmasked in results, logs and reports, so personal data
 * used as an id would leak there; it belongs in the masked {@link IdentityNumber} and {@link PhoneNumber} fields.
 *
 * <p>An id is refused as personal data when, with spaces and hyphens removed, it has the shape of an identity number
 * (18 characters, 17 digits and a digit or {@code X}; or the 15 digits of the legacy form), whatever its check
 * character, since a mistyped identity number is still personal data; or when it is a valid Chinese mobile number,
 * with or without {@code +86}. The violation never repeats the id.
 */
public final class PseudonymousId {
  /** Violation code: a blank or over-long id, one with a control character or with spaces around it. */
  public static final String INVALID = "core.person.id";
  /** The longest id accepted, in characters. */
  public static final int MAX_LENGTH = 64;

  /** Violation code: the id has the shape of an identity number. */
  public static final String IDENTITY_NUMBER = "core.person.id_is_identity_number";
  /** Violation code: the id is a mobile phone number. */
  public static final String PHONE_NUMBER = "core.person.id_is_phone_number";

  private static final Pattern ID_SHAPE = Pattern.compile("[0-9]{17}[0-9Xx]|[0-9]{15}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");

  private PseudonymousId() {}

  /**
   * The reason an id is not a valid pseudonymous key, if it is not.
   *
   * @param id the vendor's id
   * @param field the field path the violation names, such as {@code personId}
   * @return a violation with code {@link #INVALID} (with {@code max}), {@link #IDENTITY_NUMBER} or
   *     {@link #PHONE_NUMBER}, or empty
   */
  public static Optional<Violation> check(String id, String field) {
    if (id.isEmpty() || id.length() > MAX_LENGTH || id.chars().anyMatch(Character::isISOControl)
        || Character.isWhitespace(id.charAt(0)) || Character.isWhitespace(id.charAt(id.length() - 1))) {
      return Optional.of(Violation.of(field, INVALID, "max", MAX_LENGTH));
    }
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
