package org.communityprevention.services.eligibility;

import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.message.Term;

/** What is wrong with a village's channel plan for one eligible resident and one service. */
public enum ChannelFindingKind implements Term {
  /**
   * The plan runs the service online only, for a resident of a special group (elderly, disabled, …) who must keep an
   * offline channel (§2.6: 为老年人、残疾人等特殊群体保留必要的线下渠道).
   */
  ONLINE_ONLY_FOR_SPECIAL_GROUP("仅线上渠道，未为特殊群体保留线下渠道", "online only for a special group", Clause.S2_6),
  /** The plan has no door-to-door channel for a resident who cannot leave home (失能, home isolation; §5.2). */
  NO_DOOR_TO_DOOR_FOR_HOMEBOUND("无上门渠道，居民无法出门", "no door-to-door channel for a homebound resident",
      Clause.S5_2);

  private final String chinese;
  private final String english;
  private final Clause clause;

  ChannelFindingKind(String chinese, String english, Clause clause) {
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

  /** The clause the plan falls short of. */
  public Clause clause() {
    return clause;
  }

  /** The reason code of the finding, such as {@code services.eligibility.finding_online_only_for_special_group}. */
  public String reasonCode() {
    return "services.eligibility.finding_" + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** This kind's bit in a finding mask. */
  public int bit() {
    return 1 << ordinal();
  }
}
