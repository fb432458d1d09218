package org.communityprevention.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Where a policy value comes from: a source description and its {@link SourceMark mark}. */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance {
  /** How sure the value is. */
  @Value.Parameter
  public abstract SourceMark mark();

  /** The document, article or page the value comes from, or why it is a default. */
  @Value.Parameter
  public abstract String source();

  /** A provenance. */
  public static Provenance of(SourceMark mark, String source) {
    return ImmutableProvenance.of(mark, source);
  }
}
