package org.communityprevention.services.village;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.allocation.Allocation;
import org.communityprevention.services.allocation.ServiceDemand;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.ChannelFinding;
import org.immutables.value.Value;

/**
 * The services of a village or community on a day (村（社区）服务清单): every accepted resident's demand (eligible
 * services and priority) in input order, every rejected record with its position and violations, one list per
 * resident service in dispatch order, the gaps in the channel plan and, where capacities were given, the
 * allocation. Accepted plus rejected always equals the input count; the lists, findings and allocation do not depend
 * on the input order.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableVillageServicePlan.class)
@JsonDeserialize(as = ImmutableVillageServicePlan.class)
public abstract class VillageServicePlan {
  /** The village and day. */
  public abstract VillageDay day();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** How many records came in. */
  public abstract long inputCount();

  /** The accepted residents' demands, in input order. */
  public abstract List<ServiceDemand> accepted();

  /** The rejected records, in input order. */
  public abstract List<Rejected> rejected();

  /** One list per resident service, in catalogue order (empty lists included). */
  public abstract List<ServiceList> lists();

  /** Gaps in the channel plan, by service, then person id, then kind. */
  public abstract List<ChannelFinding> findings();

  /** Who is served and who waits, where capacities were given. */
  public abstract Optional<Allocation> allocation();

  /** The accepted and rejected records as a {@link BatchResult}. */
  @JsonIgnore
  public BatchResult<ServiceDemand> batch() {
    return BatchResult.of(inputCount(), accepted(), rejected());
  }

  /** How many residents are eligible for each resident service. */
  @JsonIgnore
  public Map<CommunityService, Integer> counts() {
    Map<CommunityService, Integer> out = new EnumMap<>(CommunityService.class);
    lists().forEach(l -> out.put(l.service(), l.persons()));
    return out;
  }

  /** The list of a service. */
  public Optional<ServiceList> list(CommunityService service) {
    return lists().stream().filter(l -> l.service() == service).findFirst();
  }

  @Value.Check
  void check() {
    if (accepted().size() + (long) rejected().size() != inputCount()) {
      throw ValidationException.of("inputCount", "services.village.counts_do_not_add_up",
          "accepted", accepted().size(), "rejected", rejected().size(), "input", inputCount());
    }
  }

  /** Builds a {@link VillageServicePlan}. */
  public static final class Builder extends ImmutableVillageServicePlan.Builder {}
}
