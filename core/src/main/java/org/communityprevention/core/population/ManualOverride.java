package org.communityprevention.core.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A worker's decision about one category (人工认定): add the resident to it or remove them from it, from a day on,
 * with the worker's reason. A manual decision stands beside the automatic outcome and wins; a later decision on the
 * same category replaces an earlier one. The reason text is the worker's own words: it is kept on this value and
 * never copied into a {@link org.communityprevention.core.decision.Reason}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableManualOverride.class)
@JsonDeserialize(as = ImmutableManualOverride.class)
public abstract class ManualOverride {
  /** The longest reason text accepted, in characters. */
  public static final int MAX_REASON_LENGTH = 500;

  /** The category decided on. */
  public abstract Category category();

  /** Add or remove. */
  public abstract OverrideAction action();

  /** First day the decision applies. */
  public abstract LocalDate decidedOn();

  /** The deciding worker's opaque id. */
  public abstract String workerId();

  /** The worker's reason, in their words. */
  public abstract String reasonText();

  @Value.Check
  void check() {
    PseudonymousId.check(workerId(), "workerId").ifPresent(v -> {
      throw new ValidationException(List.of(v));
    });
    if (reasonText().isBlank()) {
      throw ValidationException.of("reasonText", "core.population.override_reason_blank");
    }
    if (reasonText().length() > MAX_REASON_LENGTH) {
      throw ValidationException.of("reasonText", "core.population.override_reason_length",
          "max", MAX_REASON_LENGTH);
    }
  }

  /** A decision. */
  public static ManualOverride of(Category category, OverrideAction action, LocalDate decidedOn, String workerId,
      String reasonText) {
    return new Builder().category(category).action(action).decidedOn(decidedOn).workerId(workerId)
        .reasonText(reasonText).build();
  }

  /** Builds a {@link ManualOverride}. */
  public static final class Builder extends ImmutableManualOverride.Builder {}
}
