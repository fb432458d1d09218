package org.communityprevention.risk.restriction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.area.RiskLevel.HIGH;
import static org.communityprevention.core.area.RiskLevel.LOW;
import static org.communityprevention.core.area.RiskLevel.MEDIUM;
import static org.communityprevention.core.testing.Theories.qt;

import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.testing.RiskGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("§3.3 §3.5 what a level restricts")
class RestrictionsTest {
  static final Policy ED7 = NationalBaselines.byId("ed7-2020");

  @Test
  @DisplayName("§3.5 postpones a villagers' meeting in a medium-risk area, and in a high-risk one")
  void meetingsPostponed() {
    MeetingPlan plan = MeetingPlan.of(MeetingKind.VILLAGERS_MEETING, 30, 45);
    Decision<MeetingRuling> d = Meetings.decide(ED7, MEDIUM, plan);
    assertThat(d.outcome().outcome()).isEqualTo(MeetingOutcome.POSTPONED);
    assertThat(d.clauses()).containsExactly(Clause.S3_5);
    assertThat(d.explain(Messages.ZH)).containsExactly("村（居）民会议暂缓组织：中风险地区暂缓召开会议");
    assertThat(Meetings.outcome(ED7.activities(), HIGH, plan)).isEqualTo(MeetingOutcome.POSTPONED);
  }

  @Test
  @DisplayName("§3.5 in a low-risk area: 50 people for 60 minutes may meet; a deliberation meeting of 51 people or"
      + " 61 minutes must shrink, a representatives' meeting of 51 meets in groups instead")
  void meetingLimits() {
    assertThat(Meetings.outcome(ED7.activities(), LOW, MeetingPlan.of(MeetingKind.DELIBERATION_MEETING, 50, 60)))
        .isEqualTo(MeetingOutcome.ALLOWED);
    Decision<MeetingRuling> large = Meetings.decide(ED7, LOW, MeetingPlan.of(MeetingKind.DELIBERATION_MEETING,
        51, 61));
    assertThat(large.outcome()).isEqualTo(MeetingRuling.of(MeetingOutcome.REDUCE, 50, 60));
    assertThat(large.reasons()).extracting(r -> r.code()).containsExactly(Meetings.TOO_LARGE, Meetings.TOO_LONG);
    assertThat(large.explain(Messages.EN).get(0))
        .isEqualTo("the deliberation meeting plans 51 participants; at most 50");
    Decision<MeetingRuling> reps = Meetings.decide(ED7, LOW, MeetingPlan.of(MeetingKind.REPRESENTATIVES_MEETING,
        51, 61));
    assertThat(reps.outcome()).isEqualTo(MeetingRuling.of(MeetingOutcome.MEET_IN_GROUPS, 50, 60,
        java.util.OptionalInt.empty(), 2));
    assertThat(reps.reasons()).extracting(r -> r.code()).containsExactly(Meetings.IN_GROUPS, Meetings.TOO_LONG);
  }

  @Test
  @DisplayName("§3.3 in ed7-2020 weddings are postponed, funerals simplified and banquets not held at every level")
  void gatherings() {
    for (RiskLevel level : RiskLevel.values()) {
      assertThat(Gatherings.guidance(ED7.activities(), level, GatheringKind.CELEBRATION))
          .isEqualTo(GatheringGuidance.POSTPONE);
      assertThat(Gatherings.guidance(ED7.activities(), level, GatheringKind.FUNERAL))
          .isEqualTo(GatheringGuidance.SIMPLIFY);
      assertThat(Gatherings.guidance(ED7.activities(), level, GatheringKind.BANQUET))
          .isEqualTo(GatheringGuidance.DO_NOT_HOLD);
    }
    assertThat(Gatherings.decide(ED7, LOW, GatheringKind.BANQUET).explain(Messages.ZH))
        .containsExactly("低风险地区：宴会不办（喜事缓办、丧事简办、宴会不办）");
  }

