package org.communityprevention.risk.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.risk.testing.ElectionGenerators.ELECTION_DAY;
import static org.communityprevention.risk.testing.ElectionGenerators.VILLAGE;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.risk.testing.ElectionGenerators;
import org.communityprevention.risk.testing.RiskGenerators;
import org.communityprevention.risk.timeline.LevelSeries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("§4.2–§4.7 election properties")
class ElectionProperties {

  @Test
  @DisplayName("§4.2 an election is never allowed in a medium- or high-risk area on any day")
  void neverInMediumOrHigh() {
    DateWindow w = DateWindow.ofDays(LocalDate.of(2021, 3, 1), 40);
    qt().forAll(RiskGenerators.activityPolicies(), RiskGenerators.levelSeries(w), ElectionGenerators.plans())
        .checkAssert((p, levels, plan) -> {
          ElectionCalendar c = ElectionSuspension.calendar(p, VILLAGE, levels);
          for (int i = 0; i < levels.length(); i++) {
            RiskLevel l = levels.levelAt(i);
            if (l != RiskLevel.LOW) {
              assertThat(c.mayProceedOn(levels.start().plusDays(i))).isFalse();
              assertThat(ElectionSuspension.status(p.activities(), l)).isEqualTo(ElectionStatus.SUSPENDED);
              assertThat(PollingPlans.review(p, plan, l).verdict()).isEqualTo(PlanVerdict.SUSPENDED);
            }
            assertThat(ElectionSuspension.decide(p, l).outcome())
                .isEqualTo(ElectionSuspension.status(p.activities(), l));
          }
        });
  }

  @Test
  @DisplayName("§4.4 no holder exceeds the cap, no principal has two valid proxies, and each valid one meets the law")
  void proxiesWithinCap() {
    qt().forAll(RiskGenerators.activityPolicies(), ElectionGenerators.rolls(), ElectionGenerators.authorizations(),
        Generate.range(-3, 3)).checkAssert((p, roll, auths, published) -> {
          ProxyReview r = Proxies.review(p, VILLAGE, ELECTION_DAY, roll, auths,
              Optional.of(ELECTION_DAY.plusDays(published)));
          Map<String, Voter> voters = new HashMap<>();
          roll.forEach(v -> voters.put(v.voterId(), v));
          Map<String, Integer> held = new HashMap<>();
          Set<String> principals = new HashSet<>();
          for (int i = 0; i < auths.size(); i++) {
            ProxyAuthorization a = auths.get(i);
            ProxyRuling ruling = r.rulings().get(i);
            assertThat(ruling.authorizationId()).isEqualTo(a.id());
            assertThat(ruling.reasons()).isNotEmpty();
            if (ruling.valid()) {
              held.merge(a.holderId(), 1, Integer::sum);
              assertThat(principals.add(a.principalId())).isTrue();
              assertThat(a.written()).isTrue();
              assertThat(a.relationship().isNearRelative()).isTrue();
              assertThat(a.filedOn()).isBeforeOrEqualTo(ELECTION_DAY.minusDays(p.activities().proxyFilingDaysBefore()));
              assertThat(published).isLessThanOrEqualTo(0);
              Voter holder = voters.get(a.holderId());
              assertThat(holder.village()).isEqualTo(VILLAGE);
              assertThat(holder.votingRights()).isTrue();
              assertThat(a.holderId()).isNotEqualTo(a.principalId());
            }
          }
          held.values().forEach(n -> assertThat(n).isLessThanOrEqualTo(p.activities().proxyCapPerHolder()));
          held.forEach((holder, n) -> assertThat(r.heldBy(holder)).isEqualTo(n.longValue()));
        });
  }

