package org.communityprevention.risk.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.area.RiskLevel.HIGH;
import static org.communityprevention.core.area.RiskLevel.LOW;
import static org.communityprevention.core.area.RiskLevel.MEDIUM;
import static org.communityprevention.risk.testing.ElectionGenerators.ELECTION_DAY;
import static org.communityprevention.risk.testing.ElectionGenerators.OTHER_VILLAGE;
import static org.communityprevention.risk.testing.ElectionGenerators.VILLAGE;
import static org.communityprevention.risk.testing.ElectionGenerators.station;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.ElectionEmergencyItem;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.timeline.LevelSeries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("§4.1–§4.7 committee elections under prevention")
class ElectionTest {
  static final Policy ED7 = NationalBaselines.byId("ed7-2020");

  @Nested
  @DisplayName("§4.2 suspension")
  class Suspension {
    @Test
    @DisplayName("§4.2 suspends elections in a medium-risk area and a high-risk one; low may proceed")
    void byLevel() {
      assertThat(ElectionSuspension.status(ED7.activities(), LOW)).isEqualTo(ElectionStatus.MAY_PROCEED);
      assertThat(ElectionSuspension.status(ED7.activities(), MEDIUM)).isEqualTo(ElectionStatus.SUSPENDED);
      Decision<ElectionStatus> d = ElectionSuspension.decide(ED7, HIGH);
      assertThat(d.outcome()).isEqualTo(ElectionStatus.SUSPENDED);
      assertThat(d.clauses()).containsExactly(Clause.S4_2);
      assertThat(d.explain(Messages.ZH)).containsExactly("高风险地区暂停换届选举，降为低风险后恢复");
    }

    @Test
    @DisplayName("§4.2 resumes only on the first low day: medium days 2–4 suspend, day 5 resumes")
    void calendar() {
      LocalDate d0 = LocalDate.of(2021, 3, 1);
      LevelSeries levels = LevelSeries.of(d0, List.of(LOW, LOW, MEDIUM, HIGH, MEDIUM, LOW, LOW));
      ElectionCalendar c = ElectionSuspension.calendar(ED7, VILLAGE, levels);
      assertThat(c.suspensions()).containsExactly(DateWindow.of(d0.plusDays(2), d0.plusDays(5)));
      assertThat(c.mayProceedOn(d0.plusDays(1))).isTrue();
      assertThat(c.mayProceedOn(d0.plusDays(4))).isFalse();
      assertThat(c.mayProceedOn(d0.plusDays(5))).isTrue();
    }

