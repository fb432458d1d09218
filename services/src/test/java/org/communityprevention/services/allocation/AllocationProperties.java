package org.communityprevention.services.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.communityprevention.core.json.Json;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.testing.ServiceGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

@DisplayName("Dispatch priority and allocation properties")
class AllocationProperties {

  /** Priorities from small domains, so that ties on every key but the person id are common. */
  static Gen<DispatchPriority> priorities() {
    return in -> {
      long age = in.next(Constraint.between(-1, 3));
      return DispatchPriority.of("p" + in.next(Constraint.between(0, 5)),
          PriorityLevel.values()[(int) in.next(Constraint.between(0, 2))],
          (int) in.next(Constraint.between(0, 3)), age < 0 ? Optional.empty() : Optional.of(70 + (int) age));
    };
  }

  /** 0 to 40 demands with distinct person ids and random services. */
  static Gen<List<ServiceDemand>> demands() {
    return in -> {
      int n = (int) in.next(Constraint.between(0, 40));
      List<ServiceDemand> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        DispatchPriority p = priorities().generate(in);
        DispatchPriority unique = DispatchPriority.of("p" + i, p.level(), p.vulnerabilities(), p.age());
        Set<CommunityService> services = EnumSet.noneOf(CommunityService.class);
        for (CommunityService s : CommunityService.all()) {
          if (in.next(Constraint.between(0, 2)) == 0) {
            services.add(s);
          }
        }
        Optional<String> household = in.next(Constraint.between(0, 1)) == 0 ? Optional.empty()
            : Optional.of("h" + in.next(Constraint.between(0, 9)));
        out.add(ServiceDemand.of(unique, household, services));
      }
      return out;
    };
  }

  @Test
  @DisplayName("priority is a total order: antisymmetric, transitive, and equal only when the values are equal")
  void totalOrder() {
    qt().forAll(priorities(), priorities(), priorities()).checkAssert((a, b, c) -> {
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
      }
      assertThat(a.before(b) || b.before(a) || a.equals(b)).isTrue();
    });
  }

  @Test
  @DisplayName("allocation never serves more than capacity, never leaves capacity idle while anyone waits, and never serves a lower priority while a higher one waits")
  void allocationLaws() {
    qt().forAll(demands(), ServiceGenerators.capacityPlans(12)).checkAssert((demands, capacities) -> {
      Allocation a = Allocator.allocate(capacities, demands);
      for (CommunityService s : CommunityService.all()) {
        List<DispatchPriority> eligible = new ArrayList<>();
        demands.stream().filter(d -> d.services().contains(s)).forEach(d -> eligible.add(d.priority()));
        Optional<ServiceQueue> q = a.queue(s);
        if (eligible.isEmpty()) {
          assertThat(q).isEmpty();
          continue;
        }
        ServiceQueue queue = q.orElseThrow();
        Optional<Integer> cap = capacities.capacityOf(s);
        assertThat(queue.capacity()).isEqualTo(cap);
        cap.ifPresent(c -> assertThat(queue.served().size()).isLessThanOrEqualTo(c));
        Set<DispatchPriority> all = new HashSet<>(queue.served());
        all.addAll(queue.waiting());
        assertThat(all).containsExactlyInAnyOrderElementsOf(eligible);
        assertThat(queue.eligible()).isEqualTo(eligible.size());
        assertThat(queue.served().size()).isEqualTo(cap.map(c -> Math.min(c, eligible.size()))
            .orElse(eligible.size()));
        for (DispatchPriority served : queue.served()) {
          for (DispatchPriority waiting : queue.waiting()) {
            assertThat(served.before(waiting)).as(served + " before " + waiting).isTrue();
          }
        }
        assertThat(queue.served()).isSortedAccordingTo(DispatchPriority.ORDER);
        assertThat(queue.waiting()).isSortedAccordingTo(DispatchPriority.ORDER);
      }
    });
  }

  @Test
  @DisplayName("allocation does not depend on the order of the demands")
  void orderIndependent() {
    qt().forAll(demands(), ServiceGenerators.capacityPlans(12), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert((demands, capacities, seed) -> {
          List<ServiceDemand> shuffled = new ArrayList<>(demands);
          Collections.shuffle(shuffled, new Random(seed));
          assertThat(Allocator.allocate(capacities, shuffled)).isEqualTo(Allocator.allocate(capacities, demands));
        });
  }

  @Test
  @DisplayName("allocations, capacity plans and demands survive a JSON round trip")
  void jsonRoundTrip() {
    qt(300).forAll(demands(), ServiceGenerators.capacityPlans(12)).checkAssert((demands, capacities) -> {
      Allocation a = Allocator.allocate(capacities, demands);
      assertThat(Json.read(Json.write(a), Allocation.class)).isEqualTo(a);
      assertThat(Json.read(Json.write(capacities), CapacityPlan.class)).isEqualTo(capacities);
      for (ServiceDemand d : demands) {
        assertThat(Json.read(Json.write(d), ServiceDemand.class)).isEqualTo(d);
      }
    });
  }
}
