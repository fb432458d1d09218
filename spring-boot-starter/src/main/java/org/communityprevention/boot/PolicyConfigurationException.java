package org.communityprevention.boot;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * The configured policy cannot be used: the application does not start. Names the property at fault and carries the
 * library's violations, each with the policy field it concerns (a provincial layer that loosens its baseline names
 * every loosened field).
 */
public final class PolicyConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final transient List<Violation> violations;

  PolicyConfigurationException(String property, ValidationException cause) {
    super(property + ": " + cause.message(Messages.EN), cause);
    this.property = property;
    this.violations = cause.violations();
  }

  /** The property at fault, such as {@code community-prevention.policy.layer}. */
  public String property() {
    return property;
  }

  /** The violations, each naming its policy field. */
  public List<Violation> violations() {
    return violations;
  }

  /** Every violation in a language, one per line. */
  public String describe(Locale locale) {
    return violations.stream().map(v -> "  " + v.message(locale)).collect(Collectors.joining("\n"));
  }
}
