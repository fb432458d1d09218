package org.communityprevention.core.population.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A contact who tested positive (病例转报, §2.4, §2.3): a close or secondary close contact whose own test during the
 * contact window came back positive. The person leaves the contact categories and is reported as a case; the
 * reasons name each exposure, its category and the day of the positive test.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseReferral.class)
@JsonDeserialize(as = ImmutableCaseReferral.class)
public abstract class CaseReferral {
  /** The person's opaque id. */
  public abstract String personId();

  /** The worker responsible for the person (包保责任人), if any. */
  public abstract Optional<String> responsibleWorkerId();

  /** Why: one {@code core.population.case_referral} reason per exposure the positive test ended. */
  public abstract List<Reason> reasons();

  @Value.Check
  void check() {
    if (reasons().isEmpty()) {
      throw ValidationException.of("reasons", "core.population.referral_without_reason");
    }
  }

  /** Builds a {@link CaseReferral}. */
  public static final class Builder extends ImmutableCaseReferral.Builder {}
}
