package org.communityprevention.core.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The next dated thing a worker does for a membership (下一步工作): a test, a phase change or the release. */
@Value.Immutable
@JsonSerialize(as = ImmutableNextAction.class)
@JsonDeserialize(as = ImmutableNextAction.class)
public abstract class NextAction {
  /** The day of the action; the as-of date itself when it is due today (or overdue). */
  @Value.Parameter
  public abstract LocalDate on();

  /** What is due. */
  @Value.Parameter
  public abstract ActionKind kind();

  /** An action. */
  public static NextAction of(LocalDate on, ActionKind kind) {
    return ImmutableNextAction.of(on, kind);
  }
}
