package org.communityprevention.services.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.services.testing.ServiceGenerators.ED7;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.testing.ServiceGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§5.5 community service facilities")
class FacilityRulesTest {
  private static final FacilityRules RULES = FacilityRules.under(ED7);
  private static final LocalDate DAY = LocalDate.of(2021, 2, 12);
  private static final Facility CENTRE = Facility.of("centre-1", 41, Map.of(
      FacilityRoom.DELIBERATION_ROOM, 20, FacilityRoom.READING_ROOM, 15, FacilityRoom.RECREATION_ROOM, 1,
      FacilityRoom.ELDERLY_ACTIVITY_ROOM, 30, FacilityRoom.SERVICE_HALL, 25));

  @Test
  @DisplayName("§5.5 a facility in a low-risk area without an outbreak runs normally")
  void normalOperation() {
    FacilityOperatingRules r = RULES.on(CENTRE, AreaSituation.at(RiskLevel.LOW), DAY);
    assertThat(r.restricted()).isFalse();
    assertThat(r.measures()).isEmpty();
    assertThat(r.maxPeople()).isEmpty();
    assertThat(r.rooms()).allMatch(x -> x.status() == RoomStatus.OPEN);
    assertThat(r.rooms()).extracting(RoomRule::room).containsExactly(FacilityRoom.values());
    assertThat(r.reasons()).extracting(x -> x.code()).containsExactly("services.facility.normal");
    assertThat(r.toDecision().clauses()).containsExactly(Clause.S5_5);
  }

  @Test
  @DisplayName("§5.5 a medium-risk area has an outbreak: checks, flow limit at half capacity rounded down, cleaning, rooms reduced")
  void mediumRiskReduces() {
    FacilityOperatingRules r = RULES.on(CENTRE, AreaSituation.at(RiskLevel.MEDIUM), DAY);
    assertThat(r.restricted()).isTrue();
    assertThat(r.measures()).containsExactly(FacilityMeasure.TEMPERATURE_CHECK, FacilityMeasure.HEALTH_CODE_CHECK,
        FacilityMeasure.FLOW_LIMIT, FacilityMeasure.CLEANING_AND_DISINFECTION);
    assertThat(r.maxPeople()).contains(20);
    assertThat(r.room(FacilityRoom.DELIBERATION_ROOM)).contains(
        RoomRule.of(FacilityRoom.DELIBERATION_ROOM, RoomStatus.REDUCED, Optional.of(10)));
    assertThat(r.room(FacilityRoom.READING_ROOM).orElseThrow().maxPeople()).contains(7);
    assertThat(r.room(FacilityRoom.ELDERLY_ACTIVITY_ROOM).orElseThrow().status()).isEqualTo(RoomStatus.REDUCED);
    assertThat(r.room(FacilityRoom.RECREATION_ROOM).orElseThrow().status()).isEqualTo(RoomStatus.SUSPENDED);
    assertThat(r.reasons()).extracting(x -> x.code()).containsExactly("services.facility.restricted",
        "services.facility.flow_limit", "services.facility.room_limit_zero");
    assertThat(r.reasons().get(1).text(Messages.EN)).isEqualTo("at most 20 of 41 people at once (share 0.5)");
    assertThat(r.reasons().get(1).text(Messages.ZH)).isEqualTo("同时在场不超过 20 人（容纳 41 人，限流比例 0.5）");
  }

  @Test
  @DisplayName("§5.5 with §2.1 a high-risk area under closed management suspends the gathering rooms; the service hall stays open, reduced")
  void highRiskSuspends() {
    FacilityOperatingRules r = RULES.on(CENTRE, AreaSituation.at(RiskLevel.HIGH), DAY);
    for (FacilityRoom room : FacilityRoom.values()) {
      RoomStatus expected = room.isGatheringRoom() ? RoomStatus.SUSPENDED : RoomStatus.REDUCED;
      assertThat(r.room(room).orElseThrow().status()).as(room.name()).isEqualTo(expected);
    }
    assertThat(r.room(FacilityRoom.SERVICE_HALL).orElseThrow().maxPeople()).contains(12);
    assertThat(r.reasons()).extracting(x -> x.code()).contains("services.facility.gatherings_suspended");
  }

  @Test
  @DisplayName("§5.5 a low-risk area with an outbreak is restricted; a medium one declared free still is, by level")
  void explicitOutbreakFlag() {
    assertThat(RULES.on(CENTRE, AreaSituation.at(RiskLevel.LOW, true), DAY).restricted()).isTrue();
    FacilityOperatingRules declaredFree = RULES.on(CENTRE, AreaSituation.at(RiskLevel.MEDIUM, false), DAY);
    assertThat(declaredFree.restricted()).isTrue();
    assertThat(declaredFree.reasons().get(0).facts()).containsEntry("outbreakDeclared", "false");
  }

  @Test
  @DisplayName("§5.5 has one answer: under ed7-2020 a deliberation room of 1 in a medium-risk area is suspended, as half of one place leaves room for nobody")
  void roomOfOneHasOneAnswer() {
    Facility small = Facility.of("centre-2", 40, Map.of(FacilityRoom.DELIBERATION_ROOM, 1));
    FacilityOperatingRules r = RULES.on(small, AreaSituation.at(RiskLevel.MEDIUM), DAY);
    assertThat(r.room(FacilityRoom.DELIBERATION_ROOM)).contains(
        RoomRule.of(FacilityRoom.DELIBERATION_ROOM, RoomStatus.SUSPENDED, Optional.empty()));
    assertThat(r.maxPeople()).contains(20);
    assertThat(r.reasons()).extracting(x -> x.code()).containsExactly("services.facility.restricted",
        "services.facility.flow_limit", "services.facility.room_limit_zero");
  }

