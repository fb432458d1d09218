package org.communityprevention.reporting.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.testing.Violations;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.testing.ReportingGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

@DisplayName("§1.1 §1.2 §1.3 the village prevention team")
class PreventionTeamTest {
  private static final DivisionCode VILLAGE = DivisionCode.parse("440983102001");
  private static final LocalDate DAY = LocalDate.of(2021, 2, 1);
  private static final DateWindow SEASON = DateWindow.of(LocalDate.of(2021, 1, 20), LocalDate.of(2021, 3, 20));
  private static final PolicyRef POLICY = NationalBaselines.inForceOn(DAY).ref();
  private static final Pattern ENGLISH_CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)*\\b");

  @Test
  @DisplayName("§1.1 a team led by its secretary, with the committee, the village doctor, a sent-down cadre and grid workers, is complete")
  void complete() {
    PreventionTeam team = PreventionTeam.of(VILLAGE, List.of(
        TeamMember.of("s-01", TeamRole.PARTY_SECRETARY, SEASON),
        TeamMember.of("s-01", TeamRole.COMMITTEE_MEMBER, SEASON),
        TeamMember.of("s-02", TeamRole.COMMITTEE_MEMBER, SEASON),
        TeamMember.of("d-01", TeamRole.MEDICAL_WORKER, SEASON),
        TeamMember.of("c-01", TeamRole.SENT_DOWN_CADRE, SEASON),
        TeamMember.of("g-01", TeamRole.GRID_WORKER, SEASON),
        TeamMember.of("g-02", TeamRole.GRID_WORKER, SEASON)));
    Decision<TeamCheck> d = PreventionTeams.check(team, DAY, POLICY);
    assertThat(d.outcome().isComplete()).isTrue();
    assertThat(d.outcome().missingRoles()).isEmpty();
    assertThat(d.outcome().members()).as("the secretary who also sits on the committee counts once").isEqualTo(6);
    assertThat(d.outcome().inRole(TeamRole.GRID_WORKER)).isEqualTo(2);
    assertThat(d.explain(Messages.ZH)).containsExactly(
        "单位 440983102001 在 2021-02-01 的疫情防控工作体系各类人员齐全（共 6 人），由党组织书记牵头");
  }

  @Test
  @DisplayName("§1.1 §1.2 a team whose village doctor left and that has no sent-down cadre names both empty roles, with their clauses")
  void missingRoles() {
    PreventionTeam team = PreventionTeam.of(VILLAGE, List.of(
        TeamMember.of("s-01", TeamRole.PARTY_SECRETARY, SEASON),
        TeamMember.of("s-02", TeamRole.COMMITTEE_MEMBER, SEASON),
        TeamMember.of("d-01", TeamRole.MEDICAL_WORKER, DateWindow.of(SEASON.start(), DAY)),
        TeamMember.of("g-01", TeamRole.GRID_WORKER, SEASON)));
    Decision<TeamCheck> d = PreventionTeams.check(team, DAY, POLICY);
    assertThat(d.outcome().missingRoles()).containsExactly(TeamRole.MEDICAL_WORKER, TeamRole.SENT_DOWN_CADRE);
    assertThat(d.outcome().isComplete()).isFalse();
    assertThat(d.reasons()).extracting(r -> r.clauses().get(0)).containsExactly(Clause.S1_1, Clause.S1_2);
    assertThat(d.explain(Messages.ZH)).containsExactly(
        "单位 440983102001 的疫情防控工作体系在 2021-02-01 缺少基层医疗卫生机构人员（乡村医生）",
        "单位 440983102001 的疫情防控工作体系在 2021-02-01 缺少下沉（派驻）干部");
    assertThat(d.explain(Messages.EN)).containsExactly(
        "the prevention team of 440983102001 has no grassroots medical worker (village doctor) on 2021-02-01",
        "the prevention team of 440983102001 has no sent-down cadre on 2021-02-01");
    // The day before the doctor left, only the cadre is missing.
    assertThat(PreventionTeams.check(team, DAY.minusDays(1), POLICY).outcome().missingRoles())
        .containsExactly(TeamRole.SENT_DOWN_CADRE);
  }

  @Test
  @DisplayName("§1.1 two secretaries on one day leave the lead unclear")
  void twoSecretaries() {
    List<TeamMember> members = new ArrayList<>();
    for (TeamRole r : TeamRole.values()) {
      members.add(TeamMember.of("m-" + r.ordinal(), r, SEASON));
    }
    members.add(TeamMember.of("m-9", TeamRole.PARTY_SECRETARY, SEASON));
    Decision<TeamCheck> d = PreventionTeams.check(PreventionTeam.of(VILLAGE, members), DAY, POLICY);
    assertThat(d.outcome().isComplete()).isFalse();
    assertThat(d.reasons()).extracting(r -> r.code()).containsExactly(PreventionTeams.LEADER_AMBIGUOUS);
  }

  @Test
  @DisplayName("bad input: a township's team, an identity or phone number as member id, a member listed twice, each named by field")
  void badInput() {
    assertThat(Violations.violations(() -> PreventionTeam.of(DivisionCode.parse("440983102000"), List.of())))
        .containsExactly("unit " + DivisionCode.NOT_A_VILLAGE);
    assertThat(Violations.violations(() -> TeamMember.of("11010519491231002X", TeamRole.GRID_WORKER, SEASON)))
        .containsExactly("memberId " + PseudonymousId.IDENTITY_NUMBER);
    assertThat(Violations.violations(() -> TeamMember.of("+86 138-0013-8000", TeamRole.GRID_WORKER, SEASON)))
        .containsExactly("memberId " + PseudonymousId.PHONE_NUMBER);
    assertThat(Violations.violations(() -> TeamMember.of(" ", TeamRole.GRID_WORKER, SEASON)))
        .containsExactly("memberId " + PseudonymousId.INVALID);
    assertThat(Violations.violations(() -> PreventionTeam.of(VILLAGE, List.of(
        TeamMember.of("g-1", TeamRole.GRID_WORKER, SEASON),
        TeamMember.of("g-1", TeamRole.GRID_WORKER, DateWindow.ofDays(DAY, 3))))))
        .containsExactly("members[1] " + PreventionTeam.DUPLICATE_MEMBER);
    // The same member in two roles (一肩挑) and in one role over two separate windows is fine.
    assertThat(PreventionTeam.of(VILLAGE, List.of(TeamMember.of("g-1", TeamRole.GRID_WORKER, DateWindow.ofDays(DAY, 3)),
        TeamMember.of("g-1", TeamRole.GRID_WORKER, DateWindow.ofDays(DAY.plusDays(3), 3)),
        TeamMember.of("g-1", TeamRole.COMMITTEE_MEMBER, SEASON))).members()).hasSize(3);
  }

  private static Gen<PreventionTeam> teams() {
    return in -> {
      List<TeamMember> members = new ArrayList<>();
      int n = (int) in.next(org.quicktheories.impl.Constraint.between(0, 12));
      for (int i = 0; i < n; i++) {
        TeamRole role = TeamRole.values()[(int) in.next(org.quicktheories.impl.Constraint.between(0, 4))];
        LocalDate start = SEASON.start().plusDays(in.next(org.quicktheories.impl.Constraint.between(0, 50)));
        members.add(TeamMember.of("m-" + i, role,
            DateWindow.ofDays(start, (int) in.next(org.quicktheories.impl.Constraint.between(1, 30)))));
      }
      return PreventionTeam.of(ReportingGenerators.villageCodes().generate(in), members);
    };
  }

  @Test
  @DisplayName("§1.1 a role is missing exactly when nobody serves in it that day; each missing role is one reason; the text names no code")
  void missingExactlyWhenEmpty() {
    qt().forAll(teams(), org.quicktheories.generators.Generate.range(0, 59)).checkAssert((team, offset) -> {
      LocalDate day = SEASON.start().plusDays(offset);
      Decision<TeamCheck> d = PreventionTeams.check(team, day, POLICY);
      Set<TeamRole> filled = EnumSet.noneOf(TeamRole.class);
      Set<String> serving = new HashSet<>();
      int secretaries = 0;
      for (TeamMember m : team.members()) {
        if (!day.isBefore(m.serving().start()) && day.isBefore(m.serving().endExclusive())) {
          filled.add(m.role());
          serving.add(m.memberId());
          secretaries += m.role() == TeamRole.PARTY_SECRETARY ? 1 : 0;
        }
      }
      Set<TeamRole> missing = EnumSet.allOf(TeamRole.class);
      missing.removeAll(filled);
      assertThat(d.outcome().missingRoles()).containsExactlyElementsOf(missing);
      assertThat(d.outcome().members()).isEqualTo(serving.size());
      assertThat(d.outcome().membersByRole()).containsOnlyKeys(TeamRole.values());
      assertThat(d.outcome().isComplete()).isEqualTo(missing.isEmpty() && secretaries == 1);
      assertThat(d.reasons().stream().filter(r -> r.code().equals(PreventionTeams.ROLE_MISSING)).count())
          .isEqualTo(missing.size());
      assertThat(d.reasons().stream().anyMatch(r -> r.code().equals(PreventionTeams.COMPLETE)))
          .isEqualTo(d.outcome().isComplete());
      for (String text : d.explain(Messages.ZH)) {
        assertThat(ENGLISH_CODE.matcher(text).find()).as(text).isFalse();
      }
      assertThat(Json.read(Json.write(d.outcome()), TeamCheck.class)).isEqualTo(d.outcome());
      assertThat(Json.read(Json.write(team), PreventionTeam.class)).isEqualTo(team);
    });
  }
}
