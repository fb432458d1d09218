package org.communityprevention.services.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.catalogue.CommunityService;
import org.immutables.value.Value;

/**
 * One service's queue on a day (服务排队): who is served, in dispatch order, and who waits, in dispatch order. The
 * served residents are exactly the first {@code min(capacity, eligible)} of the dispatch order, so nobody waits
 * while a resident after them is served and no capacity is left idle while anyone waits.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableServiceQueue.class)
@JsonDeserialize(as = ImmutableServiceQueue.class)
public abstract class ServiceQueue {
  /** The service. */
  public abstract CommunityService service();

  /** The capacity; empty if the service is not limited. */
  public abstract Optional<Integer> capacity();

  /** The residents served, in dispatch order. */
  public abstract List<DispatchPriority> served();

  /** The residents waiting, in dispatch order. */
  public abstract List<DispatchPriority> waiting();

  /** How many residents are eligible. */
  public int eligible() {
    return served().size() + waiting().size();
  }

  @Value.Check
  void check() {
    if (capacity().isPresent() && served().size() > capacity().get()) {
      throw ValidationException.of("served", "services.allocation.over_capacity",
          "capacity", capacity().get(), "served", served().size());
    }
    if (!waiting().isEmpty() && (capacity().isEmpty() || served().size() < capacity().get())) {
      throw ValidationException.of("waiting", "services.allocation.idle_capacity");
    }
    if (!served().isEmpty() && !waiting().isEmpty()
        && !served().get(served().size() - 1).before(waiting().get(0))) {
      throw ValidationException.of("waiting", "services.allocation.out_of_order");
    }
  }

  /** Builds a {@link ServiceQueue}. */
  public static final class Builder extends ImmutableServiceQueue.Builder {}
}
