package org.communityprevention.services.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.catalogue.Channel;
import org.communityprevention.services.catalogue.CommunityService;
import org.immutables.value.Value;

/**
 * One service a resident is eligible for (可享受的服务): the channels offered and the one to use first, the channels
 * the village's plan runs, any gap in that plan, and why: one reason per rule that fired, then the channel reasons.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableEligibleService.class)
@JsonDeserialize(as = ImmutableEligibleService.class)
public abstract class EligibleService {
  /** The service. */
  public abstract CommunityService service();

  /** The channels offered to the resident; always holds an offline one for a special group (§2.6). */
  public abstract Set<Channel> channels();

  /** The channel to use first. */
  public abstract Channel preferredChannel();

  /** The channels the village's plan runs for the service. */
  public abstract Set<Channel> plannedChannels();

  /** Gaps in the plan for this resident. */
  public abstract Set<ChannelFindingKind> findings();

  /** Why: the rules that fired, then how the channels were chosen. */
  public abstract List<Reason> reasons();

  /** Every clause the reasons cite, in clause order. */
  @JsonIgnore
  public Set<Clause> clauses() {
    Set<Clause> out = new TreeSet<>();
    reasons().forEach(r -> out.addAll(r.clauses()));
    return out;
  }

  @Value.Check
  void check() {
    if (!channels().contains(preferredChannel())) {
      throw ValidationException.of("preferredChannel", "services.eligibility.preferred_not_offered");
    }
    if (reasons().isEmpty()) {
      throw ValidationException.of("reasons", "services.eligibility.no_reason");
    }
  }

  /** Builds an {@link EligibleService}. */
  public static final class Builder extends ImmutableEligibleService.Builder {}
}
