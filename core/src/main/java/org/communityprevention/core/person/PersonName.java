package org.communityprevention.core.person;

import java.util.Objects;
import org.communityprevention.core.validation.ValidationException;

/**
 * A person's name as written: Chinese names, names with rare characters outside the Basic Multilingual Plane
 * (such as {@code 𠀀}), ethnic-minority names with a middle dot ({@code 阿依古丽·买买提}) and Latin names with
 * spaces.
 *
 * <p>Parsing removes surrounding whitespace and rejects a blank name, control characters (and unpaired surrogates)
 * and names over {@value #MAX_LENGTH} code points. There is no Unicode normalisation: a name is kept and compared
 * exactly as given. Lengths, positions and masking count code points, so a supplementary character is one
 * character and is never split. {@link #toString()} and {@link #masked()} keep the first character and replace
 * each other one by {@code *}.
 */
public final class PersonName extends PersonalValue {
  /** The field name violations carry unless the caller names another. */
  public static final String DEFAULT_FIELD = "name";
  /** The longest name accepted, in code points. */
  public static final int MAX_LENGTH = 64;

  private final String value;

  private PersonName(String value) {
    super(value);
    this.value = value;
  }

  /** Parses a name; see {@link #parse(String, String)}. */
  public static PersonName parse(String raw) {
    return parse(raw, DEFAULT_FIELD);
  }

  /**
   * Parses a name.
   *
   * @param raw the name as entered
   * @param field the field path violations name, such as {@code residents[3].name}
   * @throws ValidationException with code {@code core.person.name_blank}, {@code core.person.name_characters}
   *     (with the one-based code-point position) or {@code core.person.name_length}
   */
  public static PersonName parse(String raw, String field) {
    Objects.requireNonNull(field, "field");
    String s = Objects.requireNonNull(raw, field).strip();
    if (s.isEmpty()) {
      throw ValidationException.of(field, "core.person.name_blank");
    }
    int position = 1;
    for (int i = 0; i < s.length(); position++) {
      int cp = s.codePointAt(i);
      if (isForbidden(cp)) {
        throw ValidationException.of(field, "core.person.name_characters", "position", position);
      }
      i += Character.charCount(cp);
    }
    int length = position - 1;
    if (length > MAX_LENGTH) {
      throw ValidationException.of(field, "core.person.name_length", "length", length, "max", MAX_LENGTH);
    }
    return new PersonName(s);
  }

  /** The number of characters (code points) in the name. */
  public int length() {
    return value.codePointCount(0, value.length());
  }

  /**
   * The first character, then one {@code *} per further character: 张三丰 → {@code 张**}; a name of one character
   * masks to {@code *}.
   */
  @Override
  public String masked() {
    int n = length();
    if (n == 1) {
      return "*";
    }
    return value.substring(0, Character.charCount(value.codePointAt(0))) + "*".repeat(n - 1);
  }

  private static boolean isForbidden(int cp) {
    int type = Character.getType(cp);
    // codePointAt returns an unpaired surrogate as itself; a paired one arrives as one supplementary code point.
    return type == Character.CONTROL || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