  @Test
  @DisplayName("a meeting plan with no participant is refused, naming the field")
  void badPlan() {
    assertThatThrownBy(() -> MeetingPlan.of(MeetingKind.VILLAGERS_MEETING, 0, 10))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("participants"));
  }

  @Test
  @DisplayName("every restriction is monotone in the level, and the explained outcome is the fast one")
  void monotoneAndAgree() {
    qt().forAll(RiskGenerators.activityPolicies(), Generate.enumValues(MeetingKind.class), Generate.range(1, 120),
        Generate.range(1, 200)).checkAssert((p, kind, people, minutes) -> {
          MeetingPlan plan = MeetingPlan.of(kind, people, minutes);
          RiskLevel[] levels = RiskLevel.values();
          for (int i = 0; i < levels.length; i++) {
            RiskLevel l = levels[i];
            assertThat(Meetings.decide(p, l, plan).outcome().outcome())
                .isEqualTo(Meetings.outcome(p.activities(), l, plan));
            for (GatheringKind g : GatheringKind.values()) {
              assertThat(Gatherings.decide(p, l, g).outcome()).isEqualTo(Gatherings.guidance(p.activities(), l, g));
            }
            if (i > 0) {
              RiskLevel lower = levels[i - 1];
              assertThat(Meetings.outcome(p.activities(), l, plan))
                  .isGreaterThanOrEqualTo(Meetings.outcome(p.activities(), lower, plan));
              for (GatheringKind g : GatheringKind.values()) {
                assertThat(Gatherings.guidance(p.activities(), l, g))
                    .isGreaterThanOrEqualTo(Gatherings.guidance(p.activities(), lower, g));
              }
            }
          }
        });
  }

  @Test
  @DisplayName("§3.3 §3.5 each outcome and its reason follow the policy's thresholds as written")
  void asWritten() {
    qt().forAll(RiskGenerators.activityPolicies(), Generate.enumValues(MeetingKind.class), Generate.range(1, 120),
        Generate.range(1, 200)).checkAssert((p, kind, people, minutes) -> {
          org.communityprevention.core.policy.ActivityPolicy a = p.activities();
          MeetingPlan plan = MeetingPlan.of(kind, people, minutes);
          for (RiskLevel l : RiskLevel.values()) {
            boolean large = people > a.meetingMaxParticipants().byKind().getOrDefault(kind.name(),
                a.meetingMaxParticipants().general());
            boolean longer = minutes > a.meetingMaxMinutes();
            java.util.List<String> meetingCodes = l.atLeast(a.meetingsPostponedFrom()) ? java.util.List.of(
                Meetings.POSTPONED) : !large && !longer ? java.util.List.of(Meetings.ALLOWED)
                : java.util.stream.Stream.of(large ? (kind == MeetingKind.DELIBERATION_MEETING ? Meetings.TOO_LARGE
                    : Meetings.IN_GROUPS) : null, longer ? Meetings.TOO_LONG : null)
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toList());
            assertThat(Meetings.decide(p, l, plan).reasons()).extracting(r -> r.code()).isEqualTo(meetingCodes);
            for (GatheringKind g : GatheringKind.values()) {
              assertThat(Gatherings.decide(p, l, g).reasons()).singleElement().satisfies(r -> assertThat(r.code())
                  .isEqualTo(l.atLeast(a.gatheringsRestrictedFrom()) ? Gatherings.RESTRICTED : Gatherings.REDUCED));
            }
          }
        });
  }

  @Test
  @DisplayName("§3.5 a villagers' meeting of a village with 1,200 adults needs 601: above the 50-person limit it is"
      + " advised to meet in groups, never to shrink below its quorum (组织法 Art. 22)")
  void villagersMeetingKeepsQuorum() {
    MeetingPlan plan = MeetingPlan.of(MeetingKind.VILLAGERS_MEETING, 650, 60, 1_200);
    assertThat(plan.quorum()).hasValue(601);
    Decision<MeetingRuling> d = Meetings.decide(ED7, LOW, plan);
    assertThat(d.outcome().outcome()).isEqualTo(MeetingOutcome.MEET_IN_GROUPS);
    assertThat(d.outcome().quorum()).hasValue(601);
    assertThat(d.outcome().groups()).isEqualTo(13);
    assertThat(d.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo(Meetings.IN_GROUPS);
      assertThat(r.clauses()).containsExactly(Clause.S3_5);
      assertThat(r.text(org.communityprevention.core.message.Messages.ZH)).isEqualTo("村（居）民会议计划650人参加，超过50人；"
          + "压缩规模可能低于法定到会人数（应到1200人，须到601人），应分13组召开，每组不超过50人，或由代表参加");
      assertThat(r.text(org.communityprevention.core.message.Messages.EN)).contains("below its legal quorum (601 of"
          + " 1200 members), so it meets in 13 groups");
    });
    assertThat(MeetingOutcome.MEET_IN_GROUPS.chinese()).isEqualTo("分组召开或由代表参加");
    // A representatives' meeting of 45 needs 30 (two thirds), within the limit: it may go ahead.
    MeetingPlan reps = MeetingPlan.of(MeetingKind.REPRESENTATIVES_MEETING, 40, 60, 45);
    assertThat(reps.quorum()).hasValue(30);
    assertThat(Meetings.outcome(ED7.activities(), LOW, reps)).isEqualTo(MeetingOutcome.ALLOWED);
    // A deliberation meeting has no quorum and may simply shrink.
    assertThat(Meetings.outcome(ED7.activities(), LOW, MeetingPlan.of(MeetingKind.DELIBERATION_MEETING, 80, 60, 200)))
        .isEqualTo(MeetingOutcome.REDUCE);
    assertThat(Meetings.outcome(ED7.activities(), MEDIUM, plan)).isEqualTo(MeetingOutcome.POSTPONED);
    assertThat(Json.read(Json.write(d.outcome()), MeetingRuling.class)).isEqualTo(d.outcome());
    assertThat(Json.read(Json.write(plan), MeetingPlan.class)).isEqualTo(plan);
  }

  @Test
  @DisplayName("§3.5 the quorum is the law's: more than half for a villagers' meeting, two thirds for representatives;"
      + " no ruling ever asks a statutory meeting to shrink, and its groups hold the quorum")
  void quorumNeverUndercut() {
    qt().forAll(RiskGenerators.activityPolicies(), Generate.enumValues(MeetingKind.class), Generate.range(1, 3_000),
        Generate.range(1, 3_000)).checkAssert((p, kind, people, members) -> {
          kind.quorum(members).ifPresent(q -> {
            if (kind == MeetingKind.VILLAGERS_MEETING) {
              assertThat(2L * q).isGreaterThan(members);
              assertThat(2L * (q - 1)).isLessThanOrEqualTo(members);
            } else {
              assertThat(3L * q).isGreaterThanOrEqualTo(2L * members);
              assertThat(3L * (q - 1)).isLessThan(2L * members);
            }
          });
          MeetingPlan plan = MeetingPlan.of(kind, people, 30, members);
          MeetingRuling r = Meetings.decide(p, RiskLevel.LOW, plan).outcome();
          if (kind != MeetingKind.DELIBERATION_MEETING && !RiskLevel.LOW.atLeast(p.activities().meetingsPostponedFrom())) {
            assertThat(r.outcome()).isNotEqualTo(MeetingOutcome.REDUCE);
            if (r.outcome() == MeetingOutcome.MEET_IN_GROUPS) {
              assertThat((long) r.groups() * r.maxParticipants()).isGreaterThanOrEqualTo(
                  Math.max(people, plan.quorum().getAsInt()));
              assertThat((long) (r.groups() - 1) * r.maxParticipants()).isLessThan(
                  Math.max(people, plan.quorum().getAsInt()));
            }
          }
        });
  }

  @Test
  @DisplayName("a meeting plan of no minutes is refused, naming the field")
  void badPlanMinutes() {
    assertThatThrownBy(() -> MeetingPlan.of(MeetingKind.values()[0], 10, 0))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).field())
            .isEqualTo("minutes"));
  }

  @Test
  @DisplayName("restriction decisions and plans survive a JSON round trip")
  void json() {
    MeetingPlan plan = MeetingPlan.of(MeetingKind.VILLAGERS_MEETING, 30, 45);
    assertThat(Json.read(Json.write(plan), MeetingPlan.class)).isEqualTo(plan);
    MeetingRuling m = Meetings.decide(ED7, LOW, plan).outcome();
    assertThat(Json.read(Json.write(m), MeetingRuling.class)).isEqualTo(m);
    Decision<MeetingRuling> d = Meetings.decide(ED7, MEDIUM, plan);
    assertThat(Json.read(Json.write(d), new com.fasterxml.jackson.core.type.TypeReference<Decision<MeetingRuling>>() {
    })).isEqualTo(d);
  }
}
