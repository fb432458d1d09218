package org.communityprevention.core.testing;

import java.util.List;
import java.util.stream.Collectors;
import org.communityprevention.core.validation.ValidationException;

/** The violations a call is refused with, as {@code "field code"} lines that one assertion can compare. */
public final class Violations {
  private Violations() {}

  /**
   * Runs a call that must be refused.
   *
   * @return each violation of its {@link ValidationException} as {@code "field code"}, in order
   * @throws AssertionError if the call returns normally
   */
  public static List<String> violations(Runnable call) {
    try {
      call.run();
    } catch (ValidationException e) {
      return e.violations().stream().map(v -> v.field() + " " + v.code()).collect(Collectors.toList());
    }
    throw new AssertionError("expected a ValidationException, but the call returned normally");
  }
}
