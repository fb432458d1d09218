package org.communityprevention.risk.response;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One day of the emergency-response fold: the new status and the change, if any. */
@Value.Immutable
@JsonSerialize(as = ImmutableResponseStep.class)
@JsonDeserialize(as = ImmutableResponseStep.class)
public abstract class ResponseStep {
  /** The status at the end of the day. */
  @Value.Parameter
  public abstract ResponseStatus status();

  /** The change on the day, if the state or the measures changed. */
  @Value.Parameter
  public abstract Optional<ResponseTransition> transition();

  static ResponseStep step(ResponseStatus status, Optional<ResponseTransition> transition) {
    return ImmutableResponseStep.of(status, transition);
  }
}
