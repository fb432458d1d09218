package org.communityprevention.core.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.BeijingTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

@DisplayName("§2.5 mass isolation properties")
class MassIsolationProperties {
  private static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  private static final Instant ANNOUNCED = Instant.parse("2021-02-01T00:00:00Z");
  private static final MassIsolationOrder ORDER =
      MassIsolationOrder.of("order-1", DivisionCode.parse("440983102201"), ANNOUNCED);

  /** Households of 1 to 4, the first member an adult who may care for a child; some elderly, children, disabled. */
  private static List<Evacuee> village(Random r) {
    List<Evacuee> out = new ArrayList<>();
    int households = 1 + r.nextInt(30);
    for (int h = 0; h < households; h++) {
      int size = 1 + r.nextInt(4);
      for (int m = 0; m < size; m++) {
        int year = m == 0 ? 1962 + r.nextInt(40) : 1940 + r.nextInt(80);
        out.add(new Evacuee.Builder().personId("p" + h + "-" + m).householdId("h" + h)
            .birthDate(LocalDate.of(year, 1 + r.nextInt(12), 1)).disabled(r.nextInt(20) == 0).build());
      }
    }
    return out;
  }

  @Test
  @DisplayName("when every household fits a vehicle, the planned trips check clean: nobody unassigned, no trip"
      + " over capacity, households together, children with an adult, priority first")
  void plansAreClean() {
    qt().forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Evacuee> people = village(r);
      List<Vehicle> vehicles = new ArrayList<>();
      for (int v = 0, n = 1 + r.nextInt(3); v < n; v++) {
        vehicles.add(Vehicle.of("v" + v, 8 + r.nextInt(43)));
      }
      List<Registration> regs = people.stream().map(p -> Registration.of(p.personId(), ANNOUNCED)).toList();
      List<Trip> trips = MassIsolations.under(ED7).plan(ORDER, people, vehicles, ANNOUNCED.plusSeconds(3600),
          Duration.ofMinutes(90), "site");
      MassIsolationCheck c = MassIsolations.under(ED7).check(ORDER, people, regs, vehicles, trips);
      assertThat(c.findings()).as("seed %d", seed).isEmpty();
      assertThat(c.isolationOrders()).hasSize(people.size());
    });
  }

  @Test
  @DisplayName("every resident has an isolation order from their trip's Beijing day, or a finding that says they are"
      + " on no trip or on several; never both, never neither")
  void everyoneAccountedFor() {
    qt().forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Evacuee> people = village(r);
      List<List<String>> loads = new ArrayList<>();
      List<Instant> times = new ArrayList<>();
      for (int t = 0, n = 1 + r.nextInt(5); t < n; t++) {
        loads.add(new ArrayList<>());
        times.add(ANNOUNCED.plusSeconds(r.nextInt(3 * 86_400)));
      }
      for (Evacuee p : people) {
        for (int k = r.nextInt(3); k > 0; k--) {
          List<String> load = loads.get(r.nextInt(loads.size()));
          if (!load.contains(p.personId())) {
            load.add(p.personId());
          }
        }
      }
      List<Trip> trips = new ArrayList<>();
      for (int t = 0; t < loads.size(); t++) {
        trips.add(new Trip.Builder().tripId("t" + t).vehicleId("v").departsAt(times.get(t)).siteId("s")
            .addAllPassengers(loads.get(t)).build());
      }
      MassIsolationCheck c = MassIsolations.under(ED7).check(ORDER, people, List.of(), List.of(Vehicle.of("v", 100)),
          trips);
      Set<String> flagged = new HashSet<>();
      c.findings().stream().filter(f -> f.kind() == TransferFindingKind.NOT_ASSIGNED
          || f.kind() == TransferFindingKind.ASSIGNED_TWICE).forEach(f -> assertThat(flagged.add(f.subject())).isTrue());
      for (Evacuee p : people) {
        assertThat(c.isolationOrders().containsKey(p.personId()) ^ flagged.contains(p.personId()))
            .as("%s, seed %d", p.personId(), seed).isTrue();
      }
      assertThat(c.assigned() + flagged.size()).isEqualTo(people.size());
      for (int t = 0; t < trips.size(); t++) {
        for (String p : loads.get(t)) {
          if (c.isolationOrders().containsKey(p)) {
            assertThat(c.isolationOrders().get(p).startOn()).isEqualTo(BeijingTime.dateOf(times.get(t)));
          }
        }
      }
      assertThat(c.registered()).isZero();
    });
  }
}
