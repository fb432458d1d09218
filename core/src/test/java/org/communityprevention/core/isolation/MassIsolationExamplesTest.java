package org.communityprevention.core.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.IsolationKind;
import org.communityprevention.core.population.IsolationOrder;
import org.communityprevention.core.testing.Violations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§2.5 taking a whole village to centralised isolation: release, registration, vehicles")
class MassIsolationExamplesTest {
  private static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  private static final MassIsolations TRANSFERS = MassIsolations.under(ED7);
  private static final Instant ANNOUNCED = Instant.parse("2021-02-01T00:00:00Z"); // 08:00 Beijing
  private static final Instant FIRST = Instant.parse("2021-02-01T02:00:00Z"); // 10:00 Beijing
  private static final MassIsolationOrder ORDER =
      MassIsolationOrder.of("县指〔2021〕3号", DivisionCode.parse("440983102201"), ANNOUNCED);
  private static final Vehicle BUS = Vehicle.of("bus-1", 45);

  private static Evacuee person(String id, String household, int birthYear) {
    return new Evacuee.Builder().personId(id).householdId(household).birthDate(LocalDate.of(birthYear, 6, 1)).build();
  }

  private static final List<Evacuee> VILLAGE = List.of(
      person("p-adult", "h-young", 1985), person("p-child", "h-young", 2015),
      person("p-worker", "h-plain", 1990), person("p-spouse", "h-plain", 1991),
      person("p-elder", "h-old", 1945));

  private static List<Registration> allRegistered() {
    return VILLAGE.stream().map(e -> Registration.of(e.personId(), ANNOUNCED)).toList();
  }

  private static Trip trip(String id, Instant at, String... passengers) {
    return new Trip.Builder().tripId(id).vehicleId(BUS.vehicleId()).departsAt(at).siteId("site-A")
        .addPassengers(passengers).build();
  }

  @Test
  @DisplayName("a 45-seat bus carries 22 at the 50% load factor of the transfer rules")
  void capacity() {
    assertThat(BUS.capacity(ED7.population())).isEqualTo(22);
    assertThat(ED7.population().transferLoadFactor()).isEqualTo(0.5);
    assertThat(ED7.provenance().get("population.transferLoadFactor").mark().name()).isEqualTo("S2");
  }

  @Test
  @DisplayName("the plan takes the households with a child or an elderly person first and is clean;"
      + " everyone's centralised isolation starts on the day their trip leaves")
  void planIsClean() {
    Vehicle van = Vehicle.of("van-1", 6); // 3 people a trip
    List<Trip> trips = TRANSFERS.plan(ORDER, VILLAGE, List.of(van), FIRST, Duration.ofHours(2), "site-A");
    assertThat(trips).extracting(Trip::passengers).containsExactly(List.of("p-adult", "p-child", "p-elder"),
        List.of("p-worker", "p-spouse"));
    assertThat(trips).extracting(Trip::departsAt).containsExactly(FIRST, FIRST.plus(Duration.ofHours(2)));
    MassIsolationCheck c = TRANSFERS.check(ORDER, VILLAGE, allRegistered(), List.of(van), trips);
    assertThat(c.findings()).isEmpty();
    assertThat(c.residents()).isEqualTo(5);
    assertThat(c.registered()).isEqualTo(5);
    assertThat(c.assigned()).isEqualTo(5);
    assertThat(c.isolationOrders()).hasSize(5).containsEntry("p-elder",
        IsolationOrder.of(IsolationKind.CENTRALISED, LocalDate.of(2021, 2, 1)));
    assertThat(Json.read(Json.write(c), MassIsolationCheck.class)).isEqualTo(c);
  }

