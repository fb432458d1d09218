package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A voter's entrustment of their vote to another voter (委托投票, §4.4; 村民委员会组织法 Art. 15 ¶4), as filed with
 * the villagers' election committee.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProxyAuthorization.class)
@JsonDeserialize(as = ImmutableProxyAuthorization.class)
public abstract class ProxyAuthorization {
  /** The caller's id of the authorization. */
  public abstract String id();

  /** The voter who entrusts (委托人). */
  public abstract String principalId();

  /** The voter entrusted (受委托人). */
  public abstract String holderId();

  /** How the holder is related to the principal. */
  public abstract Relationship relationship();

  /** Whether it is in writing (书面委托). */
  public abstract boolean written();

  /** The Beijing date it was filed with the election committee. */
  public abstract LocalDate filedOn();

  @Value.Check
  void check() {
    Ids.check("id", id());
    Ids.check("principalId", principalId());
    Ids.check("holderId", holderId());
  }

  /** Builder. */
  public static final class Builder extends ImmutableProxyAuthorization.Builder {}
}
