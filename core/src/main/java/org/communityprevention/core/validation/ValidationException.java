package org.communityprevention.core.validation;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityprevention.core.message.Messages;

/**
 * Thrown when an input cannot be turned into a valid value. It carries every violation found, each naming its
 * field; its message is English and holds no personal data. Use {@link #message(Locale)} for Chinese.
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final ImmutableList<Violation> violations;

  /** An exception carrying at least one violation. */
  public ValidationException(List<Violation> violations) {
    super(join(violations, Messages.EN));
    Preconditions.checkArgument(!violations.isEmpty(), "a validation exception needs a violation");
    this.violations = ImmutableList.copyOf(violations);
  }

  /** An exception carrying one violation. */
  public static ValidationException of(String field, String code, Object... nameValuePairs) {
    return new ValidationException(List.of(Violation.of(field, code, nameValuePairs)));
  }

  /** Every violation found, in the order found. */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /** The same violations under a parent field path. */
  public ValidationException under(String parentPath) {
    return new ValidationException(violations.stream().map(v -> v.under(parentPath)).collect(Collectors.toList()));
  }

  /** The message in a language. */
  public String message(Locale locale) {
    return join(violations, locale);
  }

  private static String join(List<Violation> violations, Locale locale) {
    return violations.stream().map(v -> v.message(locale) + " [" + v.code() + "]").collect(Collectors.joining("; "));
  }
}
