package org.communityprevention.services.eligibility;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.message.Term;
import org.communityprevention.core.message.Wording;
import org.communityprevention.core.population.Category;

/**
 * A trait of a resident that the service rules read (服务对象特征): a group the notice names (留守老人, 医务人员家属, …)
 * or a need a village records (失能, 慢性病长期用药, …). A trait holds when the classification puts the person in
 * one of its {@link #categories()} or when its fact holds on the day (see {@link ServiceEligibility}); the groups
 * of §5.3 and §5.4 are also read from the facts, because the classification names them only in an area of the
 * matching kind, while the service rules must see the same person in any area.
 *
 * <p>The flags say which traits make a resident one of the special groups that keep an offline channel (§2.6), a
 * vulnerability that raises the dispatch priority, an urgent case, a §5.3 care group or a §5.4 outbreak group. The
 * enum order is stable and is the bit order of {@link #bit()}.
 */
public enum Trait implements Term {
  /** 居民: every resident. */
  RESIDENT("居民", "resident", 0),
  /** 老年人: from the policy's elderly age ({@code population.elderlyAge}). */
  ELDERLY("老年人", "elderly person", Flag.OFFLINE | Flag.VULNERABLE, Category.ELDERLY_LIVING_ALONE,
      Category.LEFT_BEHIND_ELDERLY),
  /** 独居老人. */
  ELDERLY_LIVING_ALONE("独居老人", "elderly person living alone", Flag.OFFLINE | Flag.VULNERABLE,
      Category.ELDERLY_LIVING_ALONE),
  /** 高龄独居老人: living alone from the policy's {@code services.careVisitPriorityAge}. */
  VERY_OLD_LIVING_ALONE("高龄独居老人", "very old person living alone",
      Flag.OFFLINE | Flag.VULNERABLE | Flag.URGENT),
  /** 失能或半失能人员: unable, or partly unable, to care for themselves. */
  LOSS_OF_SELF_CARE("失能或半失能人员", "person unable to care for themselves",
      Flag.OFFLINE | Flag.VULNERABLE | Flag.URGENT | Flag.HOMEBOUND),
  /** 残疾人. */
  PERSON_WITH_DISABILITY("残疾人", "person with a disability", Flag.OFFLINE | Flag.VULNERABLE,
      Category.PERSON_WITH_DISABILITY),
  /** 孕产妇. */
  PREGNANT_OR_POSTPARTUM("孕产妇", "pregnant or postpartum woman", Flag.VULNERABLE, Category.PREGNANT_OR_POSTPARTUM),
  /** 散居孤儿. */
  SCATTERED_ORPHAN("散居孤儿", "scattered orphan", Flag.OFFLINE | Flag.VULNERABLE | Flag.CARE_GROUP,
      Category.SCATTERED_ORPHAN, Category.SCATTERED_ORPHAN_VISIT),
  /** 事实无人抚养儿童. */
  CHILD_WITHOUT_CARER("事实无人抚养儿童", "child de facto without a carer",
      Flag.OFFLINE | Flag.VULNERABLE | Flag.URGENT, Category.CHILD_WITHOUT_DE_FACTO_CARER),
  /** 留守儿童. */
  LEFT_BEHIND_CHILD("留守儿童", "left-behind child", Flag.OFFLINE | Flag.VULNERABLE | Flag.CARE_GROUP,
      Category.RURAL_LEFT_BEHIND_CHILD, Category.LEFT_BEHIND_CHILD_VISIT),
  /** 困境儿童. */
  CHILD_IN_DIFFICULTY("困境儿童", "child in difficulty", Flag.OFFLINE | Flag.VULNERABLE | Flag.CARE_GROUP,
      Category.CHILD_IN_DIFFICULTY, Category.CHILD_IN_DIFFICULTY_VISIT),
  /** 留守老人. */
  LEFT_BEHIND_ELDERLY("留守老人", "left-behind elderly person",
      Flag.OFFLINE | Flag.VULNERABLE | Flag.CARE_GROUP, Category.LEFT_BEHIND_ELDERLY),
  /** 就地过年农民工. */
  MIGRANT_WORKER_STAYING("就地过年农民工", "migrant worker staying for the holiday", Flag.CARE_GROUP,
      Category.MIGRANT_WORKER_STAYING_FOR_HOLIDAY),
  /** 低保对象. */
  MINIMUM_LIVING_ALLOWANCE("低保对象", "minimum living allowance recipient", Flag.VULNERABLE | Flag.CARE_GROUP,
      Category.MINIMUM_LIVING_ALLOWANCE),
  /** 特困人员. */
  EXTREME_POVERTY("特困人员", "person in extreme poverty",
      Flag.OFFLINE | Flag.VULNERABLE | Flag.CARE_GROUP, Category.EXTREME_POVERTY),
  /** 特殊困难群体. */
  SPECIAL_HARDSHIP("特殊困难群体", "person in special hardship",
      Flag.OFFLINE | Flag.VULNERABLE | Flag.CARE_GROUP, Category.SPECIAL_HARDSHIP, Category.SPECIAL_HARDSHIP_VISIT),
  /** 低收入家庭. */
  LOW_INCOME_FAMILY("低收入家庭", "member of a low-income family", Flag.VULNERABLE | Flag.CARE_GROUP,
      Category.LOW_INCOME_FAMILY),
  /** 居家隔离医学观察人员. */
  HOME_ISOLATION("居家隔离医学观察人员", "person under home isolation medical observation",
      Flag.VULNERABLE | Flag.OUTBREAK_GROUP | Flag.HOMEBOUND, Category.HOME_ISOLATION,
      Category.HOME_ISOLATED_IN_OUTBREAK_AREA),
  /** 治愈人员: discharged as recovered. */
  RECOVERED("治愈人员", "recovered person", Flag.OUTBREAK_GROUP, Category.RECOVERED_PATIENT,
      Category.RECOVERED_IN_OUTBREAK_AREA),
  /** 集中隔离医学观察人员家属. */
  FAMILY_OF_CENTRALISED_ISOLATION("集中隔离医学观察人员家属",
      "family member of a person in centralised isolation", Flag.VULNERABLE | Flag.OUTBREAK_GROUP,
      Category.FAMILY_OF_CENTRALISED_ISOLATION),
  /** 医务人员家属. */
  FAMILY_OF_MEDICAL_WORKER("医务人员家属", "family member of a medical worker", Flag.OUTBREAK_GROUP,
      Category.FAMILY_OF_MEDICAL_WORKER),
  /** 慢性病长期用药人员. */
  CHRONIC_MEDICATION("慢性病长期用药人员", "person on long-term chronic-disease medication", Flag.VULNERABLE),
  /** 需定期外出治疗人员 (透析、放化疗等). */
  REGULAR_TREATMENT("需定期外出治疗人员", "person needing regular treatment away from home",
      Flag.VULNERABLE | Flag.URGENT),
  /** 不会或无法使用智能手机人员. */
  NO_INTERNET_ACCESS("不会或无法使用智能手机人员", "person without access to online services", Flag.OFFLINE),
  /** 就地过年人员. */
  SPENDING_HOLIDAY_HERE("就地过年人员", "person spending the holiday here", 0, Category.MIGRANT_WORKER_STAYING_FOR_HOLIDAY);

