package org.communityprevention.risk.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.risk.testing.ElectionGenerators.ELECTION_DAY;
import static org.communityprevention.risk.testing.ElectionGenerators.VILLAGE;
import static org.communityprevention.risk.testing.ElectionGenerators.station;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.ElectionEmergencyItem;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.SourceMark;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.testing.ElectionGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("§4.1 §4.3 §4.4 emergency plan items, declaration validity, the special voting plan")
class ElectionPlanItemsTest {
  static final Policy ED7 = NationalBaselines.byId("ed7-2020");

  static Policy with(ActivityPolicy.Builder a) {
    return new Policy.Builder().from(ED7).activities(a.build()).build();
  }

  @Nested
  @DisplayName("§4.1 the emergency plan as a checked list")
  class EmergencyPlan {
    PollingPlan plan(ElectionEmergencyPlan emergency) {
      return new PollingPlan.Builder().village(VILLAGE).electionDay(ELECTION_DAY).registeredVoters(500)
          .addStations(station("s1", 500)).countingSitePeople(20)
          .addCountingSupervision(CountingSupervision.LIVE_VIDEO).addDisinfection(DisinfectionTarget.values())
          .staffTrained(true).emergencyPlan(emergency).build();
    }

    @Test
    @DisplayName("§4.1 every baseline requires five items (L, citing the local plans read); two more are optional")
    void baselines() {
      for (Policy p : NationalBaselines.catalog().policies()) {
        assertThat(p.activities().electionEmergencyPlanItems()).as(p.id()).containsExactly(
            ElectionEmergencyItem.PERSON_IN_CHARGE, ElectionEmergencyItem.ISOLATION_ROOM,
            ElectionEmergencyItem.FEVER_PROCEDURE, ElectionEmergencyItem.DISINFECTION_SUPPLIES,
            ElectionEmergencyItem.TOWNSHIP_REPORTING);
        assertThat(p.provenance().get("activities.electionEmergencyPlanItems").mark()).isEqualTo(SourceMark.L);
        assertThat(p.provenance().get("activities.electionEmergencyPlanItems").source())
            .contains("dth.yiyang.gov.cn/30556/39001/content_1629294.html");
      }
    }

    @Test
    @DisplayName("§4.1 a plan without an isolation room and a reporting line names exactly those two items")
    void missingItems() {
      PollingPlanReview r = PollingPlans.review(ED7, plan(ElectionEmergencyPlan.of(
          ElectionEmergencyItem.PERSON_IN_CHARGE, ElectionEmergencyItem.FEVER_PROCEDURE,
          ElectionEmergencyItem.DISINFECTION_SUPPLIES)), RiskLevel.LOW);
      assertThat(r.verdict()).isEqualTo(PlanVerdict.NOT_READY);
      assertThat(r.failed()).extracting(c -> c.reason().code()).containsOnly(PollingPlans.EMERGENCY_PLAN);
      assertThat(r.failed()).extracting(c -> c.reason().facts().get("item"))
          .containsExactly("ISOLATION_ROOM", "TOWNSHIP_REPORTING");
      assertThat(r.failed()).allSatisfy(c -> assertThat(c.reason().clauses()).containsExactly(Clause.S4_1));
      assertThat(r.failed().get(0).reason().text(Messages.ZH)).isEqualTo("选举应急处置预案缺少：每个投票点的临时隔离（留观）室");
      assertThat(r.failed().get(1).reason().text(Messages.EN))
          .isEqualTo("the election emergency plan covers a reporting line to the township or street: false");
      assertThat(r.checks()).filteredOn(c -> c.reason().code().equals(PollingPlans.EMERGENCY_PLAN)).hasSize(5);
    }

