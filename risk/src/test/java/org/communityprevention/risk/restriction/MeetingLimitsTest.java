package org.communityprevention.risk.restriction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.MeetingSizeLimits;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyLayering;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.testing.RiskGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("§3.5 meeting size limits per meeting kind")
class MeetingLimitsTest {
  static final Policy ED7 = NationalBaselines.byId("ed7-2020");

  static Policy with(MeetingSizeLimits limits) {
    return new Policy.Builder().from(ED7).activities(new ActivityPolicy.Builder().from(ED7.activities())
        .meetingMaxParticipants(limits).build()).build();
  }

  static final Policy PER_KIND = with(MeetingSizeLimits.of(50,
      Map.of("DELIBERATION_MEETING", 20, "VILLAGERS_MEETING", 100)));

  @Test
  @DisplayName("§3.5 every baseline has one limit for every kind, 50, as before")
  void baselines() {
    for (Policy p : NationalBaselines.catalog().policies()) {
      assertThat(p.activities().meetingMaxParticipants()).isEqualTo(MeetingSizeLimits.of(50));
      for (MeetingKind k : MeetingKind.values()) {
        assertThat(Meetings.limit(p.activities(), k)).isEqualTo(50);
      }
    }
  }

  @Test
  @DisplayName("§3.5 a deliberation meeting of 21 shrinks under its own limit of 20; a representatives' meeting of 40"
      + " is within the general 50")
  void ownLimit() {
    Decision<MeetingRuling> d = Meetings.decide(PER_KIND, RiskLevel.LOW,
        MeetingPlan.of(MeetingKind.DELIBERATION_MEETING, 21, 30));
    assertThat(d.outcome().outcome()).isEqualTo(MeetingOutcome.REDUCE);
    assertThat(d.outcome().maxParticipants()).isEqualTo(20);
    assertThat(d.reasons().get(0).policyValues()).containsEntry("activities.meetingMaxParticipants", "20");
    assertThat(Meetings.outcome(PER_KIND.activities(), RiskLevel.LOW,
        MeetingPlan.of(MeetingKind.REPRESENTATIVES_MEETING, 40, 30))).isEqualTo(MeetingOutcome.ALLOWED);
  }

  @Test
  @DisplayName("§3.5 a villagers' meeting of 650 (1,200 adults, quorum 601) above its own limit of 100 meets in 7"
      + " groups, never below its quorum")
  void statutoryKeepsQuorum() {
    Decision<MeetingRuling> d = Meetings.decide(PER_KIND, RiskLevel.LOW,
        MeetingPlan.of(MeetingKind.VILLAGERS_MEETING, 650, 60, 1_200));
    assertThat(d.outcome().outcome()).isEqualTo(MeetingOutcome.MEET_IN_GROUPS);
    assertThat(d.outcome().maxParticipants()).isEqualTo(100);
    assertThat(d.outcome().groups()).isEqualTo(7);
  }

  @Test
  @DisplayName("a single number in JSON means every kind; the object form round-trips; other shapes are refused")
  void json() {
    assertThat(Json.read("50", MeetingSizeLimits.class)).isEqualTo(MeetingSizeLimits.of(50));
    assertThat(Json.write(MeetingSizeLimits.of(50))).isEqualTo("50");
    MeetingSizeLimits limits = PER_KIND.activities().meetingMaxParticipants();
    assertThat(Json.write(limits)).isEqualTo(
        "{\"byKind\":{\"DELIBERATION_MEETING\":20,\"VILLAGERS_MEETING\":100},\"default\":50}");
    assertThat(Json.read(Json.write(limits), MeetingSizeLimits.class)).isEqualTo(limits);
    assertThat(Json.read(Json.write(PER_KIND), Policy.class)).isEqualTo(PER_KIND);
    assertThatThrownBy(() -> Json.read("{\"byKind\":{}}", MeetingSizeLimits.class))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code())
            .isEqualTo(MeetingSizeLimits.SHAPE));
  }

  @Test
  @DisplayName("a limit for a kind that does not exist is refused, naming it")
  void unknownKind() {
    Policy odd = with(MeetingSizeLimits.of(50, Map.of("BANQUET", 10)));
    assertThatThrownBy(() -> Meetings.decide(odd, RiskLevel.LOW, MeetingPlan.of(MeetingKind.VILLAGERS_MEETING, 1, 1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> {
              assertThat(v.field()).isEqualTo("activities.meetingMaxParticipants.BANQUET");
              assertThat(v.code()).isEqualTo(Meetings.UNKNOWN_KIND);
            }));
  }

  @Test
  @DisplayName("a province may give a kind a lower limit of its own, never a higher one")
  void layering() {
    assertThat(PolicyLayering.loosenings(ED7, with(MeetingSizeLimits.of(50, Map.of("DELIBERATION_MEETING", 30)))))
        .isEmpty();
    assertThat(PolicyLayering.loosenings(ED7, with(MeetingSizeLimits.of(50, Map.of("VILLAGERS_MEETING", 200)))))
        .extracting(v -> v.field()).containsExactly("activities.meetingMaxParticipants");
    String layer = "{\"id\":\"44-test\",\"version\":\"1\",\"titleZh\":\"测试\",\"titleEn\":\"test\",\"jurisdiction\":\"44\","
        + "\"basedOn\":\"ed7-2020\",\"effectiveFrom\":\"2021-02-01\",\"overrides\":{\"activities\":"
        + "{\"meetingMaxParticipants\":{\"default\":40,\"byKind\":{\"DELIBERATION_MEETING\":15}}}},"
        + "\"provenance\":{\"activities.meetingMaxParticipants\":{\"mark\":\"L\",\"source\":\"test province rule\"}}}";
    Policy province = PolicyJson.layer(NationalBaselines.catalog(), layer);
    assertThat(Meetings.limit(province.activities(), MeetingKind.DELIBERATION_MEETING)).isEqualTo(15);
    assertThat(Meetings.limit(province.activities(), MeetingKind.VILLAGERS_MEETING)).isEqualTo(40);
  }

  @Test
  @DisplayName("§3.5 each kind is judged by its own limit, as a single-number policy with that limit would judge it,"
      + " and a statutory meeting over its limit meets in groups of at most the limit covering its quorum")
  void eachKindByItsLimit() {
    qt().forAll(RiskGenerators.activityPolicies(), Generate.enumValues(MeetingKind.class), Generate.range(1, 700),
        Generate.range(1, 1_200)).checkAssert((p, kind, people, members) -> {
          int limit = Meetings.limit(p.activities(), kind);
          Policy single = new Policy.Builder().from(p).activities(new ActivityPolicy.Builder().from(p.activities())
              .meetingMaxParticipants(MeetingSizeLimits.of(limit)).build()).build();
          MeetingPlan plan = MeetingPlan.of(kind, people, 30, Math.max(members, people));
          for (RiskLevel l : RiskLevel.values()) {
            Decision<MeetingRuling> d = Meetings.decide(p, l, plan);
            assertThat(d.outcome()).isEqualTo(Meetings.decide(single, l, plan).outcome());
            if (d.outcome().outcome() == MeetingOutcome.MEET_IN_GROUPS) {
              long covered = (long) d.outcome().groups() * limit;
              assertThat(covered).isGreaterThanOrEqualTo(plan.quorum().orElse(0)).isGreaterThanOrEqualTo(people);
            }
          }
        });
  }
}
