package org.communityprevention.core.person;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.communityprevention.core.validation.ValidationException;

/**
 * A resident identity number (居民身份号码) as defined by GB 11643-1999: 18 characters, namely a 6-digit address
 * code, an 8-digit birth date {@code YYYYMMDD}, a 3-digit sequence number (odd for men, even for women) and a check
 * character computed by ISO 7064 MOD 11-2 ({@code 0}–{@code 9} or {@code X}).
 *
 * <p>{@link #parse} accepts only that form. The older 15-digit form of GB 11643-1989 (address code, {@code YYMMDD}
 * in the 1900s, sequence, no check character) is accepted only through {@link #parseLegacy} or {@link #parseAny},
 * and such a value reports {@link #isLegacy()}. The address code is not checked against a code table: it is the
 * county at registration and may have been retired since.
 *
 * <p>Values are immutable and compare by their normalised characters (upper-case {@code X}); a legacy number never
 * equals its 18-character upgrade. {@link #toString()} and {@link #masked()} show the first and last character
 * only; no message of a {@link ValidationException} thrown here contains the input.
 */
public final class IdentityNumber extends PersonalValue {
  /** The field name violations carry unless the caller names another. */
  public static final String DEFAULT_FIELD = "identityNumber";

  private static final int LENGTH = 18;
  private static final int LEGACY_LENGTH = 15;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  private final String value;
  private final LocalDate birthDate;

  private IdentityNumber(String value, LocalDate birthDate) {
    super(value);
    this.value = value;
    this.birthDate = birthDate;
  }

  /** Parses an 18-character number; see {@link #parse(String, String)}. */
  public static IdentityNumber parse(String raw) {
    return parse(raw, DEFAULT_FIELD);
  }

  /**
   * Parses an 18-character number. Surrounding whitespace is ignored and a lower-case {@code x} is read as
   * {@code X}.
   *
   * @param raw the number as entered
   * @param field the field path violations name, such as {@code residents[3].identityNumber}
   * @throws ValidationException with code {@code core.person.id_number_legacy} for a 15-digit number,
   *     {@code id_number_length}, {@code id_number_characters} (full-width digits included),
   *     {@code id_number_birth_date} or {@code id_number_check}
   */
  public static IdentityNumber parse(String raw, String field) {
    String s = stripped(raw, field);
    int length = s.codePointCount(0, s.length());
    if (length == LEGACY_LENGTH && firstNonDigit(s, LEGACY_LENGTH) == 0) {
      throw ValidationException.of(field, "core.person.id_number_legacy");
    }
    if (length != LENGTH) {
      throw ValidationException.of(field, "core.person.id_number_length", "expected", LENGTH, "length", length);
    }
    int bad = firstNonDigit(s, LENGTH - 1);
    if (bad == 0 && !isCheckCharacter(s.charAt(LENGTH - 1))) {
      bad = LENGTH;
    }
    if (bad != 0) {
      throw ValidationException.of(field, "core.person.id_number_characters", "position", bad);
    }
    String normalised = s.charAt(LENGTH - 1) == 'x' ? s.substring(0, LENGTH - 1) + 'X' : s;
    LocalDate birth = birthDate(normalised, digits(normalised, 6, 4), 10, field);
    if (checkCharacterFor(normalised.substring(0, LENGTH - 1)) != normalised.charAt(LENGTH - 1)) {
      throw ValidationException.of(field, "core.person.id_number_check");
    }
    return new IdentityNumber(normalised, birth);
  }

  /** Parses a 15-digit legacy number; see {@link #parseLegacy(String, String)}. */
  public static IdentityNumber parseLegacy(String raw) {
    return parseLegacy(raw, DEFAULT_FIELD);
  }

  /**
   * Parses a 15-digit number of GB 11643-1989: a 6-digit address code, a birth date {@code YYMMDD} read as
   * {@code 19YYMMDD}, and a 3-digit sequence number. It has no check character, so a typing error is caught only
   * when it makes the birth date impossible.
   *
   * @throws ValidationException with code {@code core.person.id_number_length}, {@code id_number_characters} or
   *     {@code id_number_birth_date}
   */
  public static IdentityNumber parseLegacy(String raw, String field) {
    String s = stripped(raw, field);
    int length = s.codePointCount(0, s.length());
    if (length != LEGACY_LENGTH) {
      throw ValidationException.of(field, "core.person.id_number_length",
          "expected", LEGACY_LENGTH, "length", length);
    }
    int bad = firstNonDigit(s, LEGACY_LENGTH);
    if (bad != 0) {
      throw ValidationException.of(field, "core.person.id_number_characters", "position", bad);
    }
    return new IdentityNumber(s, birthDate(s, 1900 + digits(s, 6, 2), 8, field));
  }

  /** Parses either form; see {@link #parseAny(String, String)}. */
  public static IdentityNumber parseAny(String raw) {
    return parseAny(raw, DEFAULT_FIELD);
  }

