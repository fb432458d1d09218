package org.communityprevention.core.person;

import java.util.Objects;
import org.communityprevention.core.validation.ValidationException;

/**
 * A mainland China phone number: a mobile number (11 digits, {@code 1[3-9]…}) or a landline with its area code
 * ({@code 0} + 2 or 3 digits, then a 7- or 8-digit local number).
 *
 * <p>Parsing normalises first, then validates. Spaces, hyphens, dots and parentheses are ignored; a country prefix
 * {@code +86} or {@code 0086} is removed (after it the trunk {@code 0} of a landline may be missing, as in
 * {@code +86 10 1234 5678}); a bare {@code 86} is removed only in front of a mobile number ({@code 86} + 11
 * digits), where it cannot be mistaken for anything else. The area code is found by the numbering plan, not by the
 * separators: {@code 010} and {@code 020}–{@code 029} have two digits after the {@code 0}, every other area code
 * three.
 *
 * <p>Values compare by their normalised digits. {@link #toString()} and {@link #masked()} show the first three and
 * last four digits of a mobile number ({@code 138****5678}) and the area code and last two digits of a landline
 * ({@code 0755-******99}); no message of a {@link ValidationException} thrown here contains the input.
 */
public final class PhoneNumber extends PersonalValue {
  /** The field name violations carry unless the caller names another. */
  public static final String DEFAULT_FIELD = "phone";

  private static final int MOBILE_LENGTH = 11;

  private final String digits;
  private final int areaCodeLength;

  private PhoneNumber(String digits, int areaCodeLength) {
    super(digits);
    this.digits = digits;
    this.areaCodeLength = areaCodeLength;
  }

  /** Parses a number; see {@link #parse(String, String)}. */
  public static PhoneNumber parse(String raw) {
    return parse(raw, DEFAULT_FIELD);
  }

  /**
   * Parses a mobile or landline number in any of the usual written forms.
   *
   * @param raw the number as entered
   * @param field the field path violations name, such as {@code residents[3].phone}
   * @throws ValidationException with code {@code core.person.phone_characters} (a character other than ASCII
   *     digits, separators and one leading {@code +}), {@code core.person.phone_length} or
   *     {@code core.person.phone_format}
   */
  public static PhoneNumber parse(String raw, String field) {
    Objects.requireNonNull(field, "field");
    String s = Objects.requireNonNull(raw, field).strip();
    StringBuilder b = new StringBuilder(s.length());
    boolean plus = false;
    int position = 1;
    for (int i = 0; i < s.length(); position++) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= '0' && cp <= '9') {
        b.append((char) cp);
      } else if (cp == '+' && !plus && b.length() == 0) {
        plus = true;
      } else if (!isSeparator(cp)) {
        throw ValidationException.of(field, "core.person.phone_characters", "position", position);
      }
    }
    String d = b.toString();
    boolean international = plus || d.startsWith("0086");
    if (plus && !d.startsWith("86")) {
      throw ValidationException.of(field, "core.person.phone_format");
    }
    if (international) {
      d = d.substring(plus ? 2 : 4);
      // Written internationally, a landline drops its trunk 0: +86 10 … is 010 ….
      if (!d.isEmpty() && d.charAt(0) != '0' && !isMobileStart(d)) {
        d = "0" + d;
      }
    } else if (d.length() == MOBILE_LENGTH + 2 && d.startsWith("86") && isMobileStart(d.substring(2))) {
      d = d.substring(2);
    }
    if (d.isEmpty()) {
      throw ValidationException.of(field, "core.person.phone_length", "length", 0);
    }
    if (d.charAt(0) == '1') {
      if (d.length() != MOBILE_LENGTH) {
        throw ValidationException.of(field, "core.person.phone_length", "length", d.length());
      }
      if (!isMobileStart(d)) {
        throw ValidationException.of(field, "core.person.phone_format");
      }
      return new PhoneNumber(d, 0);
    }
    if (d.charAt(0) != '0' || d.length() < 3) {
      throw d.charAt(0) != '0' ? ValidationException.of(field, "core.person.phone_format")
          : ValidationException.of(field, "core.person.phone_length", "length", d.length());
    }
    int area = areaCodeLength(d);
    if (area == 0) {
      throw ValidationException.of(field, "core.person.phone_format");
    }
    int local = d.length() - area;
    if (local < 7 || local > 8) {
      throw ValidationException.of(field, "core.person.phone_length", "length", d.length());
    }
    if (d.charAt(area) == '0') {
      throw ValidationException.of(field, "core.person.phone_format");
    }
    return new PhoneNumber(d, area);
  }

  /** Whether this is a mobile number (otherwise it is a landline with an area code). */
  public boolean isMobile() {
    return areaCodeLength == 0;
  }

  /** {@code 138****5678} for a mobile number, {@code 0755-******99} for a landline. */
  @Override
  public String masked() {
    if (isMobile()) {
      return digits.substring(0, 3) + "****" + digits.substring(7);
    }
    int end = digits.length() - 2;
    return digits.substring(0, areaCodeLength) + "-" + "*".repeat(end - areaCodeLength) + digits.substring(end);
  }

  /**
   * The normalised digits: the 11 digits of a mobile number, or the area code with its leading {@code 0} followed by
   * the local number.
   */

  private static boolean isSeparator(int cp) {
    return cp == '-' || cp == '.' || cp == '(' || cp == ')' || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isMobileStart(String d) {
    return d.length() >= 2 && d.charAt(0) == '1' && d.charAt(1) >= '3' && d.charAt(1) <= '9';
  }

  /** Length of the area code with its 0 by the numbering plan: 010, 02x, or 0 + three digits; 0 if none fits. */
  private static int areaCodeLength(String d) {
    char second = d.charAt(1);
    if (second == '1') {
      return d.charAt(2) == '0' ? 3 : 0;
    }
    if (second == '2') {
      return 3;
    }
    return second >= '3' ? 4 : 0;
  }
}