  @Test
  @DisplayName("§4.4 the order in which authorizations arrive changes no ruling")
  void proxiesOrderFree() {
    qt().forAll(ElectionGenerators.rolls(), ElectionGenerators.authorizations(), Generate.longRange(0, 1_000_000))
        .checkAssert((roll, auths, seed) -> {
          Policy p = org.communityprevention.core.json.NationalBaselines.byId("ed7-2020");
          List<ProxyAuthorization> shuffled = new ArrayList<>(auths);
          Collections.shuffle(shuffled, new Random(seed));
          Map<String, Boolean> a = validity(Proxies.review(p, VILLAGE, ELECTION_DAY, roll, auths,
              Optional.of(ELECTION_DAY)));
          Map<String, Boolean> b = validity(Proxies.review(p, VILLAGE, ELECTION_DAY, roll, shuffled,
              Optional.of(ELECTION_DAY)));
          assertThat(b).isEqualTo(a);
        });
  }

  static Map<String, Boolean> validity(ProxyReview r) {
    Map<String, Boolean> out = new HashMap<>();
    r.rulings().forEach(x -> out.put(x.authorizationId(), x.valid()));
    return out;
  }

  @Test
  @DisplayName("§4.4 the voting method: fast and explained agree; by proxy exactly with a valid proxy and rights")
  void votingMethods() {
    qt().forAll(ElectionGenerators.rolls(), ElectionGenerators.authorizations()).checkAssert((roll, auths) -> {
      Policy p = org.communityprevention.core.json.NationalBaselines.byId("ed9-2022");
      ProxyReview r = Proxies.review(p, VILLAGE, ELECTION_DAY, roll, auths, Optional.of(ELECTION_DAY));
      for (Voter v : roll) {
        Decision<VotingMethod> d = VotingMethods.decide(p, v, r);
        boolean proxy = r.validFor(v.voterId()).isPresent();
        assertThat(d.outcome()).isEqualTo(VotingMethods.method(v, proxy));
        assertThat(d.outcome() == VotingMethod.BY_PROXY).isEqualTo(proxy && v.votingRights());
        if (v.votingRights() && !proxy && v.condition().needsSpecialMethod()) {
          assertThat(d.outcome()).isEqualTo(VotingMethod.SPECIAL_METHOD);
        }
      }
    });
  }

  @Test
  @DisplayName("§4.3 fast and explained participation agree; an abnormal declaration never passes unassessed")
  void participation() {
    qt().forAll(ElectionGenerators.declarations(), ElectionGenerators.assessments()).checkAssert((ds, as) -> {
      Policy p = org.communityprevention.core.json.NationalBaselines.byId("ed7-2020");
      Participation.review(p, ds, as, ELECTION_DAY).forEach((id, d) -> {
        assertThat(d.outcome()).isEqualTo(Participation.status(p, id, ds, as, ELECTION_DAY));
        if (d.outcome() == ParticipationStatus.MAY_TAKE_PART
            && ds.stream().noneMatch(x -> x.participantId().equals(id) && !x.isAbnormal()
                && Participation.valid(x.declaredOn(), ELECTION_DAY, p.activities().healthDeclarationValidDays()))) {
          assertThat(as).anyMatch(a -> a.participantId().equals(id) && a.outcome() == AssessmentOutcome.MAY_TAKE_PART);
        }
      });
    });
  }