  /**
   * Parses a 15-character input as a legacy number and anything else as an 18-character number. Use it where
   * legacy numbers are knowingly accepted, such as reading stored data back.
   */
  public static IdentityNumber parseAny(String raw, String field) {
    String s = stripped(raw, field);
    return s.codePointCount(0, s.length()) == LEGACY_LENGTH ? parseLegacy(s, field) : parse(s, field);
  }

  /**
   * The MOD 11-2 check character for the first 17 digits of a number.
   *
   * @param first17 exactly 17 ASCII digits
   * @return {@code '0'}–{@code '9'} or {@code 'X'}
   * @throws IllegalArgumentException if the argument is not 17 ASCII digits (the message does not repeat it)
   */
  public static char checkCharacterFor(String first17) {
    Preconditions.checkArgument(first17.length() == LENGTH - 1 && firstNonDigit(first17, LENGTH - 1) == 0,
        "the check character needs exactly 17 ASCII digits");
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /** The birth date encoded in the number. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** The sex encoded by the parity of the sequence number. */
  public Sex sex() {
    return Sex.ofSequenceDigit(value.charAt(value.length() - (isLegacy() ? 1 : 2)) - '0');
  }

  /** The 6-digit address code (the county at registration, possibly retired since). */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** Whether this is a 15-digit number of GB 11643-1989. */
  public boolean isLegacy() {
    return value.length() == LEGACY_LENGTH;
  }

  /**
   * The 18-character form: a legacy number gets the century {@code 19} and its check character, as the upgrade
   * of 1999 did; an 18-character number is returned as is.
   */
  public IdentityNumber toEighteenCharacters() {
    if (!isLegacy()) {
      return this;
    }
    String first17 = value.substring(0, 6) + "19" + value.substring(6);
    return new IdentityNumber(first17 + checkCharacterFor(first17), birthDate);
  }

  /**
   * Age in whole years on a date, as {@link Age#on(LocalDate, LocalDate)} counts it: one born on 29 February turns a
   * year older on 1 March of a common year; {@link Age#BEFORE_BIRTH} if the date is before the birth date.
   */
  public int ageOn(LocalDate date) {
    return Age.on(birthDate, date);
  }

  /** Checks the birth date against a caller-supplied day; see {@link #checkPlausibleOn(LocalDate, int, String)}. */
  public IdentityNumber checkPlausibleOn(LocalDate today, int maxAge) {
    return checkPlausibleOn(today, maxAge, DEFAULT_FIELD);
  }

  /**
   * Checks that the birth date is not after {@code today} and that the age on {@code today} is at most
   * {@code maxAge}. The library never reads the clock: the caller supplies the day (see
   * {@code BeijingTime.today(Clock)}).
   *
   * @return this number, for chaining
   * @throws ValidationException with code {@code core.person.id_number_future_birth} or
   *     {@code core.person.id_number_too_old}
   */
  public IdentityNumber checkPlausibleOn(LocalDate today, int maxAge, String field) {
    Objects.requireNonNull(today, "today");
    Preconditions.checkArgument(maxAge >= 0, "maxAge must not be negative");
    if (birthDate.isAfter(today)) {
      throw ValidationException.of(field, "core.person.id_number_future_birth");
    }
    if (ageOn(today) > maxAge) {
      throw ValidationException.of(field, "core.person.id_number_too_old", "maxAge", maxAge);
    }
    return this;
  }

  /** The first and last character with every other one replaced by {@code *}: {@code 1****************X}. */
  @Override
  public String masked() {
    return value.charAt(0) + "*".repeat(value.length() - 2) + value.charAt(value.length() - 1);
  }

  private static String stripped(String raw, String field) {
    Objects.requireNonNull(field, "field");
    return Objects.requireNonNull(raw, field).strip();
  }

  /**
   * One-based code-point position of the first of the first {@code count} code points that is not 0–9, or 0. The
   * callers pass a string of at least {@code count} chars, so the scan stops at a non-digit (a surrogate pair is one)
   * before it can run out of code points.
   */
  private static int firstNonDigit(String s, int count) {
    int position = 1;
    for (int i = 0; position <= count; position++) {
      int cp = s.codePointAt(i);
      if (cp < '0' || cp > '9') {
        return position;
      }
      i += Character.charCount(cp);
    }
    return 0;
  }

  private static boolean isCheckCharacter(char c) {
    return (c >= '0' && c <= '9') || c == 'X' || c == 'x';
  }

  private static int digits(String s, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  /** The date in {@code year} whose month and day are the four digits at {@code monthAt}. */
  private static LocalDate birthDate(String s, int year, int monthAt, String field) {
    int month = digits(s, monthAt, 2);
    int day = digits(s, monthAt + 2, 2);
    // Checked by hand rather than by catching DateTimeException: impossible dates are ordinary bad input.
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      throw ValidationException.of(field, "core.person.id_number_birth_date");
    }
    return LocalDate.of(year, month, day);
  }
}