    @Test
    @DisplayName("§4.1 a plan covering the five items is ready; a province requiring the backup date makes it not")
    void provinceRequiresMore() {
      ElectionEmergencyPlan five = ElectionEmergencyPlan.of(ElectionEmergencyItem.PERSON_IN_CHARGE,
          ElectionEmergencyItem.ISOLATION_ROOM, ElectionEmergencyItem.FEVER_PROCEDURE,
          ElectionEmergencyItem.DISINFECTION_SUPPLIES, ElectionEmergencyItem.TOWNSHIP_REPORTING);
      assertThat(PollingPlans.review(ED7, plan(five), RiskLevel.LOW).verdict()).isEqualTo(PlanVerdict.READY);
      Policy stricter = with(new ActivityPolicy.Builder().from(ED7.activities())
          .addElectionEmergencyPlanItems(ElectionEmergencyItem.BACKUP_PLAN));
      PollingPlanReview r = PollingPlans.review(stricter, plan(five), RiskLevel.LOW);
      assertThat(r.verdict()).isEqualTo(PlanVerdict.NOT_READY);
      assertThat(r.failed()).singleElement().satisfies(c -> assertThat(c.reason().facts())
          .containsEntry("item", "BACKUP_PLAN").containsEntry("covered", "false"));
    }