  /** The traits whose holder keeps an offline channel (§2.6: the elderly, the disabled and other special groups). */
  public static final long OFFLINE_GROUP_MASK = maskWith(Flag.OFFLINE);
  /** The traits that count as vulnerabilities for the dispatch priority. */
  public static final long VULNERABILITY_MASK = maskWith(Flag.VULNERABLE);
  /** The traits that make a resident urgent for dispatch. */
  public static final long URGENT_MASK = maskWith(Flag.URGENT);
  /** The groups visited and supported in areas without an outbreak (§5.3). */
  public static final long CARE_GROUP_MASK = maskWith(Flag.CARE_GROUP);
  /** The groups added to the service scope of an area with an outbreak (§5.4). */
  public static final long OUTBREAK_GROUP_MASK = maskWith(Flag.OUTBREAK_GROUP);
  /** The traits of a resident who cannot leave home and so needs a door-to-door channel. */
  public static final long HOMEBOUND_MASK = maskWith(Flag.HOMEBOUND);

  private static final List<Trait> ALL = ImmutableList.copyOf(values());

  private final String chinese;
  private final String english;
  private final int flags;
  private final ImmutableList<Category> categories;
  private final long categoryMask;

  Trait(String chinese, String english, int flags, Category... categories) {
    this.chinese = chinese;
    this.english = english;
    this.flags = flags;
    this.categories = ImmutableList.copyOf(categories);
    long m = 0;
    for (Category c : categories) {
      m |= c.bit();
    }
    this.categoryMask = m;
  }