    @Test
    @DisplayName("a policy that would let elections go on in medium-risk areas is refused, naming the field")
    void floor() {
      Policy loose = new Policy.Builder().from(ED7).activities(new ActivityPolicy.Builder().from(ED7.activities())
          .electionsSuspendedFrom(HIGH).build()).build();
      assertThatThrownBy(() -> ElectionSuspension.status(loose.activities(), MEDIUM))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
              .satisfies(v -> {
                assertThat(v.field()).isEqualTo("activities.electionsSuspendedFrom");
                assertThat(v.code()).isEqualTo(ElectionSuspension.TOO_LATE);
              }));
    }
  }

  @Nested
  @DisplayName("§4.3 participation from health declarations")
  class Participations {
    @Test
    @DisplayName("§4.3 a normal declaration may take part; none may not")
    void normal() {
      List<HealthDeclaration> ds = List.of(HealthDeclaration.of("c1", ParticipantRole.CANDIDATE, ELECTION_DAY));
      assertThat(Participation.status(ED7, "c1", ds, List.of(), ELECTION_DAY)).isEqualTo(ParticipationStatus.MAY_TAKE_PART);
      assertThat(Participation.status(ED7, "c2", ds, List.of(), ELECTION_DAY)).isEqualTo(ParticipationStatus.NO_DECLARATION);
      assertThat(Participation.status(ED7, "c1", ds, List.of(), ELECTION_DAY.minusDays(1)))
          .as("a declaration after the election day does not count").isEqualTo(ParticipationStatus.NO_DECLARATION);
    }

    @Test
    @DisplayName("§4.3 an abnormal declaration needs a risk assessment, whose outcome decides")
    void abnormal() {
      List<HealthDeclaration> ds = List.of(HealthDeclaration.of("s1", ParticipantRole.ELECTION_STAFF,
          ELECTION_DAY.minusDays(2), HealthFlag.FEVER));
      Decision<ParticipationStatus> pending = Participation.decide(ED7, "s1", ds, List.of(), ELECTION_DAY);
      assertThat(pending.outcome()).isEqualTo(ParticipationStatus.RISK_ASSESSMENT_REQUIRED);
      assertThat(pending.explain(Messages.ZH).get(0)).isEqualTo(
          "选举工作人员s1于2021-03-18申报异常（发热），须由选举工作领导机构进行风险评估，评估前不得参加");
      assertThat(Participation.status(ED7, "s1", ds, List.of(RiskAssessment.of("s1", ELECTION_DAY.minusDays(1),
          AssessmentOutcome.MAY_TAKE_PART)), ELECTION_DAY)).isEqualTo(ParticipationStatus.MAY_TAKE_PART);
      assertThat(Participation.status(ED7, "s1", ds, List.of(RiskAssessment.of("s1", ELECTION_DAY.minusDays(3),
          AssessmentOutcome.MAY_TAKE_PART)), ELECTION_DAY))
          .as("an assessment before the declaration does not count")
          .isEqualTo(ParticipationStatus.RISK_ASSESSMENT_REQUIRED);
      assertThat(Participation.status(ED7, "s1", ds, List.of(
          RiskAssessment.of("s1", ELECTION_DAY, AssessmentOutcome.MAY_TAKE_PART),
          RiskAssessment.of("s1", ELECTION_DAY, AssessmentOutcome.MAY_NOT_TAKE_PART)), ELECTION_DAY))
          .as("of two the same day, the refusal").isEqualTo(ParticipationStatus.MAY_NOT_TAKE_PART);
    }

    @Test
    @DisplayName("§4.3 a later normal declaration replaces an earlier abnormal one")
    void latestCounts() {
      List<HealthDeclaration> ds = List.of(
          HealthDeclaration.of("c1", ParticipantRole.CANDIDATE, ELECTION_DAY.minusDays(5), HealthFlag.FEVER),
          HealthDeclaration.of("c1", ParticipantRole.CANDIDATE, ELECTION_DAY.minusDays(1)));
      assertThat(Participation.review(ED7, ds, List.of(), ELECTION_DAY)).containsOnlyKeys("c1")
          .hasEntrySatisfying("c1", d -> assertThat(d.outcome()).isEqualTo(ParticipationStatus.MAY_TAKE_PART));
    }
  }

  @Nested
  @DisplayName("§4.4 voting method and proxies")
  class Proxying {
    final List<Voter> roll = List.of(
        Voter.of("a", VILLAGE, true, VoterCondition.AWAY),
        Voter.of("b", VILLAGE, true, VoterCondition.NONE),
        Voter.of("c", VILLAGE, true, VoterCondition.CONFIRMED_CASE),
        Voter.of("d", VILLAGE, true, VoterCondition.IN_ISOLATION),
        Voter.of("e", VILLAGE, true, VoterCondition.NONE),
        Voter.of("f", VILLAGE, true, VoterCondition.AWAY),
        Voter.of("g", VILLAGE, true, VoterCondition.AWAY),
        Voter.of("h", VILLAGE, false, VoterCondition.NONE),
        Voter.of("z", OTHER_VILLAGE, true, VoterCondition.NONE));

    ProxyAuthorization proxy(String id, String principal, String holder, int daysBefore) {
      return new ProxyAuthorization.Builder().id(id).principalId(principal).holderId(holder)
          .relationship(Relationship.SIBLING).written(true).filedOn(ELECTION_DAY.minusDays(daysBefore)).build();
    }

    ProxyReview review(List<ProxyAuthorization> auths) {
      return Proxies.review(ED7, VILLAGE, ELECTION_DAY, roll, auths, Optional.of(ELECTION_DAY.minusDays(1)));
    }

    @Test
    @DisplayName("§4.4 a written proxy to a near relative of the same village, filed 3 days before, is valid")
    void valid() {
      ProxyReview r = review(List.of(proxy("p1", "a", "b", 3)));
      assertThat(r.rulings()).singleElement().satisfies(p -> {
        assertThat(p.valid()).isTrue();
        assertThat(p.explain(Messages.ZH)).containsExactly("委托p1有效：b（兄弟姐妹）代a投票，2021-03-17提交");
      });
      assertThat(VotingMethods.decide(ED7, roll.get(0), r).outcome()).isEqualTo(VotingMethod.BY_PROXY);
    }

    @Test
    @DisplayName("filed 2 days before the election is late; unwritten, not a near relative, another village: refused")
    void refusals() {
      ProxyAuthorization late = proxy("p1", "a", "b", 2);
      ProxyAuthorization all = new ProxyAuthorization.Builder().id("p2").principalId("f").holderId("z")
          .relationship(Relationship.OTHER_RELATIVE).written(false).filedOn(ELECTION_DAY.minusDays(5)).build();
      ProxyReview r = review(List.of(late, all));
      assertThat(r.rulings().get(0).reasons()).extracting(x -> x.code()).containsExactly(Proxies.FILED_LATE);
      assertThat(r.rulings().get(1).reasons()).extracting(x -> x.code()).containsExactly(Proxies.HOLDER_NOT_VOTER,
          Proxies.NOT_WRITTEN, Proxies.NOT_NEAR_RELATIVE);
      assertThat(r.rulings()).noneMatch(ProxyRuling::valid);
    }

    @Test
    @DisplayName("§4.4 the cap of 3 per holder: the fourth proxy to one holder is refused, the earliest three stand")
    void cap() {
      ProxyReview r = review(List.of(proxy("p4", "g", "b", 4), proxy("p1", "a", "b", 9), proxy("p2", "c", "b", 8),
          proxy("p3", "f", "b", 7)));
      assertThat(r.heldBy("b")).isEqualTo(3);
      assertThat(r.rulings().get(0).valid()).isFalse();
      assertThat(r.rulings().get(0).reasons().get(0).code()).isEqualTo(Proxies.OVER_CAP);
      assertThat(r.rulings().get(0).explain(Messages.EN).get(0))
          .isEqualTo("proxy p4: b already holds 3 proxies, the most allowed");
    }

    @Test
    @DisplayName("one principal, one proxy; a holder who entrusted their own vote cannot hold others'")
    void onceAndPresent() {
      ProxyReview r = review(List.of(proxy("p1", "a", "b", 9), proxy("p2", "a", "g", 5), proxy("p3", "e", "f", 5),
          proxy("p4", "f", "b", 5)));
      assertThat(r.rulings()).extracting(ProxyRuling::valid).containsExactly(true, false, false, true);
      assertThat(r.rulings().get(1).reasons().get(0).code()).isEqualTo(Proxies.ALREADY_ENTRUSTED);
      assertThat(r.rulings().get(2).reasons().get(0).code()).isEqualTo(Proxies.HOLDER_ENTRUSTED);
    }

    @Test
    @DisplayName("proxies are invalid until the lists of principals and proxies are published")
    void listsPublished() {
      ProxyReview r = Proxies.review(ED7, VILLAGE, ELECTION_DAY, roll, List.of(proxy("p1", "a", "b", 5)),
          Optional.empty());
      assertThat(r.rulings().get(0).reasons()).extracting(x -> x.code())
          .containsExactly(Proxies.LISTS_NOT_PUBLISHED);
    }

    @Test
    @DisplayName("§4.4 cases and isolated voters get the special method; away without proxy cannot vote")
    void methods() {
      ProxyReview none = review(List.of());
      assertThat(VotingMethods.decideAll(ED7, roll, none)).extractingFromEntries(e -> e.getKey() + "="
          + e.getValue().outcome()).containsExactly("a=ABSENT_WITHOUT_PROXY", "b=IN_PERSON", "c=SPECIAL_METHOD",
          "d=SPECIAL_METHOD", "e=IN_PERSON", "f=ABSENT_WITHOUT_PROXY", "g=ABSENT_WITHOUT_PROXY", "h=NOT_ELIGIBLE",
          "z=IN_PERSON");
      assertThat(VotingMethods.decide(ED7, roll.get(2), none).explain(Messages.ZH))
          .containsExactly("选民c（确诊病例）采取专门的投票办法，鼓励委托投票");
    }

    @Test
    @DisplayName("an authorization id used twice: the repeat is refused, the first is ruled on")
    void duplicateAuthorization() {
      ProxyAuthorization p1 = proxy("p1", "a", "b", 5);
      ProxyReview r = review(List.of(p1, proxy("p1", "f", "e", 5), p1));
      assertThat(r.rulings()).extracting(ProxyRuling::valid).containsExactly(true, false, false);
      assertThat(r.rulings().get(1).reasons().get(0).code()).isEqualTo(Proxies.DUPLICATE_AUTHORIZATION);
      assertThat(r.rulings().get(2).reasons().get(0).code()).isEqualTo(Proxies.DUPLICATE_AUTHORIZATION);
    }

    @Test
    @DisplayName("a roll with a voter id twice is refused, naming the entry")
    void duplicateVoter() {
      assertThatThrownBy(() -> Proxies.review(ED7, VILLAGE, ELECTION_DAY, List.of(roll.get(0), roll.get(0)),
          List.of(), Optional.empty())).isInstanceOfSatisfying(ValidationException.class,
          e -> assertThat(e.violations().get(0).field()).isEqualTo("roll[1].voterId"));
    }
  }

  @Nested
  @DisplayName("§4.1 §4.5–§4.7 polling plan")
  class Plans {
    PollingPlan.Builder good() {
      PollingPlan.Builder p = new PollingPlan.Builder();
      return p.village(VILLAGE).electionDay(ELECTION_DAY).registeredVoters(600)
          .addStations(station("s1", 500), station("s2", 100)).countingSitePeople(50)
          .addCountingSupervision(CountingSupervision.LIVE_VIDEO)
          .addDisinfection(DisinfectionTarget.values()).staffTrained(true)
          .emergencyPlan(ElectionEmergencyPlan.of(ElectionEmergencyItem.values()));
    }


    @Test
    @DisplayName("a plan with 2 stations for 600 voters, staggered slots of 50, 10 hours, 50 at the count is ready")
    void ready() {
      PollingPlanReview r = PollingPlans.review(ED7, good().build(), LOW);
      assertThat(r.verdict()).isEqualTo(PlanVerdict.READY);
      assertThat(r.failed()).isEmpty();
      assertThat(r.decision().clauses()).containsExactly(Clause.S4_1, Clause.S4_2, Clause.S4_5, Clause.S4_6,
          Clause.S4_7);
    }

    @Test
    @DisplayName("§4.2 the same plan in a medium-risk village is suspended")
    void suspended() {
      assertThat(PollingPlans.review(ED7, good().build(), MEDIUM).verdict()).isEqualTo(PlanVerdict.SUSPENDED);
    }

    @Test
    @DisplayName("§4.5 501 voters at one station, or one station for 600 voters, fails the ratio of 500")
    void stations() {
      PollingPlan p = new PollingPlan.Builder().from(good().build()).stations(List.of(station("s1", 600))).build();
      PollingPlanReview r = PollingPlans.review(ED7, p, LOW);
      assertThat(r.failed()).extracting(c -> c.reason().code()).containsExactly(PollingPlans.STATIONS,
          PollingPlans.STATION_LOAD);
      assertThat(r.decision().explain(Messages.EN).get(0))
          .isEqualTo("1 polling station for 600 voters; at least 2 at 500 voters each");
    }

    @Test
    @DisplayName("§4.5 a slot of 51, overlapping slots or 7 hours open fail; §4.6 51 at the count fails")
    void slotsHoursAndCount() {
      PollingStation crowded = new PollingStation.Builder().id("s1").assignedVoters(101).opens(LocalTime.of(8, 0))
          .closes(LocalTime.of(15, 0)).addSlots(TimeSlot.of(LocalTime.of(8, 0), LocalTime.of(9, 0), 51),
              TimeSlot.of(LocalTime.of(8, 30), LocalTime.of(10, 0), 50)).build();
      PollingPlan p = new PollingPlan.Builder().from(good().build()).registeredVoters(101)
          .stations(List.of(crowded)).countingSitePeople(51).build();
      assertThat(PollingPlans.review(ED7, p, LOW).failed()).extracting(c -> c.reason().code())
          .containsExactly(PollingPlans.STAGGERED, PollingPlans.HOURS, PollingPlans.COUNTING_SITE);
    }

    @Test
    @DisplayName("§4.6 §4.7 §4.1 no supervision, shared objects not disinfected, untrained staff, no emergency plan")
    void preparedness() {
      PollingPlan p = new PollingPlan.Builder().from(good().build()).countingSupervision(List.of())
          .disinfection(List.of(DisinfectionTarget.ELECTION_VENUE, DisinfectionTarget.POLLING_STATIONS))
          .staffTrained(false).emergencyPlan(ElectionEmergencyPlan.none()).build();
      PollingPlanReview r = PollingPlans.review(ED7, p, LOW);
      assertThat(r.verdict()).isEqualTo(PlanVerdict.NOT_READY);
      assertThat(r.failed()).extracting(c -> c.reason().code()).containsExactly(PollingPlans.SUPERVISION,
          PollingPlans.DISINFECTION, PollingPlans.TRAINING, PollingPlans.EMERGENCY_PLAN, PollingPlans.EMERGENCY_PLAN,
          PollingPlans.EMERGENCY_PLAN, PollingPlans.EMERGENCY_PLAN, PollingPlans.EMERGENCY_PLAN);
      assertThat(r.failed().get(1).reason().text(Messages.ZH)).isEqualTo("未安排消毒的：公共物品");
    }

    @Test
    @DisplayName("a plan with two stations under one id, or a slot ending before it starts, is refused")
    void badPlans() {
      assertThatThrownBy(() -> good().addStations(station("s1", 0)).build())
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.violations().get(0).field()).isEqualTo("stations[2].id"));
      assertThatThrownBy(() -> TimeSlot.of(LocalTime.of(9, 0), LocalTime.of(9, 0), 1))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.violations().get(0).code()).isEqualTo(TimeSlot.ORDER));
    }
  }
}
