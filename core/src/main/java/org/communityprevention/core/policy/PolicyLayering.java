package org.communityprevention.core.policy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * The rule that a provincial policy may tighten its national baseline but never loosen it: longer windows, earlier
 * deadlines, more measures, lower caps are fine; the reverse is refused with a violation naming each field.
 */
public final class PolicyLayering {
  private PolicyLayering() {}

  /**
   * Checks that {@code layered} is at least as strict as {@code baseline} in every field of {@link PolicyFields}.
   *
   * @return {@code layered}, unchanged
   * @throws ValidationException listing every loosened field, with code {@code core.policy.loosening}
   */
  public static Policy requireTightening(Policy baseline, Policy layered) {
    List<Violation> loosened = loosenings(baseline, layered);
    if (!loosened.isEmpty()) {
      throw new ValidationException(loosened);
    }
    return layered;
  }

  /** The fields where {@code layered} is looser than {@code baseline}; empty when it only tightens. */
  public static ImmutableList<Violation> loosenings(Policy baseline, Policy layered) {
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    for (PolicyField field : PolicyFields.all()) {
      if (!field.atLeastAsStrict(layered, baseline)) {
        out.add(Violation.of(field.path(), "core.policy.loosening",
            "baseline", shown(field.valueIn(baseline)), "value", shown(field.valueIn(layered)),
            "direction", field.strictness()));
      }
    }
    return out.build();
  }

  /** The paths of the fields whose values differ between two policies. */
  public static ImmutableList<String> changedFields(Policy baseline, Policy layered) {
    return PolicyFields.all().stream()
        .filter(f -> !Objects.equals(f.valueIn(baseline), f.valueIn(layered)))
        .map(PolicyField::path)
        .collect(ImmutableList.toImmutableList());
  }

  /** A value as a message shows it; an absent optional value (no plan, no target) as a dash, never "null". */
  private static String shown(Object value) {
    return value == null ? "—" : String.valueOf(value);
  }
}