    @Test
    @DisplayName("§4.1 the plan reads and writes as JSON, items by name; an unknown item is refused")
    void json() {
      PollingPlan p = plan(ElectionEmergencyPlan.of(ElectionEmergencyItem.TRANSFER_ROUTE,
          ElectionEmergencyItem.PERSON_IN_CHARGE));
      String json = Json.write(p);
      assertThat(json).contains("\"emergencyPlan\":{\"items\":[\"PERSON_IN_CHARGE\",\"TRANSFER_ROUTE\"]}");
      assertThat(Json.read(json, PollingPlan.class)).isEqualTo(p);
      assertThatThrownBy(() -> Json.read(json.replace("TRANSFER_ROUTE", "HELICOPTER"), PollingPlan.class))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code())
              .isEqualTo("core.json.invalid_value"));
      String old = json.replaceAll("\"emergencyPlan\":\\{[^}]*\\}", "\"emergencyPlan\":true");
      assertThat(old).contains("\"emergencyPlan\":true");
      assertThatThrownBy(() -> Json.read(old, PollingPlan.class))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0))
              .satisfies(v -> {
                assertThat(v.code()).isEqualTo("core.json.wrong_type");
                assertThat(v.field()).isEqualTo("emergencyPlan");
              }));
    }

    @Test
    @DisplayName("§4.1 property: the failed emergency checks are exactly the required items the plan lacks")
    void property() {
      qt().forAll(ElectionGenerators.emergencyPlans(), Generate.range(0, 127)).checkAssert((e, mask) -> {
        EnumSet<ElectionEmergencyItem> required = EnumSet.noneOf(ElectionEmergencyItem.class);
        for (ElectionEmergencyItem i : ElectionEmergencyItem.values()) {
          if ((mask & (1 << i.ordinal())) != 0) {
            required.add(i);
          }
        }
        Policy p = with(new ActivityPolicy.Builder().from(ED7.activities()).electionEmergencyPlanItems(required));
        PollingPlanReview r = PollingPlans.review(p, plan(e), RiskLevel.LOW);
        List<String> failed = r.failed().stream().filter(c -> c.reason().code().equals(PollingPlans.EMERGENCY_PLAN))
            .map(c -> c.reason().facts().get("item")).toList();
        assertThat(failed).containsExactlyElementsOf(e.missing(required).stream().map(Enum::name).toList());
        assertThat(r.verdict() == PlanVerdict.READY).isEqualTo(e.missing(required).isEmpty());
      });
    }
  }

  @Nested
  @DisplayName("§4.3 a health declaration is valid for the policy's days")
  class DeclarationValidity {
    final LocalDate day = ELECTION_DAY;

    @Test
    @DisplayName("§4.3 every baseline: 3 days (U, with the Jiangxi daily and Yiyang 3-day local practice cited)")
    void baselines() {
      for (Policy p : NationalBaselines.catalog().policies()) {
        assertThat(p.activities().healthDeclarationValidDays()).as(p.id()).isEqualTo(3);
        assertThat(p.provenance().get("activities.healthDeclarationValidDays").mark()).isEqualTo(SourceMark.U);
        assertThat(p.provenance().get("activities.healthDeclarationValidDays").source())
            .contains("fsxinfawuliu.cn/html/article/jx/2021_1200190.html");
      }
    }

    @Test
    @DisplayName("§4.3 a candidate's normal declaration of 3 days before may take part; of 4 days before is stale")
    void staleCandidate() {
      HealthDeclaration three = HealthDeclaration.of("c1", ParticipantRole.CANDIDATE, day.minusDays(3));
      assertThat(Participation.status(ED7, "c1", List.of(three), List.of(), day))
          .isEqualTo(ParticipationStatus.MAY_TAKE_PART);
      HealthDeclaration four = HealthDeclaration.of("c1", ParticipantRole.CANDIDATE, day.minusDays(4));
      Decision<ParticipationStatus> d = Participation.decide(ED7, "c1", List.of(four), List.of(), day);
      assertThat(d.outcome()).isEqualTo(ParticipationStatus.NO_DECLARATION);
      assertThat(d.reasons()).extracting(Reason::code).containsExactly(Participation.NONE, Participation.STALE);
      Reason stale = d.reasons().get(1);
      assertThat(stale.clauses()).containsExactly(Clause.S4_3);
      assertThat(stale.facts()).containsEntry("declaredOn", "2021-03-16").containsEntry("validUntil", "2021-03-19")
          .containsEntry("day", "2021-03-20");
      assertThat(stale.policyValues()).containsEntry("activities.healthDeclarationValidDays", "3");
      assertThat(stale.text(Messages.ZH)).isEqualTo("参选人员c1于2021-03-16所作健康申报有效至2021-03-19（3日），2021-03-20不予采用");
      assertThat(d.reasons().get(0).text(Messages.EN)).isEqualTo("c1 has no health declaration valid on 2021-03-20 "
          + "(made that day or at most 3 days before): may not take part until one is made");
    }

    @Test
    @DisplayName("§4.3 a future-dated declaration is set aside with its reason, and the valid earlier one counts")
    void futureDated() {
      List<HealthDeclaration> ds = List.of(HealthDeclaration.of("c1", ParticipantRole.CANDIDATE, day.minusDays(1)),
          HealthDeclaration.of("c1", ParticipantRole.CANDIDATE, day.plusDays(1), HealthFlag.FEVER));
      Decision<ParticipationStatus> d = Participation.decide(ED7, "c1", ds, List.of(), day);
      assertThat(d.outcome()).isEqualTo(ParticipationStatus.MAY_TAKE_PART);
      assertThat(d.reasons()).extracting(Reason::code).containsExactly(Participation.NORMAL, Participation.FUTURE);
      assertThat(d.reasons().get(1).text(Messages.ZH)).isEqualTo("参选人员c1的健康申报日期2021-03-21晚于2021-03-20，不予采用");
    }

    @Test
    @DisplayName("§4.3 a staff member is judged on the duty day: valid for registration day, stale by election day")
    void staffDutyDay() {
      LocalDate duty = day.minusDays(10);
      List<HealthDeclaration> ds = List.of(HealthDeclaration.of("s1", ParticipantRole.ELECTION_STAFF, duty.minusDays(1)),
          HealthDeclaration.of("c1", ParticipantRole.CANDIDATE, day));
      Map<String, Decision<ParticipationStatus>> r = Participation.review(ED7, ds, List.of(), day,
          Map.of("s1", duty));
      assertThat(r.get("s1").outcome()).isEqualTo(ParticipationStatus.MAY_TAKE_PART);
      assertThat(r.get("c1").outcome()).isEqualTo(ParticipationStatus.MAY_TAKE_PART);
      assertThat(Participation.review(ED7, ds, List.of(), day).get("s1").outcome())
          .isEqualTo(ParticipationStatus.NO_DECLARATION);
    }

    @Test
    @DisplayName("§4.3 an abnormal stale declaration is not assessed: the assessment of it decides nothing")
    void staleAbnormalNotAssessed() {
      List<HealthDeclaration> ds = List.of(HealthDeclaration.of("s1", ParticipantRole.ELECTION_STAFF, day.minusDays(5),
          HealthFlag.FEVER));
      List<RiskAssessment> as = List.of(RiskAssessment.of("s1", day.minusDays(4), AssessmentOutcome.MAY_TAKE_PART));
      assertThat(Participation.status(ED7, "s1", ds, as, day)).isEqualTo(ParticipationStatus.NO_DECLARATION);
      Policy daily = with(new ActivityPolicy.Builder().from(ED7.activities()).healthDeclarationValidDays(0));
      List<HealthDeclaration> yesterday = List.of(HealthDeclaration.of("c1", ParticipantRole.CANDIDATE,
          day.minusDays(1)));
      assertThat(Participation.status(daily, "c1", yesterday, List.of(), day))
          .isEqualTo(ParticipationStatus.NO_DECLARATION);
    }

    @Test
    @DisplayName("§4.3 property: a person may take part only on a valid declaration; every set-aside one has a reason")
    void property() {
      qt().forAll(ElectionGenerators.declarations(), ElectionGenerators.assessments(), Generate.range(0, 5))
          .checkAssert((ds, as, validDays) -> {
            Policy p = with(new ActivityPolicy.Builder().from(ED7.activities()).healthDeclarationValidDays(validDays));
            Participation.review(p, ds, as, day).forEach((id, d) -> {
              List<HealthDeclaration> mine = ds.stream().filter(x -> x.participantId().equals(id)).toList();
              boolean anyValid = mine.stream().anyMatch(x -> Participation.valid(x.declaredOn(), day, validDays));
              if (d.outcome() == ParticipationStatus.MAY_TAKE_PART
                  || d.outcome() == ParticipationStatus.RISK_ASSESSMENT_REQUIRED) {
                assertThat(anyValid).isTrue();
              }
              if (!anyValid) {
                assertThat(d.outcome()).isIn(ParticipationStatus.NO_DECLARATION);
              }
              long setAside = mine.stream().filter(x -> !Participation.valid(x.declaredOn(), day, validDays))
                  .map(HealthDeclaration::declaredOn).distinct().count();
              assertThat(d.reasons().stream().filter(r -> r.code().equals(Participation.STALE)
                  || r.code().equals(Participation.FUTURE))).hasSize((int) setAside);
              assertThat(d.outcome()).isEqualTo(Participation.status(p, id, ds, as, day));
            });
          });
    }
  }

  @Nested
  @DisplayName("§4.4 the special voting method as a plan of mobile ballot boxes")
  class SpecialVotingPlans {
    final List<Voter> roll = List.of(Voter.of("v1", VILLAGE, true, VoterCondition.CONFIRMED_CASE),
        Voter.of("v2", VILLAGE, true, VoterCondition.IN_ISOLATION),
        Voter.of("v3", VILLAGE, true, VoterCondition.SUSPECTED_CASE),
        Voter.of("v4", VILLAGE, true, VoterCondition.NONE));

    ProxyReview noProxies() {
      return Proxies.review(ED7, VILLAGE, ELECTION_DAY, roll, List.of(), Optional.of(ELECTION_DAY.minusDays(5)));
    }

    SpecialVotingPlan plan(MobileBallotBox... boxes) {
      return new SpecialVotingPlan.Builder().village(VILLAGE).electionDay(ELECTION_DAY).addBoxes(boxes).build();
    }

    @Test
    @DisplayName("§4.4 every baseline: 2 staff per box (U; P6.2's 3 scrutineers of one province cited as L)")
    void baselines() {
      for (Policy p : NationalBaselines.catalog().policies()) {
        assertThat(p.activities().mobileBallotBoxMinStaff()).as(p.id()).isEqualTo(2);
        assertThat(p.provenance().get("activities.mobileBallotBoxMinStaff").mark()).isEqualTo(SourceMark.U);
      }
    }

    @Test
    @DisplayName("§4.4 two boxes of 2 staff visiting the case, the isolated and the suspected voter once: ready")
    void ready() {
      SpecialVotingReview r = SpecialVoting.review(ED7, plan(MobileBallotBox.of("b1", 2, "v1", "v3"),
          MobileBallotBox.of("b2", 2, "v2")), roll, noProxies());
      assertThat(r.needingSpecialMethod()).containsExactly("v1", "v2", "v3");
      assertThat(r.ready()).isTrue();
      assertThat(r.decision().outcome()).isEqualTo(PlanVerdict.READY);
      assertThat(r.decision().explain(Messages.ZH)).containsExactly("专门的投票办法安排到位：需要的3名选民均各由一个流动票箱上门，每箱工作人员足额");
    }

    @Test
    @DisplayName("§4.4 a box of 1 staff, the isolated voter left off, the case on two routes, an in-person voter on one")
    void findings() {
      SpecialVotingReview r = SpecialVoting.review(ED7, plan(MobileBallotBox.of("b1", 1, "v1", "v3"),
          MobileBallotBox.of("b2", 2, "v4", "v1")), roll, noProxies());
      assertThat(r.ready()).isFalse();
      assertThat(r.findings()).extracting(Reason::code).containsExactly(SpecialVoting.UNDERSTAFFED,
          SpecialVoting.NOT_SERVED, SpecialVoting.VISITED_TWICE, SpecialVoting.NOT_SPECIAL);
      assertThat(r.findings()).allSatisfy(f -> assertThat(f.clauses()).containsExactly(Clause.S4_4));
      assertThat(r.findings().get(0).text(Messages.ZH)).isEqualTo("流动票箱b1仅配工作人员1名，至少需2名");
      assertThat(r.findings().get(1).text(Messages.ZH)).isEqualTo("选民v2（正在隔离）需采取专门的投票办法，但不在任何流动票箱路线上");
      assertThat(r.findings().get(2).text(Messages.EN)).isEqualTo("voter v1 is visited 2 times (boxes b1, b2); one ballot per voter");
      assertThat(r.findings().get(3).text(Messages.ZH)).isEqualTo("选民v4在票箱b2路线上，但其投票方式为现场投票，流动票箱不得收取其选票");
      assertThat(r.decision().outcome()).isEqualTo(PlanVerdict.NOT_READY);
    }

    @Test
    @DisplayName("§4.4 a case with a valid written proxy votes by proxy and needs no box; visiting them is a finding")
    void proxyNeedsNoBox() {
      List<Voter> withRelative = new ArrayList<>(roll);
      withRelative.add(Voter.of("v5", VILLAGE, true, VoterCondition.NONE));
      ProxyAuthorization a = new ProxyAuthorization.Builder().id("a1").principalId("v1").holderId("v5")
          .relationship(Relationship.SPOUSE).written(true).filedOn(ELECTION_DAY.minusDays(10)).build();
      ProxyReview proxies = Proxies.review(ED7, VILLAGE, ELECTION_DAY, withRelative, List.of(a),
          Optional.of(ELECTION_DAY.minusDays(5)));
      SpecialVotingReview r = SpecialVoting.review(ED7, plan(MobileBallotBox.of("b1", 2, "v1", "v2", "v3")),
          withRelative, proxies);
      assertThat(r.needingSpecialMethod()).containsExactly("v2", "v3");
      assertThat(r.findings()).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo(SpecialVoting.NOT_SPECIAL);
        assertThat(f.facts()).containsEntry("voter", "v1").containsEntry("method", "BY_PROXY");
      });
    }

    @Test
    @DisplayName("§4.4 the plan reads and writes as JSON with its ordered routes; bad boxes are refused by field")
    void json() {
      SpecialVotingPlan p = plan(MobileBallotBox.of("b1", 2, "v3", "v1"));
      String json = Json.write(p);
      assertThat(json).contains("\"route\":[\"v3\",\"v1\"]");
      assertThat(Json.read(json, SpecialVotingPlan.class)).isEqualTo(p);
      assertThatThrownBy(() -> plan(MobileBallotBox.of("b1", 2), MobileBallotBox.of("b1", 3)))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.violations().get(0).field()).isEqualTo("boxes[1].id"));
      assertThatThrownBy(() -> MobileBallotBox.of("b1", -1))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.violations().get(0).field()).isEqualTo("staff"));
      assertThatThrownBy(() -> MobileBallotBox.of("b1", 2, " v1"))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.violations().get(0).field()).isEqualTo("route[0]"));
    }

    @Test
    @DisplayName("§4.4 property: ready exactly when every voter needing the method is visited once, by boxes with "
        + "enough staff, and no one else is visited")
    void property() {
      qt().forAll(ElectionGenerators.rolls(), ElectionGenerators.authorizations(), Generate.longRange(0, 1_000_000))
          .checkAssert((voters, auths, seed) -> {
            java.util.Random rnd = new java.util.Random(seed);
            ProxyReview proxies = Proxies.review(ED7, VILLAGE, ELECTION_DAY, voters, auths,
                Optional.of(ELECTION_DAY.minusDays(5)));
            List<MobileBallotBox> boxes = new ArrayList<>();
            int n = rnd.nextInt(4);
            List<List<String>> routes = new ArrayList<>();
            for (int b = 0; b < n; b++) {
              routes.add(new ArrayList<>());
            }
            for (Voter v : voters) {
              if (n > 0 && rnd.nextInt(4) > 0) {
                routes.get(rnd.nextInt(n)).add(v.voterId());
                if (rnd.nextInt(10) == 0) {
                  routes.get(rnd.nextInt(n)).add(v.voterId());
                }
              }
            }
            for (int b = 0; b < n; b++) {
              boxes.add(MobileBallotBox.of("b" + b, rnd.nextInt(4), routes.get(b).toArray(new String[0])));
            }
            SpecialVotingReview r = SpecialVoting.review(ED7, plan(boxes.toArray(new MobileBallotBox[0])), voters,
                proxies);
            Map<String, Integer> visits = new HashMap<>();
            routes.forEach(route -> route.forEach(v -> visits.merge(v, 1, Integer::sum)));
            List<String> needing = voters.stream().filter(v -> VotingMethods.method(v,
                proxies.validFor(v.voterId()).isPresent()) == VotingMethod.SPECIAL_METHOD).map(Voter::voterId)
                .sorted().toList();
            assertThat(r.needingSpecialMethod()).containsExactlyElementsOf(needing);
            boolean expectReady = boxes.stream().allMatch(b -> b.staff() >= 2)
                && needing.stream().allMatch(v -> visits.getOrDefault(v, 0) == 1)
                && visits.keySet().stream().allMatch(needing::contains);
            assertThat(r.ready()).isEqualTo(expectReady);
            assertThat(r.findings().stream().filter(f -> f.code().equals(SpecialVoting.NOT_SERVED)).count())
                .isEqualTo(needing.stream().filter(v -> !visits.containsKey(v)).count());
            assertThat(r.findings().stream().filter(f -> f.code().equals(SpecialVoting.VISITED_TWICE)).count())
                .isEqualTo(visits.values().stream().filter(c -> c > 1).count());
          });
    }
  }
}
