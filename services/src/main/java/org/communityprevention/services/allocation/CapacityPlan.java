package org.communityprevention.services.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.services.catalogue.CommunityService;
import org.immutables.value.Value;

/**
 * How many residents each service can serve on a day (服务能力): deliveries, care visits, vehicle trips. A service
 * the plan does not list is not limited; a capacity of 0 serves nobody and puts everyone on the waiting list.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCapacityPlan.class)
@JsonDeserialize(as = ImmutableCapacityPlan.class)
public abstract class CapacityPlan {
  /** Capacity per service, in residents; at least 0. */
  public abstract Map<CommunityService, Integer> capacities();

  /** The capacity of a service; empty if it is not limited. */
  public Optional<Integer> capacityOf(CommunityService service) {
    return Optional.ofNullable(capacities().get(service));
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    capacities().forEach((service, capacity) -> {
      if (capacity < 0) {
        problems.add(Violation.of("capacities." + service.name(), "services.allocation.negative_capacity",
            "service", service.code(), "capacity", capacity));
      }
    });
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A plan that limits no service. */
  public static CapacityPlan unlimited() {
    return ImmutableCapacityPlan.builder().build();
  }

  /** A plan from capacities per service. */
  public static CapacityPlan of(Map<CommunityService, Integer> capacities) {
    return ImmutableCapacityPlan.builder().putAllCapacities(capacities).build();
  }
}