  /** Stable lower-case code, such as {@code left_behind_elderly}; also the key of the trait's reason text. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The reason code that explains the trait, such as {@code services.eligibility.trait_elderly}. */
  public String reasonCode() {
    return "services.eligibility.trait_" + code();
  }

  /** The clause of the notice that names the group or the need. */
  public Clause clause() {
    switch (this) {
      case ELDERLY:
      case NO_INTERNET_ACCESS:
        return Clause.S2_6;
      case ELDERLY_LIVING_ALONE:
      case VERY_OLD_LIVING_ALONE:
      case PERSON_WITH_DISABILITY:
      case PREGNANT_OR_POSTPARTUM:
      case CHILD_WITHOUT_CARER:
        return Clause.S2_2;
      case LOSS_OF_SELF_CARE:
      case CHRONIC_MEDICATION:
      case REGULAR_TREATMENT:
        return Clause.S5_2;
      case RESIDENT:
      case SPENDING_HOLIDAY_HERE:
        return Clause.S5_1;
      default:
        return isOutbreakGroup() ? Clause.S5_4 : Clause.S5_3;
    }
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** The key-population categories that give this trait. */
  public List<Category> categories() {
    return categories;
  }

  /** {@link #categories()} as a category mask. */
  public long categoryMask() {
    return categoryMask;
  }

  /** Whether the holder keeps an offline channel (§2.6). */
  public boolean isOfflineGroup() {
    return (flags & Flag.OFFLINE) != 0;
  }

  /** Whether the trait counts as a vulnerability for the dispatch priority. */
  public boolean isVulnerability() {
    return (flags & Flag.VULNERABLE) != 0;
  }

  /** Whether the trait makes a resident urgent for dispatch. */
  public boolean isUrgent() {
    return (flags & Flag.URGENT) != 0;
  }

  /** Whether the trait is a §5.3 care group. */
  public boolean isCareGroup() {
    return (flags & Flag.CARE_GROUP) != 0;
  }

  /** Whether the trait is a §5.4 outbreak group. */
  public boolean isOutbreakGroup() {
    return (flags & Flag.OUTBREAK_GROUP) != 0;
  }

  /** Whether the holder cannot leave home. */
  public boolean isHomebound() {
    return (flags & Flag.HOMEBOUND) != 0;
  }

  /** This trait's bit in a trait mask ({@code 1L << ordinal()}). */
  public long bit() {
    return 1L << ordinal();
  }

  /** Whether a trait mask holds this trait. */
  public boolean in(long mask) {
    return (mask & bit()) != 0;
  }

  /** Every trait, in the stable enum order. */
  public static List<Trait> all() {
    return ALL;
  }

  /** The mask of a set of traits. */
  public static long maskOf(Set<Trait> traits) {
    long m = 0;
    for (Trait t : traits) {
      m |= t.bit();
    }
    return m;
  }

  /** The mask of some traits. */
  public static long maskOf(Trait... traits) {
    long m = 0;
    for (Trait t : traits) {
      m |= t.bit();
    }
    return m;
  }

  /** The traits of a mask, as a new mutable set in enum order. */
  public static EnumSet<Trait> setOf(long mask) {
    EnumSet<Trait> out = EnumSet.noneOf(Trait.class);
    for (Trait t : ALL) {
      if (t.in(mask)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The codes of the traits of a mask, comma-separated in enum order (for reason facts). */
  public static String codesOf(long mask) {
    StringBuilder out = new StringBuilder();
    for (Trait t : ALL) {
      if (t.in(mask)) {
        if (out.length() > 0) {
          out.append(',');
        }
        out.append(t.code());
      }
    }
    return out.toString();
  }

  /** The words of the traits of a mask in enum order, for the text of a reason that stores {@link #codesOf}. */
  public static Wording wordingOf(long mask) {
    return Wording.ofAll(setOf(mask));
  }

  private static long maskWith(int flag) {
    long m = 0;
    for (Trait t : values()) {
      if ((t.flags & flag) != 0) {
        m |= t.bit();
      }
    }
    return m;
  }

  /** Trait flags. */
  private static final class Flag {
    static final int OFFLINE = 1;
    static final int VULNERABLE = 2;
    static final int URGENT = 4;
    static final int CARE_GROUP = 8;
    static final int OUTBREAK_GROUP = 16;
    static final int HOMEBOUND = 32;

    private Flag() {}
  }
}
