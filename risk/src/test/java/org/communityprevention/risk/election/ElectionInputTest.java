package org.communityprevention.risk.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Violations.violations;
import static org.communityprevention.risk.testing.ElectionGenerators.ELECTION_DAY;
import static org.communityprevention.risk.testing.ElectionGenerators.VILLAGE;
import static org.communityprevention.risk.testing.ElectionGenerators.station;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.ElectionEmergencyItem;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.timeline.LevelSeries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("§4 election inputs: each value's checks, and each plan check at its boundary")
class ElectionInputTest {
  static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  static final DivisionCode TOWNSHIP = DivisionCode.parse("440983102000");


  /** Ids of 64 characters are taken; 65, blank or with spaces around them are refused under the field. */
  static void checksIds(String field, Consumer<String> make) {
    make.accept("i".repeat(PseudonymousId.MAX_LENGTH));
    for (String bad : List.of("i".repeat(PseudonymousId.MAX_LENGTH + 1), "", "  ", " i", "i ")) {
      assertThat(violations(() -> make.accept(bad))).as("%s = '%s'", field, bad)
          .containsExactly(field + " " + PseudonymousId.INVALID);
    }
  }

  @Nested
  @DisplayName("values")
  class Values {
    @Test
    @DisplayName("every id of every election value is checked under its own field")
    void ids() {
      checksIds("voterId", id -> Voter.of(id, VILLAGE, true, VoterCondition.NONE));
      checksIds("participantId", id -> HealthDeclaration.of(id, ParticipantRole.CANDIDATE, ELECTION_DAY));
      checksIds("participantId", id -> RiskAssessment.of(id, ELECTION_DAY, AssessmentOutcome.MAY_TAKE_PART));
      checksIds("id", id -> proxy(id, "v1", "v2"));
      checksIds("principalId", id -> proxy("p", id, "v2"));
      checksIds("holderId", id -> proxy("p", "v1", id));
      checksIds("id", id -> new PollingStation.Builder().id(id).assignedVoters(0).opens(LocalTime.of(8, 0))
          .closes(LocalTime.of(9, 0)).build());
    }

    ProxyAuthorization proxy(String id, String principal, String holder) {
      return new ProxyAuthorization.Builder().id(id).principalId(principal).holderId(holder)
          .relationship(Relationship.SPOUSE).written(true).filedOn(ELECTION_DAY.minusDays(5)).build();
    }

    @Test
    @DisplayName("a voter or a plan of a township is refused: rolls and plans belong to a village")
    void villagesOnly() {
      assertThat(violations(() -> Voter.of("v1", TOWNSHIP, true, VoterCondition.NONE)))
          .containsExactly("village " + Voter.NOT_VILLAGE);
      assertThat(violations(() -> new PollingPlan.Builder().from(plan(600, station("s1", 500), station("s2", 100)))
          .village(TOWNSHIP).build())).containsExactly("village " + Voter.NOT_VILLAGE);
      assertThat(Json.read("{\"voterId\":\"v1\",\"village\":\"440983102201\",\"votingRights\":true}",
          Voter.class).condition()).as("a voter without a condition has none").isEqualTo(VoterCondition.NONE);
    }

    @Test
    @DisplayName("negative counts and a station closing when it opens are refused; zero voters and one minute are not")
    void counts() {
      assertThat(violations(() -> new PollingPlan.Builder().from(plan(0)).registeredVoters(-1).build()))
          .containsExactly("registeredVoters " + TimeSlot.NEGATIVE);
      assertThat(violations(() -> new PollingPlan.Builder().from(plan(0)).countingSitePeople(-1).build()))
          .containsExactly("countingSitePeople " + TimeSlot.NEGATIVE);
      assertThat(new PollingPlan.Builder().from(plan(0)).countingSitePeople(0).build().countingSitePeople()).isZero();
      assertThat(violations(() -> new PollingStation.Builder().id("s").assignedVoters(-1).opens(LocalTime.of(8, 0))
          .closes(LocalTime.of(9, 0)).build())).containsExactly("assignedVoters " + TimeSlot.NEGATIVE);
      assertThat(violations(() -> new PollingStation.Builder().id("s").assignedVoters(0).opens(LocalTime.of(8, 0))
          .closes(LocalTime.of(8, 0)).build())).containsExactly("closes " + TimeSlot.ORDER);
      assertThat(new PollingStation.Builder().id("s").assignedVoters(0).opens(LocalTime.of(8, 0))
          .closes(LocalTime.of(8, 1)).build().openMinutes()).isEqualTo(1);
      assertThat(violations(() -> TimeSlot.of(LocalTime.of(8, 0), LocalTime.of(9, 0), -1)))
          .containsExactly("voters " + TimeSlot.NEGATIVE);
      assertThat(TimeSlot.of(LocalTime.of(8, 0), LocalTime.of(8, 1), 0).voters()).isZero();
    }

