package org.communityprevention.risk.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.area.RiskLevel.HIGH;
import static org.communityprevention.core.area.RiskLevel.LOW;
import static org.communityprevention.core.area.RiskLevel.MEDIUM;
import static org.communityprevention.risk.testing.ElectionGenerators.ELECTION_DAY;
import static org.communityprevention.risk.testing.ElectionGenerators.VILLAGE;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.division.Division;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyLayering;
import org.communityprevention.core.policy.SourceMark;
import org.communityprevention.risk.timeline.LevelSeries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("§4.2 resumption with the voter list, §4.4 proxies by committee kind")
class ResumptionAndCommitteeTest {
  static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  static final DivisionCode COMMUNITY = DivisionCode.parse("440983102001");

  @Nested
  @DisplayName("§4.2 a resumed election and the 20-day voter list (村民委员会组织法 Art. 14)")
  class Resumption {
    final LocalDate d0 = LocalDate.of(2021, 3, 1);
    // Medium on days 2–4 (03-03 to 03-05), low again from 03-06.
    final ElectionCalendar calendar = ElectionSuspension.calendar(ED7, VILLAGE,
        LevelSeries.of(d0, List.of(LOW, LOW, MEDIUM, HIGH, MEDIUM, LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW,
            LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW, LOW)));

    @Test
    @DisplayName("every baseline needs the voter list 20 days before election day, marked S")
    void baselines() {
      for (Policy p : NationalBaselines.catalog().policies()) {
        assertThat(p.activities().voterListPublicationDays()).as(p.id()).isEqualTo(20);
        assertThat(p.provenance().get("activities.voterListPublicationDays").mark()).isEqualTo(SourceMark.S);
        assertThat(p.provenance().get("activities.voterListPublicationDays").source()).contains("Art. 14");
      }
    }

    @Test
    @DisplayName("§4.2 the earliest lawful day after resuming on 03-06 is 03-26, 20 days later")
    void earliestDay() {
      assertThat(calendar.resumptions()).containsExactly(LocalDate.of(2021, 3, 6));
      assertThat(calendar.earliestElectionDays()).containsExactly(LocalDate.of(2021, 3, 26));
    }

    @Test
    @DisplayName("§4.2 a day in the 20 days after resuming is too early, even with a list published before the suspension")
    void tooEarly() {
      Decision<ElectionDayStatus> d = ElectionSuspension.electionDay(ED7, calendar, LocalDate.of(2021, 3, 25),
          Optional.of(LocalDate.of(2021, 3, 1)));
      assertThat(d.outcome()).isEqualTo(ElectionDayStatus.VOTER_LIST_TOO_LATE);
      assertThat(d.clauses()).containsExactly(Clause.S4_2);
      assertThat(d.reasons()).singleElement().satisfies(r -> {
        assertThat(r.code()).isEqualTo(ElectionSuspension.LIST_LEAD_SHORT);
        assertThat(r.facts()).containsEntry("earliest", "2021-03-26").containsEntry("days", "19")
            .containsEntry("countedFrom", "2021-03-06");
        assertThat(r.policyValues()).containsEntry("activities.voterListPublicationDays", "20");
      });
      assertThat(d.explain(Messages.ZH)).containsExactly("2021-03-25不能进行选举：选民名单自2021-03-06起计算（公布于2021-03-01，"
          + "恢复选举于2021-03-06），距选举日仅19天，应不少于20天，最早可于2021-03-26选举");
      assertThat(d.explain(Messages.EN)).singleElement().asString().contains("2021-03-26 at the earliest");
    }

    @Test
    @DisplayName("§4.2 the 20th day after resuming is lawful; a list published later counts from its own day")
    void lawful() {
      assertThat(ElectionSuspension.electionDay(ED7, calendar, LocalDate.of(2021, 3, 26),
          Optional.of(LocalDate.of(2021, 3, 6))).outcome()).isEqualTo(ElectionDayStatus.LAWFUL);
      Decision<ElectionDayStatus> late = ElectionSuspension.electionDay(ED7, calendar, LocalDate.of(2021, 3, 27),
          Optional.of(LocalDate.of(2021, 3, 10)));
      assertThat(late.outcome()).isEqualTo(ElectionDayStatus.VOTER_LIST_TOO_LATE);
      assertThat(late.reasons().get(0).facts()).containsEntry("earliest", "2021-03-30");
    }

    @Test
    @DisplayName("§4.2 a suspended day stays suspended; no list published is too late")
    void suspendedAndUnpublished() {
      Decision<ElectionDayStatus> s = ElectionSuspension.electionDay(ED7, calendar, LocalDate.of(2021, 3, 4),
          Optional.of(LocalDate.of(2021, 2, 1)));
      assertThat(s.outcome()).isEqualTo(ElectionDayStatus.SUSPENDED);
      assertThat(s.reasons().get(0).code()).isEqualTo(ElectionSuspension.DAY_SUSPENDED);
      Decision<ElectionDayStatus> none = ElectionSuspension.electionDay(ED7, calendar, LocalDate.of(2021, 3, 28),
          Optional.empty());
      assertThat(none.outcome()).isEqualTo(ElectionDayStatus.VOTER_LIST_TOO_LATE);
      assertThat(none.reasons().get(0).code()).isEqualTo(ElectionSuspension.LIST_NOT_PUBLISHED);
      assertThat(none.explain(Messages.ZH).get(0)).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    @DisplayName("a never-suspended election needs only 20 days from the list")
    void neverSuspended() {
      ElectionCalendar quiet = ElectionSuspension.calendar(ED7, VILLAGE, LevelSeries.of(d0, List.of(LOW, LOW, LOW)));
      assertThat(quiet.earliestElectionDays()).isEmpty();
      assertThat(ElectionSuspension.electionDay(ED7, quiet, d0.plusDays(2), Optional.of(d0.minusDays(18)))
          .outcome()).isEqualTo(ElectionDayStatus.LAWFUL);
      assertThat(ElectionSuspension.electionDay(ED7, quiet, d0.plusDays(2), Optional.of(d0.minusDays(17)))
          .outcome()).isEqualTo(ElectionDayStatus.VOTER_LIST_TOO_LATE);
    }

    @Test
    @DisplayName("the calendar with its earliest days round-trips through JSON; a calendar without them still reads")
    void json() {
      assertThat(Json.read(Json.write(calendar), ElectionCalendar.class)).isEqualTo(calendar);
      String old = Json.write(calendar).replaceAll(",?\"earliestElectionDays\":\\[[^]]*]", "");
      assertThat(Json.read(old, ElectionCalendar.class).earliestElectionDays()).isEmpty();
    }
  }

