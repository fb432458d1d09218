package org.communityprevention.core.isolation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.communityprevention.core.decision.Reason;
import org.immutables.value.Value;

/**
 * One problem a check of a mass isolation found (转运核查问题): its kind, the id it is about (a person, a household,
 * a trip or the order) and the reason, with clause §2.5, in Chinese and English.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransferFinding.class)
@JsonDeserialize(as = ImmutableTransferFinding.class)
public abstract class TransferFinding {
  /** What is wrong. */
  @Value.Parameter
  public abstract TransferFindingKind kind();

  /** The id it is about: a person's, a household's, a trip's or the order's. */
  @Value.Parameter
  public abstract String subject();

  /** Why, with its clause. */
  @Value.Parameter
  public abstract Reason reason();

  /** A finding. */
  public static TransferFinding of(TransferFindingKind kind, String subject, Reason reason) {
    return ImmutableTransferFinding.of(kind, subject, reason);
  }
}
