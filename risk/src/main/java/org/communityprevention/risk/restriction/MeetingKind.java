package org.communityprevention.risk.restriction;

import java.util.OptionalInt;
import org.communityprevention.core.message.Term;

/**
 * The meetings §3.5 names, with the legal quorum of the two statutory ones. The quorum is law, not policy, so no
 * policy value may lower it: a 村民会议 needs more than half of the villagers aged 18 and over (村民委员会组织法
 * Art. 22; the alternative of two thirds of households is left to the caller, who then counts households as
 * members), and a 村民代表会议 needs two thirds of its representatives (Art. 26). A residents' meeting likewise
 * needs more than half of its members (城市居民委员会组织法). A deliberation meeting has no statutory quorum.
 */
public enum MeetingKind implements Term {
  /** 村（居）民会议: villagers' or residents' meeting; quorum more than half of the members. */
  VILLAGERS_MEETING("村（居）民会议", "villagers' or residents' meeting") {
    @Override
    public OptionalInt quorum(int members) {
      return OptionalInt.of(members / 2 + 1);
    }
  },
  /** 村（居）民代表会议: representatives' meeting; quorum two thirds of the representatives. */
  REPRESENTATIVES_MEETING("村（居）民代表会议", "representatives' meeting") {
    @Override
    public OptionalInt quorum(int members) {
      // 三分之二以上 includes two thirds itself: the smallest whole number not below 2n/3.
      return OptionalInt.of((int) ((2L * members + 2) / 3));
    }
  },
  /** 村级议事协商会议: village deliberation meeting; no statutory quorum. */
  DELIBERATION_MEETING("村级议事协商会议", "deliberation meeting") {
    @Override
    public OptionalInt quorum(int members) {
      return OptionalInt.empty();
    }
  };

  private final String chinese;
  private final String english;

  MeetingKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** The fewest attendees for a valid meeting of a body with {@code members} members; empty if the law sets none. */
  public abstract OptionalInt quorum(int members);

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }
}
