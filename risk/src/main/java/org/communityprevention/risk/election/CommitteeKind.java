package org.communityprevention.risk.election;

import org.communityprevention.core.division.Division;
import org.communityprevention.core.validation.ValidationException;

/**
 * Which committee an election fills: a villagers' committee (村民委员会, under 村民委员会组织法) or a residents'
 * committee (居民委员会, under 城市居民委员会组织法). The two laws differ: only the village law has proxy voting
 * (委托投票, Art. 15), so {@link Proxies} applies its rules to a residents' committee only where the policy says a
 * province provides them ({@code activities.residentsCommitteeProxies}).
 */
public enum CommitteeKind {
  /** 村民委员会: villagers' committee. */
  VILLAGERS_COMMITTEE("村民委员会", "villagers' committee"),
  /** 居民委员会: residents' committee of an urban community. */
  RESIDENTS_COMMITTEE("居民委员会", "residents' committee");

  /** Violation code: a division that is not at village level has no committee election. */
  public static final String NOT_VILLAGE_LEVEL = "risk.election.committee_not_village_level";

  private final String chinese;
  private final String english;

  CommitteeKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * The committee of a village-level division: a residents' committee for an urban community
   * ({@link Division#isCommunity()}), a villagers' committee otherwise.
   *
   * @throws ValidationException with {@value #NOT_VILLAGE_LEVEL} for a division above village level
   */
  public static CommitteeKind of(Division division) {
    if (division.isCommunity()) {
      return RESIDENTS_COMMITTEE;
    }
    if (division.isVillage()) {
      return VILLAGERS_COMMITTEE;
    }
    throw ValidationException.of("division", NOT_VILLAGE_LEVEL, "level", division.level().code(),
        "levelZh", division.level().chinese());
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }
}