  @Test
  @DisplayName("§5.5 each room's status follows the policy's thresholds as written, for any policy, level and outbreak flag")
  void asWritten() {
    qt().forAll(ServiceGenerators.facilities(), ServiceGenerators.areas(),
        org.quicktheories.generators.Generate.range(0, 10), org.quicktheories.generators.Generate.range(0, 8))
        .checkAssert((f, area, tenths, thresholds) -> {
          RiskLevel[] levels = RiskLevel.values();
          int restrictFrom = thresholds % 3;
          int suspendFrom = thresholds / 3;
          Policy p = new Policy.Builder().from(ED7).activities(new ActivityPolicy.Builder().from(ED7.activities())
              .facilityFlowLimitShare(tenths / 10.0).facilityRestrictionsFrom(levels[restrictFrom])
              .gatheringRoomsSuspendedFrom(levels[suspendFrom]).build()).build();
          FacilityOperatingRules r = FacilityRules.under(p).on(f, area, DAY);
          RiskLevel level = area.riskLevel();
          boolean outbreak = area.outbreak().orElse(level.atLeast(p.services().outbreakFrom()));
          boolean restricted = outbreak || level.atLeast(levels[restrictFrom]);
          assertThat(r.restricted()).isEqualTo(restricted);
          assertThat(r.maxPeople()).isEqualTo(restricted ? Optional.of(f.capacity() * tenths / 10)
              : Optional.empty());
          assertThat(r.rooms()).hasSize(f.rooms().size());
          for (RoomRule room : r.rooms()) {
            int limit = f.rooms().get(room.room()) * tenths / 10;
            RoomStatus expected = !restricted ? RoomStatus.OPEN
                : room.room().isGatheringRoom() && level.atLeast(levels[suspendFrom]) || limit == 0
                    ? RoomStatus.SUSPENDED : RoomStatus.REDUCED;
            assertThat(room.status()).as(room.room().name()).isEqualTo(expected);
            assertThat(room.maxPeople()).isEqualTo(expected == RoomStatus.REDUCED ? Optional.of(limit)
                : Optional.empty());
          }
          assertThat(r.rooms().stream().filter(x -> x.room() == FacilityRoom.SERVICE_HALL))
              .allSatisfy(hall -> assertThat(hall.status() == RoomStatus.SUSPENDED).isEqualTo(
                  restricted && f.rooms().get(FacilityRoom.SERVICE_HALL) * tenths / 10 == 0));
        });
  }

  @Test
  @DisplayName("flow limits round down in decimal: 0.29 of 100 places is 29")
  void decimalRounding() {
    Policy p = new Policy.Builder().from(ED7).activities(new ActivityPolicy.Builder().from(ED7.activities())
        .facilityFlowLimitShare(0.29).build()).build();
    assertThat(FacilityRules.under(p).limit(100)).isEqualTo(29);
  }

  @Test
  @DisplayName("bad input: a facility without places or id, and a flow-limit share outside 0 to 1, are refused")
  void badInput() {
    assertThatThrownBy(() -> Facility.of(" ", 0, Map.of(FacilityRoom.READING_ROOM, 0)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(v -> v.field())
            .containsExactly("facilityId", "capacity", "rooms.READING_ROOM"));
    assertThatThrownBy(() -> RoomRule.of(FacilityRoom.READING_ROOM, RoomStatus.REDUCED, Optional.empty()))
        .isInstanceOf(ValidationException.class);
    // A share above 1 never reaches the rules: the policy itself refuses it, naming the field.
    assertThatThrownBy(() -> new Policy.Builder().from(ED7).activities(new ActivityPolicy.Builder()
        .from(ED7.activities()).facilityFlowLimitShare(1.5).build()).build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).field())
            .isEqualTo("activities.facilityFlowLimitShare"));
  }

  @Test
  @DisplayName("restrictions only grow with the risk level, and nobody is let in beyond capacity")
  void monotoneInLevel() {
    qt().forAll(ServiceGenerators.facilities()).checkAssert(f -> {
      FacilityOperatingRules low = RULES.on(f, AreaSituation.at(RiskLevel.LOW), DAY);
      FacilityOperatingRules medium = RULES.on(f, AreaSituation.at(RiskLevel.MEDIUM), DAY);
      FacilityOperatingRules high = RULES.on(f, AreaSituation.at(RiskLevel.HIGH), DAY);
      assertThat(medium.measures()).containsAll(low.measures());
      assertThat(high.measures()).containsAll(medium.measures());
      for (FacilityOperatingRules r : new FacilityOperatingRules[] {low, medium, high}) {
        r.maxPeople().ifPresent(m -> assertThat(m).isBetween(0, f.capacity()));
        for (RoomRule room : r.rooms()) {
          room.maxPeople().ifPresent(m -> assertThat(m).isBetween(1, f.rooms().get(room.room())));
        }
        assertThat(Json.read(Json.write(r), FacilityOperatingRules.class)).isEqualTo(r);
      }
      for (RoomRule room : medium.rooms()) {
        RoomStatus lower = low.room(room.room()).orElseThrow().status();
        RoomStatus higher = high.room(room.room()).orElseThrow().status();
        assertThat(room.status()).isGreaterThanOrEqualTo(lower);
        assertThat(higher).isGreaterThanOrEqualTo(room.status());
      }
      assertThat(Json.read(Json.write(f), Facility.class)).isEqualTo(f);
    });
  }
}
