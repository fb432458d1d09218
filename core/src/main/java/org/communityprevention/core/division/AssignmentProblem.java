package org.communityprevention.core.division;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.message.Messages;
import org.immutables.value.Value;

/**
 * A role assignment that cannot count towards coverage (§1.3): it points to a grid unit that is not known, or to a
 * unit of a kind the role does not answer for (a grid worker on a building, say).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssignmentProblem.class)
@JsonDeserialize(as = ImmutableAssignmentProblem.class)
public abstract class AssignmentProblem {
  /** Zero-based position of the assignment in the input. */
  public abstract int position();

  /** The worker's opaque id. */
  public abstract String workerId();

  /** The role of the assignment. */
  public abstract GridRole role();

  /** The unit id it points to. */
  public abstract String gridUnitId();

  /** The kind of that unit, when the unit is known (a wrong-kind problem). */
  public abstract Optional<GridUnitKind> unitKind();

  /** Stable reason code, such as {@code core.division.assignment_unknown_unit}. */
  public abstract String code();

  /** The clause of the notice behind the rule: {@code §1.3}. */
  public abstract String clause();

  /** The text of this problem in a language (Chinese or English). */
  public String message(Locale locale) {
    Map<String, Object> params = new HashMap<>();
    params.put("position", position());
    params.put("unit", gridUnitId());
    params.put("role", role().english());
    params.put("roleZh", role().chinese());
    params.put("expected", role().responsibleFor().english());
    params.put("expectedZh", role().responsibleFor().chinese());
    unitKind().ifPresent(k -> {
      params.put("kind", k.english());
      params.put("kindZh", k.chinese());
    });
    return Messages.render(code(), params, locale);
  }

  /** Builds an {@link AssignmentProblem}. */
  public static final class Builder extends ImmutableAssignmentProblem.Builder {}
}
