package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityprevention.core.decision.Reason;
import org.immutables.value.Value;

/** Whether one proxy authorization is valid, and why (every failed requirement is listed). */
@Value.Immutable
@JsonSerialize(as = ImmutableProxyRuling.class)
@JsonDeserialize(as = ImmutableProxyRuling.class)
public abstract class ProxyRuling {
  /** The authorization's id. */
  public abstract String authorizationId();

  /** The principal. */
  public abstract String principalId();

  /** The holder. */
  public abstract String holderId();

  /** Whether it is valid. */
  public abstract boolean valid();

  /** Why: the valid reason, or every requirement it fails. */
  public abstract List<Reason> reasons();

  /** The reasons' texts in a language. */
  public List<String> explain(Locale locale) {
    return reasons().stream().map(r -> r.text(locale)).collect(Collectors.toList());
  }

  /** Builder. */
  public static final class Builder extends ImmutableProxyRuling.Builder {}
}
