package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/** The proxy authorizations of one village's election, each ruled on (see {@link Proxies}). */
@Value.Immutable
@JsonSerialize(as = ImmutableProxyReview.class)
@JsonDeserialize(as = ImmutableProxyReview.class)
public abstract class ProxyReview {
  /** The village or community. */
  public abstract DivisionCode village();

  /** Which committee the election fills; a review stored before the kind was recorded is a villagers' one. */
  @Value.Default
  public CommitteeKind committee() {
    return CommitteeKind.VILLAGERS_COMMITTEE;
  }

  /** The election day. */
  public abstract LocalDate electionDay();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** The day the lists of principals and proxies were published, if they were. */
  public abstract Optional<LocalDate> listsPublishedOn();

  /** A ruling per authorization, in input order. */
  public abstract List<ProxyRuling> rulings();

  /** The valid authorization of a principal, if any. */
  public Optional<ProxyRuling> validFor(String principalId) {
    return rulings().stream().filter(r -> r.valid() && r.principalId().equals(principalId)).findFirst();
  }

  /** How many valid proxies a holder holds. */
  public long heldBy(String holderId) {
    return rulings().stream().filter(r -> r.valid() && r.holderId().equals(holderId)).count();
  }

  /** Builder. */
  public static final class Builder extends ImmutableProxyReview.Builder {}
}