    @Test
    @DisplayName("a declaration is abnormal with any flag; only a person allowed may take part")
    void declarations() {
      assertThat(HealthDeclaration.of("c", ParticipantRole.CANDIDATE, ELECTION_DAY).isAbnormal()).isFalse();
      assertThat(HealthDeclaration.of("c", ParticipantRole.CANDIDATE, ELECTION_DAY, HealthFlag.OTHER).isAbnormal())
          .isTrue();
      assertThat(List.of(ParticipationStatus.values())).filteredOn(ParticipationStatus::allowed)
          .containsExactly(ParticipationStatus.MAY_TAKE_PART);
      assertThat(List.of(VoterCondition.values())).filteredOn(VoterCondition::needsSpecialMethod).containsExactly(
          VoterCondition.CONFIRMED_CASE, VoterCondition.SUSPECTED_CASE, VoterCondition.IN_ISOLATION,
          VoterCondition.PREVENTION_RESTRICTED);
    }
  }

  @Nested
  @DisplayName("§4.2 suspension")
  class Suspension {
    final Policy loose = new Policy.Builder().from(ED7).activities(new ActivityPolicy.Builder()
        .from(ED7.activities()).electionsSuspendedFrom(RiskLevel.HIGH).build()).build();

    @Test
    @DisplayName("a policy below the notice's floor is refused by the calendar and the plan review too, even when low")
    void floorEverywhere() {
      LevelSeries lows = LevelSeries.of(ELECTION_DAY, List.of(RiskLevel.LOW, RiskLevel.LOW));
      assertThatThrownBy(() -> ElectionSuspension.calendar(loose, VILLAGE, lows))
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> ElectionSuspension.calendar(loose, VILLAGE, LevelSeries.of(ELECTION_DAY, List.of())))
          .as("no day to judge, and still refused").isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> PollingPlans.review(loose, plan(0), RiskLevel.LOW))
          .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("a low level may proceed, and says so")
    void proceeds() {
      assertThat(ElectionSuspension.decide(ED7, RiskLevel.LOW).reasons()).singleElement()
          .satisfies(r -> assertThat(r.code()).isEqualTo(ElectionSuspension.MAY_PROCEED));
      assertThat(ElectionSuspension.decide(ED7, RiskLevel.MEDIUM).reasons()).singleElement()
          .satisfies(r -> assertThat(r.code()).isEqualTo(ElectionSuspension.SUSPENDED));
    }

