package org.communityprevention.core.population;

import org.communityprevention.core.message.Term;

/**
 * Social circumstances a village records about a resident (§2.2, §5.3). Child statuses count only below the
 * policy's adult age; {@link #LEFT_BEHIND} makes a left-behind child or, from the elderly age, a left-behind elderly
 * person.
 */
public enum SocialStatus implements Term {
  /** 残疾人. */
  PERSON_WITH_DISABILITY("残疾人", "person with a disability"),
  /** 特殊困难群体. */
  SPECIAL_HARDSHIP("特殊困难群体", "special hardship"),
  /** 散居孤儿 (a child). */
  SCATTERED_ORPHAN("散居孤儿", "scattered orphan"),
  /** 事实无人抚养 (a child). */
  WITHOUT_DE_FACTO_CARER("事实无人抚养", "de facto without a carer"),
  /** 困境儿童 (a child). */
  IN_DIFFICULTY("困境儿童", "child in difficulty"),
  /** 留守: the family members who would care for the person work away from home. */
  LEFT_BEHIND("留守", "left behind"),
  /** 低保对象: receives the minimum living allowance. */
  MINIMUM_LIVING_ALLOWANCE("低保对象", "minimum living allowance"),
  /** 特困人员: extreme poverty support. */
  EXTREME_POVERTY("特困人员", "extreme poverty"),
  /** 低收入家庭: member of a low-income family. */
  LOW_INCOME_FAMILY("低收入家庭", "low-income family"),
  /** 就地过年农民工: a migrant worker spending the festival where they work. */
  MIGRANT_WORKER_STAYING_FOR_HOLIDAY("就地过年农民工", "migrant worker staying for the holiday");

  private final String chinese;
  private final String english;

  SocialStatus(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
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
