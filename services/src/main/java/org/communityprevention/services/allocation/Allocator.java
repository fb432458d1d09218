package org.communityprevention.services.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.catalogue.CommunityService;

/**
 * Allocates each service's capacity along the dispatch order (按优先级分配服务能力). The demands are sorted once by
 * {@link DispatchPriority}, a total order; each service then serves the first residents of that order up to its
 * capacity and puts the rest on its waiting list. The result depends only on the set of demands, never on their
 * order, and linear after the sort.
 */
public final class Allocator {
  private Allocator() {}

  /**
   * Allocates capacities to demands.
   *
   * @throws ValidationException if two demands have the same person id (the order would then not be total)
   */
  public static Allocation allocate(CapacityPlan capacities, Collection<ServiceDemand> demands) {
    List<ServiceDemand> sorted = new ArrayList<>(demands);
    sorted.sort((a, b) -> a.priority().compareTo(b.priority()));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (!seen.add(sorted.get(i).personId())) {
        throw ValidationException.of("demands", "services.allocation.duplicate_person");
      }
    }
    Map<CommunityService, List<DispatchPriority>> served = new EnumMap<>(CommunityService.class);
    Map<CommunityService, List<DispatchPriority>> waiting = new EnumMap<>(CommunityService.class);
    for (ServiceDemand d : sorted) {
      for (CommunityService s : d.services()) {
        List<DispatchPriority> in = served.computeIfAbsent(s, x -> new ArrayList<>());
        Optional<Integer> cap = capacities.capacityOf(s);
        if (cap.isEmpty() || in.size() < cap.get()) {
          in.add(d.priority());
        } else {
          waiting.computeIfAbsent(s, x -> new ArrayList<>()).add(d.priority());
        }
      }
    }
    List<ServiceQueue> queues = new ArrayList<>();
    for (Map.Entry<CommunityService, List<DispatchPriority>> e : served.entrySet()) {
      queues.add(new ServiceQueue.Builder().service(e.getKey()).capacity(capacities.capacityOf(e.getKey()))
          .served(e.getValue()).waiting(waiting.getOrDefault(e.getKey(), List.of())).build());
    }
    return Allocation.of(queues);
  }
}