  @Test
  @DisplayName("§4.3 participation equals the clause read plainly: latest declaration, joined flags, latest assessment")
  void participationAsWritten() {
    qt().forAll(ElectionGenerators.declarations(), ElectionGenerators.assessments(), Generate.range(-3, 1))
        .checkAssert((ds, as, offset) -> {
          LocalDate electionDay = ELECTION_DAY.plusDays(offset);
          Policy p = org.communityprevention.core.json.NationalBaselines.byId("ed7-2020");
          for (int c = 0; c <= 5; c++) {
            String id = "c" + c;
            Optional<LocalDate> declared = ds.stream().filter(d -> d.participantId().equals(id))
                .map(HealthDeclaration::declaredOn).filter(d -> !d.isAfter(electionDay)
                    && !d.plusDays(p.activities().healthDeclarationValidDays()).isBefore(electionDay))
                .max(LocalDate::compareTo);
            ParticipationStatus expected;
            Optional<LocalDate> assessed = Optional.empty();
            if (declared.isEmpty()) {
              expected = ParticipationStatus.NO_DECLARATION;
            } else {
              List<HealthDeclaration> that = ds.stream().filter(d -> d.participantId().equals(id)
                  && d.declaredOn().equals(declared.get())).collect(java.util.stream.Collectors.toList());
              if (that.stream().noneMatch(HealthDeclaration::isAbnormal)) {
                expected = ParticipationStatus.MAY_TAKE_PART;
              } else {
                List<RiskAssessment> window = as.stream().filter(a -> a.participantId().equals(id)
                    && !a.assessedOn().isBefore(declared.get()) && !a.assessedOn().isAfter(electionDay))
                    .collect(java.util.stream.Collectors.toList());
                assessed = window.stream().map(RiskAssessment::assessedOn).max(LocalDate::compareTo);
                if (assessed.isEmpty()) {
                  expected = ParticipationStatus.RISK_ASSESSMENT_REQUIRED;
                } else {
                  LocalDate last = assessed.get();
                  expected = window.stream().anyMatch(a -> a.assessedOn().equals(last)
                      && a.outcome() == AssessmentOutcome.MAY_NOT_TAKE_PART) ? ParticipationStatus.MAY_NOT_TAKE_PART
                      : ParticipationStatus.MAY_TAKE_PART;
                }
              }
            }
            assertThat(Participation.status(p, id, ds, as, electionDay)).as(id).isEqualTo(expected);
            Decision<ParticipationStatus> d = Participation.decide(p, id, ds, as, electionDay);
            assertThat(d.outcome()).isEqualTo(expected);
            Map<String, String> facts = d.reasons().get(0).facts();
            assertThat(facts.get("participant")).isEqualTo(id);
            if (declared.isPresent()) {
              LocalDate on = declared.get();
              ParticipantRole role = ds.stream().filter(x -> x.participantId().equals(id)
                  && x.declaredOn().equals(on)).map(HealthDeclaration::role).min(ParticipantRole::compareTo)
                  .orElseThrow();
              assertThat(facts).containsEntry("declaredOn", on.toString()).containsEntry("role", role.toString());
              assertThat(facts.get("assessedOn")).isEqualTo(assessed.map(Object::toString).orElse(null));
            }
          }
        });
  }

  @Test
  @DisplayName("a plan is ready exactly when every check passes; suspended exactly when the level suspends")
  void planVerdicts() {
    qt().forAll(RiskGenerators.activityPolicies(), ElectionGenerators.plans(), Generate.enumValues(RiskLevel.class))
        .checkAssert((p, plan, level) -> {
          PollingPlanReview r = PollingPlans.review(p, plan, level);
          boolean suspended = ElectionSuspension.status(p.activities(), level) == ElectionStatus.SUSPENDED;
          assertThat(r.verdict() == PlanVerdict.SUSPENDED).isEqualTo(suspended);
          assertThat(r.verdict() == PlanVerdict.READY).isEqualTo(r.failed().isEmpty());
          assertThat(r.checks()).hasSize(10 + p.activities().electionEmergencyPlanItems().size());
          assertThat(r.decision().reasons()).isNotEmpty();
        });
  }

  @Test
  @DisplayName("election values survive a JSON round trip")
  void json() {
    qt().forAll(ElectionGenerators.rolls(), ElectionGenerators.authorizations(), ElectionGenerators.plans(),
        ElectionGenerators.declarations()).checkAssert((roll, auths, plan, ds) -> {
          Policy p = org.communityprevention.core.json.NationalBaselines.byId("ed7-2020");
          ProxyReview r = Proxies.review(p, VILLAGE, ELECTION_DAY, roll, auths, Optional.of(ELECTION_DAY));
          assertThat(Json.read(Json.write(r), ProxyReview.class)).isEqualTo(r);
          PollingPlanReview pr = PollingPlans.review(p, plan, RiskLevel.LOW);
          assertThat(Json.read(Json.write(pr), PollingPlanReview.class)).isEqualTo(pr);
          assertThat(Json.read(Json.write(plan), PollingPlan.class)).isEqualTo(plan);
          roll.forEach(v -> assertThat(Json.read(Json.write(v), Voter.class)).isEqualTo(v));
          auths.forEach(a -> assertThat(Json.read(Json.write(a), ProxyAuthorization.class)).isEqualTo(a));
          ds.forEach(d -> assertThat(Json.read(Json.write(d), HealthDeclaration.class)).isEqualTo(d));
          ElectionCalendar c = ElectionSuspension.calendar(p, VILLAGE,
              LevelSeries.of(ELECTION_DAY, List.of(RiskLevel.LOW, RiskLevel.HIGH, RiskLevel.LOW)));
          assertThat(Json.read(Json.write(c), ElectionCalendar.class)).isEqualTo(c);
          RiskAssessment a = RiskAssessment.of("c1", ELECTION_DAY, AssessmentOutcome.MAY_TAKE_PART);
          assertThat(Json.read(Json.write(a), RiskAssessment.class)).isEqualTo(a);
          Decision<VotingMethod> m = VotingMethods.decide(p, roll.get(0), r);
          assertThat(Json.read(Json.write(m), new TypeReference<Decision<VotingMethod>>() {
          })).isEqualTo(m);
        });
  }

