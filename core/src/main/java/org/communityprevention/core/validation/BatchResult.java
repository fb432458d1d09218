package org.communityprevention.core.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The outcome of a batch: the items accepted and the items rejected with their violations. Nothing is silently
 * dropped: {@code accepted().size() + rejected().size() == inputCount()} always holds, and the constructor refuses a
 * result where it does not.
 *
 * @param <T> the accepted item type
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchResult.class)
@JsonDeserialize(as = ImmutableBatchResult.class)
public abstract class BatchResult<T> {
  /** How many items came in. */
  public abstract long inputCount();

  /** The accepted items, in input order. */
  public abstract List<T> accepted();

  /** The rejected items, in input order. */
  public abstract List<Rejected> rejected();

  @Value.Check
  void check() {
    if (accepted().size() + (long) rejected().size() != inputCount()) {
      throw new IllegalStateException("accepted " + accepted().size() + " + rejected " + rejected().size()
          + " != input " + inputCount());
    }
  }

  /** Whether every item was accepted. */
  @JsonIgnore
  public boolean isClean() {
    return rejected().isEmpty();
  }

  /**
   * Validates every item with a parser that either returns a value or throws {@link ValidationException}; a
   * rejected item is reported with its zero-based index and the batch goes on.
   */
  public static <I, T> BatchResult<T> validateEach(List<I> input, Function<? super I, ? extends T> parser) {
    ImmutableList.Builder<T> ok = ImmutableList.builder();
    ImmutableList.Builder<Rejected> bad = ImmutableList.builder();
    for (int i = 0; i < input.size(); i++) {
      try {
        ok.add(parser.apply(input.get(i)));
      } catch (ValidationException e) {
        bad.add(Rejected.of(i, e.under("[" + i + "]").violations()));
      }
    }
    return of(input.size(), ok.build(), bad.build());
  }

  /** A batch result from its parts; fails if the counts do not add up. */
  public static <T> BatchResult<T> of(long inputCount, List<T> accepted, List<Rejected> rejected) {
    return ImmutableBatchResult.<T>builder()
        .inputCount(inputCount).addAllAccepted(accepted).addAllRejected(rejected).build();
  }
}