  @Test
  @DisplayName("a trip that leaves at 00:30 Beijing time starts the isolation on that Beijing day, not the UTC one")
  void beijingDay() {
    Instant late = Instant.parse("2021-02-01T16:30:00Z");
    MassIsolationCheck c = TRANSFERS.check(ORDER, VILLAGE, allRegistered(), List.of(BUS),
        List.of(trip("T1", late, "p-adult", "p-child", "p-worker", "p-spouse", "p-elder")));
    assertThat(c.findings()).isEmpty();
    assertThat(c.isolationOrders().get("p-child").startOn()).isEqualTo(LocalDate.of(2021, 2, 2));
  }

  @Test
  @DisplayName("a trip of 23 on the 45-seat bus is over capacity, with the load factor in the reason")
  void overCapacity() {
    List<Evacuee> many = new java.util.ArrayList<>();
    for (int i = 0; i < 23; i++) {
      many.add(person("q-" + i, "h-" + i, 1980));
    }
    List<Registration> regs = many.stream().map(e -> Registration.of(e.personId(), ANNOUNCED)).toList();
    MassIsolationCheck c = TRANSFERS.check(ORDER, many, regs, List.of(BUS), List.of(trip("T1", FIRST,
        many.stream().map(Evacuee::personId).toArray(String[]::new))));
    assertThat(c.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(TransferFindingKind.OVER_CAPACITY);
      assertThat(f.subject()).isEqualTo("T1");
      assertThat(f.reason().text(Messages.EN))
          .isEqualTo("trip T1 carries 23 people; its 45 rated seats allow 22 at a load factor of 0.5");
      assertThat(f.reason().text(Messages.ZH)).isEqualTo("车次T1载23人；核定载客45人，按满载率0.5最多载22人");
      assertThat(f.reason().clauses()).extracting(Enum::name).containsExactly("S2_5");
    });
  }

  @Test
  @DisplayName("the information release after the first departure, a person registered only after leaving and a"
      + " person on no trip are each a finding")
  void releaseRegistrationAssignment() {
    MassIsolationOrder late = MassIsolationOrder.of(ORDER.orderId(), ORDER.area(), FIRST.plusSeconds(60));
    List<Registration> regs = List.of(Registration.of("p-adult", ANNOUNCED), Registration.of("p-child", ANNOUNCED),
        Registration.of("p-elder", ANNOUNCED), Registration.of("p-worker", FIRST.plusSeconds(3600)));
    MassIsolationCheck c = TRANSFERS.check(late, VILLAGE, regs, List.of(BUS),
        List.of(trip("T1", FIRST, "p-adult", "p-child", "p-elder", "p-worker")));
    assertThat(c.findings()).extracting(TransferFinding::kind, TransferFinding::subject).containsExactly(
        tuple(TransferFindingKind.ANNOUNCED_LATE, "县指〔2021〕3号"),
        tuple(TransferFindingKind.NOT_REGISTERED, "p-spouse"),
        tuple(TransferFindingKind.NOT_REGISTERED, "p-worker"),
        tuple(TransferFindingKind.NOT_ASSIGNED, "p-spouse"));
    assertThat(c.findings().get(0).reason().text(Messages.ZH))
        .isEqualTo("指令县指〔2021〕3号的信息于2021-02-01 10:01（北京时间）发布，晚于首车出发时间2021-02-01 10:00：应先告知居民再转运");
    assertThat(c.assigned()).isEqualTo(4);
    assertThat(c.registered()).isEqualTo(3);
    assertThat(c.isolationOrders()).doesNotContainKey("p-spouse");
  }

  @Test
  @DisplayName("a household on two trips is split, unless the policy lets households travel apart")
  void householdSplit() throws Exception {
    List<Trip> trips = List.of(trip("T1", FIRST, "p-adult", "p-child", "p-elder", "p-worker"),
        trip("T2", FIRST.plusSeconds(3600), "p-spouse"));
    MassIsolationCheck c = TRANSFERS.check(ORDER, VILLAGE, allRegistered(), List.of(BUS), trips);
    assertThat(c.findings()).extracting(TransferFinding::kind).containsExactly(TransferFindingKind.HOUSEHOLD_SPLIT);
    assertThat(c.findings().get(0).reason().text(Messages.EN))
        .isEqualTo("household h-plain is split over trips T1, T2 (sites site-A): a household travels together");
    ObjectNode json = Json.read(Json.write(ED7), ObjectNode.class);
    ((ObjectNode) json.get("population")).put("keepHouseholdsTogether", false);
    Policy apart = Json.read(json.toString(), Policy.class);
    assertThat(MassIsolations.under(apart).check(ORDER, VILLAGE, allRegistered(), List.of(BUS), trips).findings())
        .isEmpty();
  }

  @Test
  @DisplayName("a child alone on a trip, an elderly person after others (priority is the person's own), a stranger,"
      + " a vehicle not listed, a person on two trips")
  void otherFindings() {
    Instant later = FIRST.plusSeconds(3600);
    List<Trip> trips = List.of(trip("T1", FIRST, "p-worker", "p-spouse", "p-child", "stranger"),
        trip("T2", later, "p-adult", "p-elder", "p-child"),
        new Trip.Builder().tripId("T3").vehicleId("taxi-9").departsAt(later).siteId("site-A").build());
    MassIsolationCheck c = TRANSFERS.check(ORDER, VILLAGE, allRegistered(), List.of(BUS), trips);
    assertThat(c.findings()).extracting(TransferFinding::kind, TransferFinding::subject).containsExactly(
        tuple(TransferFindingKind.ASSIGNED_TWICE, "p-child"),
        tuple(TransferFindingKind.NOT_IN_ORDER, "stranger"),
        tuple(TransferFindingKind.UNKNOWN_VEHICLE, "T3"),
        tuple(TransferFindingKind.HOUSEHOLD_SPLIT, "h-young"),
        tuple(TransferFindingKind.CHILD_WITHOUT_CARER, "p-child"),
        tuple(TransferFindingKind.PRIORITY_LATER, "p-elder"));
    assertThat(c.isolationOrders()).doesNotContainKey("p-child").containsKey("p-elder");
    String zh = c.findings().stream().map(f -> f.reason().text(Messages.ZH)).collect(Collectors.joining());
    assertThat(zh).doesNotContainPattern("[A-Z]{2,}_");
  }

  @Test
  @DisplayName("a child who travels only with an elderly grandparent has no carer: the protocols never let the elderly"
      + " care for a child in isolation")
  void elderlyIsNoCarer() {
    List<Evacuee> family = List.of(person("g-child", "h-g", 2016), person("g-grandma", "h-g", 1950));
    MassIsolationCheck c = TRANSFERS.check(ORDER, family, family.stream()
        .map(e -> Registration.of(e.personId(), ANNOUNCED)).toList(), List.of(BUS),
        List.of(trip("T1", FIRST, "g-child", "g-grandma")));
    assertThat(c.findings()).extracting(TransferFinding::kind, TransferFinding::subject)
        .containsExactly(tuple(TransferFindingKind.CHILD_WITHOUT_CARER, "g-child"));
    assertThat(c.findings().get(0).reason().text(Messages.ZH))
        .isEqualTo("儿童g-child所乘车次T1没有同户陪护人员：陪护人员应年满18岁且不满60岁");
  }

  @Test
  @DisplayName("ids that are identity or phone numbers, blank ids and impossible seats are refused, naming the field")
  void badInput() {
    assertThat(Violations.violations(() -> Evacuee.of("110101199003077777", "h-1")))
        .containsExactly("personId core.person.id_is_identity_number");
    assertThat(Violations.violations(() -> Evacuee.of("p-1", " "))).containsExactly("householdId core.person.id");
    assertThat(Violations.violations(() -> Vehicle.of("bus", 0))).containsExactly("ratedSeats core.isolation.seats");
    assertThat(Violations.violations(() -> MassIsolationOrder.of("x", DivisionCode.parse("440983102000"), FIRST)))
        .containsExactly("area core.division.not_a_village");
  }
}
