package org.communityprevention.services.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.communityprevention.services.catalogue.CommunityService;
import org.immutables.value.Value;

/**
 * The allocation of every service's capacity on a day (服务能力分配): one {@link ServiceQueue} per service that has
 * at least one eligible resident, in catalogue order.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAllocation.class)
@JsonDeserialize(as = ImmutableAllocation.class)
public abstract class Allocation {
  /** The queues, in catalogue order. */
  public abstract List<ServiceQueue> queues();

  /** The queue of a service, if anyone is eligible for it. */
  public Optional<ServiceQueue> queue(CommunityService service) {
    return queues().stream().filter(q -> q.service() == service).findFirst();
  }

  /** An allocation of queues. */
  public static Allocation of(List<ServiceQueue> queues) {
    return ImmutableAllocation.builder().queues(queues).build();
  }
}
