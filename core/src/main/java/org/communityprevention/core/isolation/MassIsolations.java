package org.communityprevention.core.isolation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PopulationPolicy;
import org.communityprevention.core.population.IsolationKind;
import org.communityprevention.core.population.IsolationOrder;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.validation.ValidationException;

/**
 * Plans and checks the transfer of a whole area to centralised isolation (大规模集中隔离转运, §2.5) under a policy:
 * how many people a vehicle may carry ({@code population.transferLoadFactor}), whether a household travels together
 * ({@code population.keepHouseholdsTogether}), and who goes first (the elderly from {@code population.elderlyAge},
 * people with disabilities, children under {@code population.adultAge} with their carer).
 *
 * <p>{@link #check} never throws for what it finds: every problem is a {@link TransferFinding} with its reason, and
 * the residents on exactly one trip get their centralised isolation order from the day the trip leaves.
 * {@link #plan} builds trips that such a check finds clean whenever every household fits in one vehicle.
 */
public final class MassIsolations {
  /** Violation code: no vehicle may carry anyone under the policy's load factor. */
  public static final String NO_CAPACITY = "core.isolation.no_capacity";

  private static final java.time.format.DateTimeFormatter MINUTE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT);

  private final Policy policy;
  private final PopulationPolicy population;

  private MassIsolations(Policy policy) {
    this.policy = policy;
    this.population = policy.population();
  }

  /** The transfers under a policy. */
  public static MassIsolations under(Policy policy) {
    return new MassIsolations(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Checks an order's transfer.
   *
   * @param order the order, with its information release
   * @param residents everyone the order covers (a person id listed twice counts once, as first listed)
   * @param registrations the registrations made; a person's earliest counts
   * @param vehicles the vehicles the trips may use
   * @param trips the trips planned or made
   * @return the findings and each resident's isolation order
   */
  public MassIsolationCheck check(MassIsolationOrder order, List<Evacuee> residents, List<Registration> registrations,
      List<Vehicle> vehicles, List<Trip> trips) {
    LocalDate day = BeijingTime.dateOf(order.announcedAt());
    Map<String, Evacuee> byId = new LinkedHashMap<>();
    residents.forEach(r -> byId.putIfAbsent(r.personId(), r));
    Map<String, Vehicle> vehicleById = new HashMap<>();
    vehicles.forEach(v -> vehicleById.putIfAbsent(v.vehicleId(), v));
    Map<String, Instant> registeredAt = new HashMap<>();
    registrations.forEach(r -> registeredAt.merge(r.personId(), r.registeredAt(), (a, b) -> a.isBefore(b) ? a : b));
    List<Trip> sorted = new ArrayList<>(trips);
    sorted.sort(Comparator.comparing(Trip::departsAt).thenComparing(Trip::tripId));

    List<TransferFinding> findings = new ArrayList<>();
    if (!sorted.isEmpty() && order.announcedAt().isAfter(sorted.get(0).departsAt())) {
      findings.add(finding(TransferFindingKind.ANNOUNCED_LATE, order.orderId(),
          reason(TransferFindingKind.ANNOUNCED_LATE).fact("order", order.orderId())
              .fact("announcedAt", beijing(order.announcedAt()))
              .fact("firstDeparture", beijing(sorted.get(0).departsAt()))));
    }
    Map<String, List<Trip>> tripsOf = new HashMap<>();
    for (Trip t : sorted) {
      Vehicle v = vehicleById.get(t.vehicleId());
      if (v == null) {
        findings.add(finding(TransferFindingKind.UNKNOWN_VEHICLE, t.tripId(),
            reason(TransferFindingKind.UNKNOWN_VEHICLE).fact("trip", t.tripId()).fact("vehicle", t.vehicleId())));
      } else if (t.passengers().size() > v.capacity(population)) {
        findings.add(finding(TransferFindingKind.OVER_CAPACITY, t.tripId(), reason(TransferFindingKind.OVER_CAPACITY)
            .fact("trip", t.tripId()).fact("passengers", t.passengers().size()).fact("seats", v.ratedSeats())
            .fact("capacity", v.capacity(population))
            .policy("population.transferLoadFactor", population.transferLoadFactor())));
      }
      for (String p : new TreeSet<>(t.passengers())) {
        if (!byId.containsKey(p)) {
          findings.add(finding(TransferFindingKind.NOT_IN_ORDER, p,
              reason(TransferFindingKind.NOT_IN_ORDER).fact("person", p).fact("trip", t.tripId())));
        } else {
          tripsOf.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
        }
      }
    }

    Map<String, IsolationOrder> orders = new TreeMap<>();
    int registered = 0;
    for (Evacuee r : byId.values()) {
      List<Trip> own = tripsOf.getOrDefault(r.personId(), List.of());
      Instant reg = registeredAt.get(r.personId());
      if (reg != null && (own.isEmpty() || !reg.isAfter(own.get(0).departsAt()))) {
        registered++;
      } else {
        findings.add(finding(TransferFindingKind.NOT_REGISTERED, r.personId(),
            reason(TransferFindingKind.NOT_REGISTERED).fact("person", r.personId())));
      }
      if (own.isEmpty()) {
        findings.add(finding(TransferFindingKind.NOT_ASSIGNED, r.personId(),
            reason(TransferFindingKind.NOT_ASSIGNED).fact("person", r.personId())));
      } else if (own.size() > 1) {
        findings.add(finding(TransferFindingKind.ASSIGNED_TWICE, r.personId(),
            reason(TransferFindingKind.ASSIGNED_TWICE).fact("person", r.personId()).fact("trips", ids(own))));
      } else {
        orders.put(r.personId(), IsolationOrder.of(IsolationKind.CENTRALISED, own.get(0).day()));
      }
    }

    Map<String, List<Evacuee>> households = new LinkedHashMap<>();
    byId.values().forEach(r -> households.computeIfAbsent(r.householdId(), h -> new ArrayList<>()).add(r));
    if (population.keepHouseholdsTogether()) {
      for (Map.Entry<String, List<Evacuee>> h : households.entrySet()) {
        TreeSet<String> used = new TreeSet<>();
        TreeSet<String> sites = new TreeSet<>();
        for (Evacuee r : h.getValue()) {
          for (Trip t : tripsOf.getOrDefault(r.personId(), List.of())) {
            used.add(t.tripId());
            sites.add(t.siteId());
          }
        }
        if (used.size() > 1) {
          findings.add(finding(TransferFindingKind.HOUSEHOLD_SPLIT, h.getKey(),
              reason(TransferFindingKind.HOUSEHOLD_SPLIT).fact("household", h.getKey())
                  .fact("trips", String.join(", ", used)).fact("sites", String.join(", ", sites))
                  .policy("population.keepHouseholdsTogether", true)));
        }
      }
    }
    for (Evacuee r : byId.values()) {
      if (!r.childOn(population, day)) {
        continue;
      }
      for (Trip t : tripsOf.getOrDefault(r.personId(), List.of())) {
        boolean carer = t.passengers().stream().map(byId::get).filter(Objects::nonNull)
            .anyMatch(o -> o.householdId().equals(r.householdId()) && canCare(o, day));
        if (!carer) {
          findings.add(finding(TransferFindingKind.CHILD_WITHOUT_CARER, r.personId(),
              reason(TransferFindingKind.CHILD_WITHOUT_CARER).fact("person", r.personId()).fact("trip", t.tripId())
                  .policy("population.adultAge", population.adultAge())
                  .policy("population.elderlyAge", population.elderlyAge())));
        }
      }
    }
    Instant firstOrdinary = null;
    for (List<Evacuee> members : households.values()) {
      if (members.stream().noneMatch(m -> m.priorityOn(population, day))) {
        for (Evacuee m : members) {
          for (Trip t : tripsOf.getOrDefault(m.personId(), List.of())) {
            firstOrdinary = firstOrdinary == null || t.departsAt().isBefore(firstOrdinary) ? t.departsAt()
                : firstOrdinary;
          }
        }
      }
    }
    if (firstOrdinary != null) {
      for (Evacuee r : byId.values()) {
        List<Trip> own = tripsOf.getOrDefault(r.personId(), List.of());
        if (r.priorityOn(population, day) && !own.isEmpty() && own.get(0).departsAt().isAfter(firstOrdinary)) {
          findings.add(finding(TransferFindingKind.PRIORITY_LATER, r.personId(),
              reason(TransferFindingKind.PRIORITY_LATER).fact("person", r.personId())
                  .fact("departsAt", beijing(own.get(0).departsAt())).fact("firstOrdinary", beijing(firstOrdinary))
                  .policy("population.elderlyAge", population.elderlyAge())));
        }
      }
    }
    findings.sort(Comparator.comparing(TransferFinding::kind).thenComparing(TransferFinding::subject));
    return new MassIsolationCheck.Builder().orderId(order.orderId()).policy(policy.ref()).residents(byId.size())
        .registered(registered).assigned(orders.size()).addAllFindings(findings).putAllIsolationOrders(orders)
        .build();
  }

  /**
   * Plans the trips of an order: households with an elderly, disabled or child member first, then the others in the
   * order given; each household on one trip when it fits in a vehicle, split over the next trips only when it does
   * not; the vehicles used in turn, a round of them leaving every {@code interval} from {@code firstDeparture}.
   *
   * @throws ValidationException naming {@code vehicles} ({@link #NO_CAPACITY}) when no vehicle may carry anyone
   */
  public List<Trip> plan(MassIsolationOrder order, List<Evacuee> residents, List<Vehicle> vehicles,
      Instant firstDeparture, Duration interval, String siteId) {
    LocalDate day = BeijingTime.dateOf(order.announcedAt());
    List<Vehicle> usable = vehicles.stream().filter(v -> v.capacity(population) > 0).toList();
    if (usable.isEmpty()) {
      throw ValidationException.of("vehicles", NO_CAPACITY);
    }
    Map<String, List<String>> households = new LinkedHashMap<>();
    Map<String, Boolean> priority = new HashMap<>();
    Map<String, Boolean> seen = new HashMap<>();
    for (Evacuee r : residents) {
      if (seen.putIfAbsent(r.personId(), true) != null) {
        continue;
      }
      households.computeIfAbsent(r.householdId(), h -> new ArrayList<>()).add(r.personId());
      priority.merge(r.householdId(), r.priorityOn(population, day), Boolean::logicalOr);
    }
    List<List<String>> queue = new ArrayList<>();
    households.forEach((h, m) -> {
      if (priority.get(h)) {
        queue.add(m);
      }
    });
    households.forEach((h, m) -> {
      if (!priority.get(h)) {
        queue.add(m);
      }
    });
    List<Trip> trips = new ArrayList<>();
    List<String> load = new ArrayList<>();
    int slot = 0;
    for (List<String> members : queue) {
      int capacity = usable.get(slot % usable.size()).capacity(population);
      if (!load.isEmpty() && load.size() + members.size() > capacity) {
        trips.add(trip(usable, slot++, load, firstDeparture, interval, siteId));
        load = new ArrayList<>();
      }
      for (String p : members) {
        if (load.size() == usable.get(slot % usable.size()).capacity(population)) {
          trips.add(trip(usable, slot++, load, firstDeparture, interval, siteId));
          load = new ArrayList<>();
        }
        load.add(p);
      }
    }
    if (!load.isEmpty()) {
      trips.add(trip(usable, slot, load, firstDeparture, interval, siteId));
    }
    return trips;
  }

  private static Trip trip(List<Vehicle> vehicles, int slot, List<String> passengers,
      Instant first, Duration interval, String siteId) {
    return new Trip.Builder().tripId("T" + (slot + 1)).vehicleId(vehicles.get(slot % vehicles.size()).vehicleId())
        .departsAt(first.plus(interval.multipliedBy(slot / vehicles.size()))).siteId(siteId)
        .addAllPassengers(passengers).build();
  }

  /**
   * Whether a household member may go with a child as their carer: an adult who is not elderly, since the contact
   * protocols let a child stay with a parent or relative but never with an elderly carer (老年人不能作为陪护人员).
   */
  private boolean canCare(Evacuee member, LocalDate day) {
    return !member.childOn(population, day)
        && member.ageOn(day).map(a -> a < population.elderlyAge()).orElse(true);
  }

  /** An instant as Beijing wall time to the minute, as the residents' notice would give it. */
  private static String beijing(Instant instant) {
    return BeijingTime.localDateTimeOf(instant).format(MINUTE);
  }

  private static String ids(List<Trip> trips) {
    return String.join(", ", trips.stream().map(Trip::tripId).toList());
  }

  private static Reason.Builder reason(TransferFindingKind kind) {
    return Reason.of(kind.reasonCode(), Clause.S2_5);
  }

  private static TransferFinding finding(TransferFindingKind kind, String subject, Reason.Builder reason) {
    return TransferFinding.of(kind, subject, reason.build());
  }
}
