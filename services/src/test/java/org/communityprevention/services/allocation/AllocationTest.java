package org.communityprevention.services.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.catalogue.CommunityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dispatch priority and capacity planning")
class AllocationTest {
  private static ServiceDemand demand(String id, PriorityLevel level, int vulnerabilities, Integer age,
      CommunityService... services) {
    return ServiceDemand.of(DispatchPriority.of(id, level, vulnerabilities, Optional.ofNullable(age)),
        Optional.empty(), EnumSet.of(services[0], services));
  }

  @Test
  @DisplayName("§5.2 with two medicine deliveries for four patients: urgent first, then more vulnerabilities, then older, then id")
  void servesInPriorityOrder() {
    List<ServiceDemand> demands = List.of(
        demand("p4", PriorityLevel.HIGH, 2, 70, CommunityService.CHRONIC_MEDICINE_DELIVERY),
        demand("p3", PriorityLevel.HIGH, 2, 81, CommunityService.CHRONIC_MEDICINE_DELIVERY),
        demand("p2", PriorityLevel.NORMAL, 5, 90, CommunityService.CHRONIC_MEDICINE_DELIVERY),
        demand("p1", PriorityLevel.URGENT, 1, null, CommunityService.CHRONIC_MEDICINE_DELIVERY,
            CommunityService.KEY_GROUP_CARE));
    Allocation a = Allocator.allocate(CapacityPlan.of(Map.of(CommunityService.CHRONIC_MEDICINE_DELIVERY, 2)),
        demands);
    ServiceQueue medicine = a.queue(CommunityService.CHRONIC_MEDICINE_DELIVERY).orElseThrow();
    assertThat(medicine.served()).extracting(DispatchPriority::personId).containsExactly("p1", "p3");
    assertThat(medicine.waiting()).extracting(DispatchPriority::personId).containsExactly("p4", "p2");
    assertThat(medicine.capacity()).contains(2);
    ServiceQueue care = a.queue(CommunityService.KEY_GROUP_CARE).orElseThrow();
    assertThat(care.capacity()).isEmpty();
    assertThat(care.served()).extracting(DispatchPriority::personId).containsExactly("p1");
    assertThat(a.queue(CommunityService.HOLIDAY_VISIT)).isEmpty();
  }

  @Test
  @DisplayName("a capacity of 0 puts every eligible resident on the waiting list; unknown age comes after a known one")
  void zeroCapacity() {
    Allocation a = Allocator.allocate(CapacityPlan.of(Map.of(CommunityService.EMERGENCY_VEHICLE, 0)), List.of(
        demand("p1", PriorityLevel.URGENT, 1, null, CommunityService.EMERGENCY_VEHICLE),
        demand("p2", PriorityLevel.URGENT, 1, 30, CommunityService.EMERGENCY_VEHICLE)));
    ServiceQueue q = a.queue(CommunityService.EMERGENCY_VEHICLE).orElseThrow();
    assertThat(q.served()).isEmpty();
    assertThat(q.waiting()).extracting(DispatchPriority::personId).containsExactly("p2", "p1");
  }

  @Test
  @DisplayName("bad input: a negative capacity, a duplicate person, a queue that breaks the laws")
  void badInput() {
    assertThatThrownBy(() -> CapacityPlan.of(Map.of(CommunityService.DAILY_NECESSITIES, -1)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).field())
            .isEqualTo("capacities.DAILY_NECESSITIES"));
    assertThatThrownBy(() -> Allocator.allocate(CapacityPlan.unlimited(), List.of(
        demand("p1", PriorityLevel.HIGH, 1, 70, CommunityService.DAILY_NECESSITIES),
        demand("p1", PriorityLevel.NORMAL, 0, 70, CommunityService.DAILY_NECESSITIES))))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
            .isEqualTo("services.allocation.duplicate_person"));
    DispatchPriority high = DispatchPriority.of("a", PriorityLevel.HIGH, 1, Optional.empty());
    DispatchPriority low = DispatchPriority.of("b", PriorityLevel.NORMAL, 0, Optional.empty());
    assertThatThrownBy(() -> new ServiceQueue.Builder().service(CommunityService.DAILY_NECESSITIES).capacity(1)
        .addServed(low).addWaiting(high).build()).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
            .isEqualTo("services.allocation.out_of_order"));
    assertThatThrownBy(() -> new ServiceQueue.Builder().service(CommunityService.DAILY_NECESSITIES).capacity(2)
        .addServed(high).addWaiting(low).build()).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
            .isEqualTo("services.allocation.idle_capacity"));
    assertThatThrownBy(() -> new ServiceQueue.Builder().service(CommunityService.DAILY_NECESSITIES).capacity(1)
        .addServed(high, low).build()).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
            .isEqualTo("services.allocation.over_capacity"));
    assertThatThrownBy(() -> DispatchPriority.of(" ", PriorityLevel.HIGH, 0, Optional.empty()))
        .isInstanceOf(ValidationException.class);
  }
}
