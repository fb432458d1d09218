package org.communityprevention.core.validation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An input item a batch did not accept: where it was (its index, or its line number in a JSON Lines stream) and
 * why. The raw item is not kept, so personal data in it cannot leak through the batch result.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRejected.class)
@JsonDeserialize(as = ImmutableRejected.class)
public abstract class Rejected {
  /** Zero-based position of the item in the input, or the one-based line number for line-oriented input. */
  public abstract long position();

  /** Why the item was rejected; never empty. */
  public abstract List<Violation> violations();

  @Value.Check
  void check() {
    if (violations().isEmpty()) {
      throw new IllegalStateException("a rejected item needs at least one violation");
    }
  }

  /** A rejected item. */
  public static Rejected of(long position, List<Violation> violations) {
    return ImmutableRejected.builder().position(position).violations(violations).build();
  }
}