    @Test
    @DisplayName("a suspension running to the window's end ends there; a day outside the window is refused")
    void calendarEdges() {
      LevelSeries levels = LevelSeries.of(ELECTION_DAY, List.of(RiskLevel.LOW, RiskLevel.HIGH, RiskLevel.HIGH));
      ElectionCalendar c = ElectionSuspension.calendar(ED7, VILLAGE, levels);
      assertThat(c.suspensions()).containsExactly(org.communityprevention.core.time.DateWindow.of(
          ELECTION_DAY.plusDays(1), ELECTION_DAY.plusDays(3)));
      assertThat(c.mayProceedOn(ELECTION_DAY)).isTrue();
      assertThat(c.mayProceedOn(ELECTION_DAY.plusDays(2))).isFalse();
      assertThat(violations(() -> c.mayProceedOn(ELECTION_DAY.plusDays(3)))).containsExactly(
          "date " + LevelSeries.OUTSIDE);
      assertThat(violations(() -> c.mayProceedOn(ELECTION_DAY.minusDays(1)))).containsExactly(
          "date " + LevelSeries.OUTSIDE);
    }
  }


  static PollingPlan plan(int voters, PollingStation... stations) {
    return new PollingPlan.Builder().village(VILLAGE).electionDay(ELECTION_DAY).registeredVoters(voters)
        .addStations(stations).countingSitePeople(50).addCountingSupervision(CountingSupervision.VOTER_REPRESENTATIVES)
        .addDisinfection(DisinfectionTarget.values()).staffTrained(true)
        .emergencyPlan(ElectionEmergencyPlan.of(ElectionEmergencyItem.values())).build();
  }

  static List<String> failed(PollingPlan p) {
    return PollingPlans.review(ED7, p, RiskLevel.LOW).failed().stream().map(c -> c.reason().code())
        .collect(Collectors.toList());
  }

  @Nested
  @DisplayName("§4.5–§4.7 plan checks at their boundaries (ed7: 500 a station, 50 a slot, 8 hours, 50 at the count)")
  class PlanBoundaries {
    @Test
    @DisplayName("1,000 voters need 2 stations and 1,001 need 3; a station of exactly 500 is within the ratio")
    void stations() {
      assertThat(failed(plan(1000, station("s1", 500), station("s2", 500)))).isEmpty();
      assertThat(failed(plan(1001, station("s1", 500), station("s2", 500), station("s3", 1)))).isEmpty();
      assertThat(failed(plan(1001, station("s1", 500), station("s2", 501)))).containsExactly(PollingPlans.STATIONS,
          PollingPlans.STATION_LOAD);
      assertThat(failed(plan(0))).isEmpty();
    }

    @Test
    @DisplayName("every registered voter must be assigned, no fewer and no more")
    void assigned() {
      assertThat(failed(plan(601, station("s1", 500), station("s2", 100)))).containsExactly(PollingPlans.ASSIGNED);
      assertThat(failed(plan(599, station("s1", 500), station("s2", 100)))).containsExactly(PollingPlans.ASSIGNED);
    }

    PollingStation slots(int assigned, TimeSlot... slots) {
      return new PollingStation.Builder().id("s1").assignedVoters(assigned).opens(LocalTime.of(8, 0))
          .closes(LocalTime.of(16, 0)).addSlots(slots).build();
    }

    TimeSlot at(int fromHour, int fromMinute, int toHour, int toMinute, int voters) {
      return TimeSlot.of(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute), voters);
    }

    boolean staggered(PollingStation s) {
      return PollingPlans.staggered(s, ED7.activities().votersPerTimeSlot());
    }

    @Test
    @DisplayName("slots from opening to closing, back to back, of 50 each, booking everyone, are staggered")
    void staggeredAtTheEdges() {
      assertThat(staggered(slots(100, at(8, 0, 12, 0, 50), at(12, 0, 16, 0, 50)))).isTrue();
      assertThat(staggered(slots(0))).isTrue();
      assertThat(staggered(slots(1))).as("voters but no slot").isFalse();
      assertThat(staggered(slots(51, at(8, 0, 12, 0, 51)))).as("a slot over 50").isFalse();
      assertThat(staggered(slots(100, at(8, 0, 12, 1, 50), at(12, 0, 16, 0, 50)))).as("overlap").isFalse();
      assertThat(staggered(slots(100, at(8, 0, 12, 0, 50), at(12, 0, 16, 1, 50)))).as("after closing").isFalse();
      assertThat(staggered(slots(50, at(7, 59, 12, 0, 50)))).as("before opening").isFalse();
      assertThat(staggered(slots(100, at(8, 0, 12, 0, 50), at(12, 0, 16, 0, 49)))).as("one not booked").isFalse();
      assertThat(staggered(slots(99, at(8, 0, 12, 0, 50), at(12, 0, 16, 0, 50)))).as("one booked twice").isFalse();
    }

    @Test
    @DisplayName("8 hours open is enough and 7 h 59 min is not; 50 at the count is allowed and 51 is not")
    void hoursAndCount() {
      PollingStation eight = new PollingStation.Builder().id("s1").assignedVoters(0).opens(LocalTime.of(8, 0))
          .closes(LocalTime.of(16, 0)).build();
      PollingStation short1 = new PollingStation.Builder().from(eight).closes(LocalTime.of(15, 59)).build();
      assertThat(failed(plan(0, eight))).isEmpty();
      assertThat(failed(plan(0, short1))).containsExactly(PollingPlans.HOURS);
      assertThat(failed(new PollingPlan.Builder().from(plan(0, eight)).countingSitePeople(51).build()))
          .containsExactly(PollingPlans.COUNTING_SITE);
    }

    @Test
    @DisplayName("each failed check names what failed, in both languages")
    void explained() {
      PollingPlan p = new PollingPlan.Builder().from(plan(1001, station("s1", 500), station("s2", 501)))
          .staffTrained(false).emergencyPlan(ElectionEmergencyPlan.none()).build();
      PollingPlanReview r = PollingPlans.review(ED7, p, RiskLevel.LOW);
      assertThat(r.failed()).extracting(c -> c.reason().facts().get("over")).contains("s2");
      assertThat(r.failed()).filteredOn(c -> c.reason().code().equals(PollingPlans.STATIONS)).singleElement()
          .satisfies(c -> assertThat(c.reason().facts()).containsEntry("required", "3").containsEntry("stations", "2"));
      assertThat(r.checks()).filteredOn(c -> c.reason().code().equals(PollingPlans.HOURS)).singleElement()
          .satisfies(c -> assertThat(c.reason().facts()).containsEntry("stations", "—"));
      assertThat(r.failed()).filteredOn(c -> c.reason().code().equals(PollingPlans.TRAINING)).singleElement()
          .satisfies(c -> assertThat(c.reason().facts()).containsEntry("trainedZh", "否"));
      assertThat(r.failed()).filteredOn(c -> c.reason().code().equals(PollingPlans.EMERGENCY_PLAN))
          .extracting(c -> c.reason().facts().get("item")).containsExactly("PERSON_IN_CHARGE", "ISOLATION_ROOM",
              "FEVER_PROCEDURE", "DISINFECTION_SUPPLIES", "TOWNSHIP_REPORTING");
      assertThat(r.failed()).filteredOn(c -> c.reason().code().equals(PollingPlans.EMERGENCY_PLAN)).first()
          .satisfies(c -> assertThat(c.reason().text(Messages.ZH)).isEqualTo("选举应急处置预案缺少：疫情防控责任人"));
      assertThat(PollingPlans.review(ED7, plan(0), RiskLevel.LOW).checks())
          .filteredOn(c -> c.reason().code().equals(PollingPlans.TRAINING)).singleElement()
          .satisfies(c -> assertThat(c.reason().facts()).containsEntry("trainedZh", "是"));
      assertThat(PollingPlans.review(ED7, plan(0), RiskLevel.LOW).checks())
          .filteredOn(c -> c.reason().code().equals(PollingPlans.SUPERVISION)).singleElement()
          .satisfies(c -> assertThat(c.reason().facts()).containsEntry("supervision", "VOTER_REPRESENTATIVES"));
    }
  }

  @Nested
  @DisplayName("§4.4 proxies")
  class ProxyEdges {
    @Test
    @DisplayName("lists published on the election day count; a day later they do not")
    void publishedOnTheDay() {
      List<Voter> roll = List.of(Voter.of("v1", VILLAGE, true, VoterCondition.AWAY),
          Voter.of("v2", VILLAGE, true, VoterCondition.NONE));
      ProxyAuthorization a = new ProxyAuthorization.Builder().id("p1").principalId("v1").holderId("v2")
          .relationship(Relationship.SPOUSE).written(true).filedOn(ELECTION_DAY.minusDays(5)).build();
      assertThat(Proxies.review(ED7, VILLAGE, ELECTION_DAY, roll, List.of(a), Optional.of(ELECTION_DAY))
          .validFor("v1")).isPresent();
      assertThat(Proxies.review(ED7, VILLAGE, ELECTION_DAY, roll, List.of(a), Optional.of(ELECTION_DAY.plusDays(1)))
          .validFor("v1")).isEmpty();
      assertThat(Proxies.review(ED7, VILLAGE, ELECTION_DAY, roll, List.of(a), Optional.empty()).validFor("v1"))
          .isEmpty();
      assertThat(Proxies.review(ED7, VILLAGE, ELECTION_DAY, roll, List.of(a), Optional.of(ELECTION_DAY))
          .validFor("v2")).as("the holder has no proxy of their own").isEmpty();
    }
  }
}
