package org.communityprevention.core.validation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Map;
import org.communityprevention.core.message.Messages;
import org.immutables.value.Value;

/**
 * One thing wrong with an input: which field, a stable code, and safe parameters.
 *
 * <p>A violation never carries the raw personal value it rejected (an identity number, a phone number, a name):
 * only the field path and facts such as a length or a position. Its text renders in Chinese or English from the
 * code (see {@link Messages}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableViolation.class)
@JsonDeserialize(as = ImmutableViolation.class)
public abstract class Violation {
  /** The path of the offending field, such as {@code residents[3].identityNumber} or {@code reportedAt}. */
  public abstract String field();

  /** Stable code of the rule broken, such as {@code core.person.id_number_check}. */
  public abstract String code();

  /** Non-personal facts that explain the violation (expected length, the offending position, a limit). */
  public abstract Map<String, String> params();

  /** A violation of {@code code} at {@code field}, with parameters given as alternating names and values. */
  public static Violation of(String field, String code, Object... nameValuePairs) {
    ImmutableViolation.Builder b = ImmutableViolation.builder().field(field).code(code);
    if (nameValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come as name/value pairs");
    }
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      b.putParams(String.valueOf(nameValuePairs[i]), String.valueOf(nameValuePairs[i + 1]));
    }
    return b.build();
  }

  /** The same violation under a parent path: {@code residents[3]} + {@code birthDate}. */
  public Violation under(String parentPath) {
    String path = field().isEmpty() ? parentPath : field().startsWith("[") ? parentPath + field()
        : parentPath + "." + field();
    return ImmutableViolation.builder().from(this).field(path).build();
  }

  /** The text of this violation in a language, prefixed by the field path. */
  public String message(Locale locale) {
    return field() + ": " + Messages.render(code(), params(), locale);
  }

  @Override
  public String toString() {
    return message(Messages.EN) + " [" + code() + "]";
  }
}
