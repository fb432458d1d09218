package org.communityprevention.services.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * The channels a village or community actually runs for each service (服务渠道安排), for instance an app that takes
 * government services online only. A service the plan does not list runs every channel of the catalogue. A plan
 * may only name channels the catalogue has for the service and never leaves a service without a channel.
 *
 * <p>The plan is what the village offers; eligibility then adds an offline channel for a person the §2.6 guarantee
 * covers where the plan has none, and reports that gap as a finding.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableChannelPlan.class)
@JsonDeserialize(as = ImmutableChannelPlan.class)
public abstract class ChannelPlan {
  /** The channels run per service; a service not listed runs its catalogue channels. */
  public abstract Map<CommunityService, ImmutableSet<Channel>> channels();

  /** The channels run for a service. */
  public Set<Channel> channelsOf(CommunityService service) {
    Set<Channel> planned = channels().get(service);
    return planned == null ? service.channels() : planned;
  }

  /** {@link #channelsOf} as a channel mask. */
  public int channelMaskOf(CommunityService service) {
    return Channel.maskOf(channelsOf(service));
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    for (Map.Entry<CommunityService, ImmutableSet<Channel>> e : channels().entrySet()) {
      String field = "channels." + e.getKey().name();
      if (e.getValue().isEmpty()) {
        problems.add(Violation.of(field, "services.catalogue.no_channel", "service", e.getKey().code()));
      }
      for (Channel c : e.getValue()) {
        if (!e.getKey().channels().contains(c)) {
          problems.add(Violation.of(field, "services.catalogue.channel_not_in_catalogue",
              "service", e.getKey().code(), "channel", c.code()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** The plan that runs every catalogue channel of every service. */
  public static ChannelPlan catalogue() {
    return ImmutableChannelPlan.builder().build();
  }

  /** A plan from channels per service. */
  public static ChannelPlan of(Map<CommunityService, ? extends Set<Channel>> channels) {
    ImmutableChannelPlan.Builder b = ImmutableChannelPlan.builder();
    channels.forEach((service, set) -> b.putChannels(service, Sets.immutableEnumSet(set)));
    return b.build();
  }

  /** This plan with a service run through the given channels only. */
  public ChannelPlan with(CommunityService service, Set<Channel> channels) {
    Map<CommunityService, Set<Channel>> all = new EnumMap<>(CommunityService.class);
    all.putAll(channels());
    all.put(service, channels);
    return of(all);
  }
}