  @Nested
  @DisplayName("§4.4 proxies by committee kind (村民委员会 / 居民委员会)")
  class Committees {
    final List<Voter> roll = List.of(Voter.of("a", COMMUNITY, true, VoterCondition.AWAY),
        Voter.of("b", COMMUNITY, true, VoterCondition.NONE));
    final List<ProxyAuthorization> auths = List.of(new ProxyAuthorization.Builder().id("p1").principalId("a")
        .holderId("b").relationship(Relationship.SPOUSE).written(true).filedOn(ELECTION_DAY.minusDays(5)).build());

    Policy allowing() {
      return new Policy.Builder().from(ED7).activities(new ActivityPolicy.Builder().from(ED7.activities())
          .residentsCommitteeProxies(true).build()).build();
    }

    @Test
    @DisplayName("the committee of a community is a 居民委员会, of a village a 村民委员会")
    void kinds() {
      assertThat(CommitteeKind.of(Division.of(COMMUNITY, "水口居委会"))).isEqualTo(CommitteeKind.RESIDENTS_COMMITTEE);
      assertThat(CommitteeKind.of(Division.of(VILLAGE, "上村"))).isEqualTo(CommitteeKind.VILLAGERS_COMMITTEE);
      assertThat(CommitteeKind.RESIDENTS_COMMITTEE.chinese()).isEqualTo("居民委员会");
    }

    @Test
    @DisplayName("§4.4 nationally a proxy in a 居委会 election is refused: the urban residents' committee law has none")
    void refusedNationally() {
      for (Policy p : NationalBaselines.catalog().policies()) {
        assertThat(p.activities().residentsCommitteeProxies()).as(p.id()).isFalse();
      }
      ProxyReview r = Proxies.review(ED7, COMMUNITY, CommitteeKind.RESIDENTS_COMMITTEE, ELECTION_DAY, roll, auths,
          Optional.of(ELECTION_DAY.minusDays(1)));
      assertThat(r.committee()).isEqualTo(CommitteeKind.RESIDENTS_COMMITTEE);
      assertThat(r.rulings()).singleElement().satisfies(x -> {
        assertThat(x.valid()).isFalse();
        assertThat(x.reasons()).extracting(rs -> rs.code()).containsExactly(Proxies.NOT_PROVIDED);
        assertThat(x.explain(Messages.ZH)).containsExactly(
            "委托p1无效：居民委员会选举不适用委托投票，城市居民委员会组织法没有委托投票的规定，本省规则也未作规定");
      });
    }

    @Test
    @DisplayName("§4.4 where a province provides proxies, the 居委会 proxy is ruled like a village's")
    void allowedByProvince() {
      ProxyReview r = Proxies.review(allowing(), COMMUNITY, CommitteeKind.RESIDENTS_COMMITTEE, ELECTION_DAY, roll,
          auths, Optional.of(ELECTION_DAY.minusDays(1)));
      assertThat(r.validFor("a")).isPresent();
      ProxyReview village = Proxies.review(ED7, COMMUNITY, ELECTION_DAY, roll, auths,
          Optional.of(ELECTION_DAY.minusDays(1)));
      assertThat(village.committee()).isEqualTo(CommitteeKind.VILLAGERS_COMMITTEE);
      assertThat(village.validFor("a")).isPresent();
    }

    @Test
    @DisplayName("a provincial layer may provide 居委会 proxies over the national silence, and not withdraw them")
    void layering() {
      assertThat(PolicyLayering.loosenings(ED7, allowing())).isEmpty();
      assertThat(PolicyLayering.loosenings(allowing(), ED7)).extracting(v -> v.field())
          .containsExactly("activities.residentsCommitteeProxies");
    }

    @Test
    @DisplayName("a review with its committee round-trips through JSON; an older review without it reads as a village's")
    void json() {
      ProxyReview r = Proxies.review(ED7, COMMUNITY, CommitteeKind.RESIDENTS_COMMITTEE, ELECTION_DAY, roll, auths,
          Optional.empty());
      assertThat(Json.read(Json.write(r), ProxyReview.class)).isEqualTo(r);
      String old = Json.write(r).replace("\"committee\":\"RESIDENTS_COMMITTEE\",", "");
      assertThat(Json.read(old, ProxyReview.class).committee()).isEqualTo(CommitteeKind.VILLAGERS_COMMITTEE);
      assertThat(Json.read(Json.write(List.of(CommitteeKind.values())),
          new TypeReference<List<CommitteeKind>>() {})).containsExactly(CommitteeKind.values());
    }
  }
}
