package org.communityprevention.services.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.services.catalogue.Channel;
import org.communityprevention.services.catalogue.CommunityService;
import org.immutables.value.Value;

/**
 * A gap in a village's channel plan for one eligible resident (渠道问题): the service, what is wrong, the channels
 * the plan runs and the channels the resident is offered instead. The resident is never left without the offline
 * channel: eligibility offers it anyway, and the finding tells the village to fix its plan.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableChannelFinding.class)
@JsonDeserialize(as = ImmutableChannelFinding.class)
public abstract class ChannelFinding {
  /** The resident's opaque id. */
  public abstract String personId();

  /** The service. */
  public abstract CommunityService service();

  /** What is wrong. */
  public abstract ChannelFindingKind kind();

  /** The channels the plan runs for the service. */
  public abstract Set<Channel> planned();

  /** The channels the resident is offered. */
  public abstract Set<Channel> offered();

  /** The finding as a reason, with its clause. */
  public Reason reason() {
    return Reason.of(kind().reasonCode(), kind().clause()).fact("service", service().code(), service())
        .fact("planned", planned()).fact("offered", offered()).build();
  }

  /** Builds a {@link ChannelFinding}. */
  public static final class Builder extends ImmutableChannelFinding.Builder {}
}