  @Test
  @DisplayName("§4.2 no lawful election day is less than voterListPublicationDays after the list's publication or the last resumption")
  void voterListLead() {
    DateWindow w = DateWindow.ofDays(LocalDate.of(2021, 3, 1), 40);
    qt().forAll(RiskGenerators.activityPolicies(), RiskGenerators.levelSeries(w), Generate.range(0, 39),
        Generate.range(-30, 45)).checkAssert((p, levels, day, published) -> {
          ElectionCalendar c = ElectionSuspension.calendar(p, VILLAGE, levels);
          LocalDate electionDay = w.start().plusDays(day);
          Optional<LocalDate> list = published > 40 ? Optional.empty() : Optional.of(w.start().plusDays(published));
          Decision<ElectionDayStatus> d = ElectionSuspension.electionDay(p, c, electionDay, list);
          int lead = p.activities().voterListPublicationDays();
          if (d.outcome() == ElectionDayStatus.LAWFUL) {
            assertThat(c.mayProceedOn(electionDay)).isTrue();
            assertThat(list).isPresent();
            assertThat(electionDay).isAfterOrEqualTo(list.get().plusDays(lead));
            c.lastResumptionOnOrBefore(electionDay)
                .ifPresent(r -> assertThat(electionDay).isAfterOrEqualTo(r.plusDays(lead)));
          }
          if (!c.mayProceedOn(electionDay)) {
            assertThat(d.outcome()).isEqualTo(ElectionDayStatus.SUSPENDED);
          }
          for (int i = 0; i < c.earliestElectionDays().size(); i++) {
            assertThat(c.earliestElectionDays().get(i)).isEqualTo(c.resumptions().get(i).plusDays(lead));
          }
        });
  }

  @Test
  @DisplayName("§4.4 a 居委会 proxy is accepted only if the policy allows it; a village's rulings do not depend on it")
  void residentsCommitteeProxies() {
    qt().forAll(RiskGenerators.activityPolicies(), ElectionGenerators.rolls(), ElectionGenerators.authorizations())
        .checkAssert((p, roll, auths) -> {
          Optional<LocalDate> published = Optional.of(ELECTION_DAY);
          ProxyReview residents = Proxies.review(p, VILLAGE, CommitteeKind.RESIDENTS_COMMITTEE, ELECTION_DAY, roll,
              auths, published);
          ProxyReview villagers = Proxies.review(p, VILLAGE, CommitteeKind.VILLAGERS_COMMITTEE, ELECTION_DAY, roll,
              auths, published);
          if (!p.activities().residentsCommitteeProxies()) {
            assertThat(residents.rulings()).noneMatch(ProxyRuling::valid);
          } else {
            assertThat(residents.rulings()).extracting(ProxyRuling::valid)
                .containsExactlyElementsOf(villagers.rulings().stream().map(ProxyRuling::valid).toList());
          }
          assertThat(villagers.rulings()).allMatch(r -> r.reasons().stream()
              .noneMatch(x -> x.code().equals(Proxies.NOT_PROVIDED)));
        });
  }
}
