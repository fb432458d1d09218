package org.communityprevention.reporting.team;

import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.message.Term;

/**
 * A role in a village's or community's prevention team, as the notice names them: the Party organisation leads
 * (§1.1), the villagers' or residents' committee and the grassroots medical institution are its base (§1.1), staff
 * sent down by higher levels join it (§1.2), and grid workers carry the measures to every grid (§1.3). Every role is
 * one the notice requires, so a team with a role left empty is a finding, not a choice.
 */
public enum TeamRole implements Term {
  /** 村（社区）党组织书记: the Party organisation's secretary, who leads the team. */
  PARTY_SECRETARY("村（社区）党组织书记", "Party organisation secretary", Clause.S1_1),
  /** 村（居）民委员会成员: a member of the villagers' or residents' committee. */
  COMMITTEE_MEMBER("村（居）民委员会成员", "villagers' or residents' committee member", Clause.S1_1),
  /** 基层医疗卫生机构人员（乡村医生）: a grassroots medical worker, in a village the village doctor. */
  MEDICAL_WORKER("基层医疗卫生机构人员（乡村医生）", "grassroots medical worker (village doctor)", Clause.S1_1),
  /** 下沉（派驻）干部: a cadre sent down or dispatched by the county or township. */
  SENT_DOWN_CADRE("下沉（派驻）干部", "sent-down cadre", Clause.S1_2),
  /** 网格员: a grid worker. */
  GRID_WORKER("网格员", "grid worker", Clause.S1_3);

  private final String chinese;
  private final String english;
  private final Clause clause;

  TeamRole(String chinese, String english, Clause clause) {
    this.chinese = chinese;
    this.english = english;
    this.clause = clause;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** The clause that names the role. */
  public Clause clause() {
    return clause;
  }
}
