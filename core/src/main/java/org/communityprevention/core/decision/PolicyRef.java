package org.communityprevention.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Which policy decided: its id and version, enough to load the same policy again and replay the decision. */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicyRef.class)
@JsonDeserialize(as = ImmutablePolicyRef.class)
public abstract class PolicyRef {
  /** Policy id, such as {@code ed7-2020}. */
  @Value.Parameter
  public abstract String id();

  /** Policy version. */
  @Value.Parameter
  public abstract String version();

  /** A reference to a policy. */
  public static PolicyRef of(String id, String version) {
    return ImmutablePolicyRef.of(id, version);
  }

  @Override
  public String toString() {
    return id() + "@" + version();
  }
}
