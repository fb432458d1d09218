package org.communityprevention.core.population;

import static org.communityprevention.core.population.Track.CARE_VISIT;
import static org.communityprevention.core.population.Track.CONTACT_TRACING;
import static org.communityprevention.core.population.Track.HEALTH_MONITORING;
import static org.communityprevention.core.population.Track.ISOLATION;
import static org.communityprevention.core.population.Track.OUTBREAK_SCOPE;
import static org.communityprevention.core.population.Track.SURVEY;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.message.Term;

/**
 * A key-population category (重点人群类别) of §2.2, §2.3, §2.4, §2.5, §5.3 or §5.4, with its {@link Track}, the
 * clause that names it, a stable code, its Chinese and English names and the policy fields its rule reads.
 *
 * <p>A person can be in several categories at once. The same group can appear under two clauses (a scattered orphan
 * is surveyed under §2.2 and visited at the festival under §5.3): it is then two categories, one per track, because
 * the work and the window differ. The enum order is stable and is the bit order of {@link #bit()}; new categories
 * are only ever appended.
 */
public enum Category implements Term {
  /** 独居老人 (§2.2): at least the elderly age and living alone. */
  ELDERLY_LIVING_ALONE(SURVEY, Clause.S2_2, "独居老人", "elderly person living alone", "population.elderlyAge"),
  /** 散居孤儿 (§2.2): a child orphan not living in an institution. */
  SCATTERED_ORPHAN(SURVEY, Clause.S2_2, "散居孤儿", "scattered orphan", "population.adultAge"),
  /** 事实无人抚养儿童 (§2.2). */
  CHILD_WITHOUT_DE_FACTO_CARER(SURVEY, Clause.S2_2, "事实无人抚养儿童", "child de facto without a carer",
      "population.adultAge"),
  /** 农村留守儿童 (§2.2): a left-behind child under the left-behind child age living in a rural village. */
  RURAL_LEFT_BEHIND_CHILD(SURVEY, Clause.S2_2, "农村留守儿童", "rural left-behind child",
      "population.leftBehindChildAge"),
  /** 困境儿童 (§2.2). */
  CHILD_IN_DIFFICULTY(SURVEY, Clause.S2_2, "困境儿童", "child in difficulty", "population.adultAge"),
  /** 残疾人 (§2.2). */
  PERSON_WITH_DISABILITY(SURVEY, Clause.S2_2, "残疾人", "person with a disability"),
  /** 孕产妇 (§2.2): pregnant, or within the postpartum days after delivery. */
  PREGNANT_OR_POSTPARTUM(SURVEY, Clause.S2_2, "孕产妇", "pregnant or postpartum woman", "population.postpartumDays"),
  /** 特殊困难群体 (§2.2). */
  SPECIAL_HARDSHIP(SURVEY, Clause.S2_2, "特殊困难群体", "person in special hardship"),
  /** 出租房屋和集体宿舍租住人员 (§2.2). */
  TENANT(SURVEY, Clause.S2_2, "出租房屋和集体宿舍租住人员", "tenant of rental housing or a collective dormitory"),

  /** 从事进口冷链产品相关工作人员 (§2.3): periodic tests while so employed. */
  COLD_CHAIN_WORKER(HEALTH_MONITORING, Clause.S2_3, "从事进口冷链产品相关工作人员", "imported cold-chain worker",
      "population.coldChainTestIntervalDays"),
  /** 节假日期间返乡人员 (§2.3): returned home during the policy's holiday window. */
  HOLIDAY_RETURNEE(HEALTH_MONITORING, Clause.S2_3, "节假日期间返乡人员", "holiday returnee",
      "population.holidayReturnee", "population.holidayWindow"),
  /** 来自中风险地区人员 (§2.3): counted from leaving the area. */
  ARRIVAL_FROM_MEDIUM_RISK_AREA(HEALTH_MONITORING, Clause.S2_3, "来自中风险地区人员",
      "arrival from a medium-risk area", "population.mediumRiskArrival"),
  /** 来自高风险地区人员 (§2.3): counted from leaving the area. */
  ARRIVAL_FROM_HIGH_RISK_AREA(HEALTH_MONITORING, Clause.S2_3, "来自高风险地区人员", "arrival from a high-risk area",
      "population.highRiskArrival"),
  /** 入境人员 (§2.3): counted from entry. */
  INBOUND_TRAVELLER(HEALTH_MONITORING, Clause.S2_3, "入境人员", "inbound traveller", "population.inbound"),
  /** 新冠肺炎治愈患者 (§2.3): counted from discharge. */
  RECOVERED_PATIENT(HEALTH_MONITORING, Clause.S2_3, "新冠肺炎治愈患者", "recovered patient", "population.recovered"),
  /** 解除医学观察人员 (§2.3): counted from release from medical observation. */
  RELEASED_FROM_MEDICAL_OBSERVATION(HEALTH_MONITORING, Clause.S2_3, "解除医学观察人员",
      "person released from medical observation", "population.releasedFromObservation"),
  /** 健康码黄码人员 (§2.3): the colour is an external input; its management comes from the policy. */
  HEALTH_CODE_YELLOW(HEALTH_MONITORING, Clause.S2_3, "健康码黄码人员", "person with a yellow health code",
      "population.healthCodeYellow"),
  /** 健康码红码人员 (§2.3): the colour is an external input; its management comes from the policy. */
  HEALTH_CODE_RED(HEALTH_MONITORING, Clause.S2_3, "健康码红码人员", "person with a red health code",
      "population.healthCodeRed"),

  /** 密切接触者 (§2.4): counted from the last exposure. */
  CLOSE_CONTACT(CONTACT_TRACING, Clause.S2_4, "密切接触者", "close contact", "population.closeContact"),
  /** 次密切接触者 (§2.4): counted from the last exposure to the linked close contact; only where designated. */
  SECONDARY_CLOSE_CONTACT(CONTACT_TRACING, Clause.S2_4, "次密切接触者", "secondary close contact",
      "population.secondaryCloseContact"),

  /** 居家隔离医学观察 (§2.4): under a home isolation order. */
  HOME_ISOLATION(ISOLATION, Clause.S2_4, "居家隔离医学观察人员", "person under home isolation medical observation",
      "population.homeIsolationOrder"),
  /** 集中隔离医学观察 (§2.5): under a centralised isolation order. */
  CENTRALISED_ISOLATION(ISOLATION, Clause.S2_5, "集中隔离医学观察人员",
      "person under centralised isolation medical observation", "population.centralisedIsolationOrder"),

  /** 就地过年农民工 (§5.3). */
  MIGRANT_WORKER_STAYING_FOR_HOLIDAY(CARE_VISIT, Clause.S5_3, "就地过年农民工",
      "migrant worker staying for the holiday", "population.holidayWindow", "services.outbreakFrom"),
  /** 留守老人 (§5.3). */
  LEFT_BEHIND_ELDERLY(CARE_VISIT, Clause.S5_3, "留守老人", "left-behind elderly person", "population.elderlyAge",
      "population.holidayWindow", "services.outbreakFrom"),
  /** 留守儿童 (§5.3), urban or rural. */
  LEFT_BEHIND_CHILD_VISIT(CARE_VISIT, Clause.S5_3, "留守儿童", "left-behind child", "population.leftBehindChildAge",
      "population.holidayWindow", "services.outbreakFrom"),
  /** 困境儿童 (§5.3). */
  CHILD_IN_DIFFICULTY_VISIT(CARE_VISIT, Clause.S5_3, "困境儿童", "child in difficulty", "population.adultAge",
      "population.holidayWindow", "services.outbreakFrom"),
  /** 散居孤儿 (§5.3). */
  SCATTERED_ORPHAN_VISIT(CARE_VISIT, Clause.S5_3, "散居孤儿", "scattered orphan", "population.adultAge",
      "population.holidayWindow", "services.outbreakFrom"),
  /** 低保对象 (§5.3). */
  MINIMUM_LIVING_ALLOWANCE(CARE_VISIT, Clause.S5_3, "低保对象", "minimum living allowance recipient",
      "population.holidayWindow", "services.outbreakFrom"),
  /** 特困人员 (§5.3). */
  EXTREME_POVERTY(CARE_VISIT, Clause.S5_3, "特困人员", "person in extreme poverty", "population.holidayWindow",
      "services.outbreakFrom"),
  /** 特殊困难群体 (§5.3). */
  SPECIAL_HARDSHIP_VISIT(CARE_VISIT, Clause.S5_3, "特殊困难群体", "person in special hardship",
      "population.holidayWindow", "services.outbreakFrom"),
  /** 低收入家庭 (§5.3). */
  LOW_INCOME_FAMILY(CARE_VISIT, Clause.S5_3, "低收入家庭", "member of a low-income family",
      "population.holidayWindow", "services.outbreakFrom"),

  /** 居家隔离医学观察人员 (§5.4): under home isolation in an area with an outbreak. */
  HOME_ISOLATED_IN_OUTBREAK_AREA(OUTBREAK_SCOPE, Clause.S5_4, "居家隔离医学观察人员",
      "person under home isolation in an outbreak area", "population.homeIsolationOrder", "services.outbreakFrom"),
  /** 治愈人员 (§5.4): recovered, living in an area with an outbreak. */
  RECOVERED_IN_OUTBREAK_AREA(OUTBREAK_SCOPE, Clause.S5_4, "治愈人员", "recovered person in an outbreak area",
      "services.outbreakFrom"),
  /** 集中隔离医学观察人员家属 (§5.4): while the relative is in centralised isolation. */
  FAMILY_OF_CENTRALISED_ISOLATION(OUTBREAK_SCOPE, Clause.S5_4, "集中隔离医学观察人员家属",
      "family member of a person in centralised isolation", "population.centralisedIsolationOrder",
      "services.outbreakFrom"),
  /** 医务人员家属 (§5.4). */
  FAMILY_OF_MEDICAL_WORKER(OUTBREAK_SCOPE, Clause.S5_4, "医务人员家属", "family member of a medical worker",
      "services.outbreakFrom");

  private static final List<Category> ALL = ImmutableList.copyOf(values());

  private final Track track;
  private final Clause clause;
  private final String chinese;
  private final String english;
  private final ImmutableList<String> policyFields;

  Category(Track track, Clause clause, String chinese, String english, String... policyFields) {
    this.track = track;
    this.clause = clause;
    this.chinese = chinese;
    this.english = english;
    this.policyFields = ImmutableList.copyOf(policyFields);
  }

  /** The track: what the village does with people in this category. */
  public Track track() {
    return track;
  }

  /** The clause of the notice that names this group. */
  public Clause clause() {
    return clause;
  }

  /** Stable lower-case code, such as {@code close_contact}; also the key of the category's reason text. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The reason code that explains membership, such as {@code core.population.close_contact}. */
  public String reasonCode() {
    return "core.population." + code();
  }

  /** Chinese name, as vendors' forms and the notice write it. */
  public String chinese() {
    return chinese;
  }

  /** English name. */
  public String english() {
    return english;
  }

  /** The policy field paths the category's rule reads (see {@code PolicyFields}). */
  public List<String> policyFields() {
    return policyFields;
  }

  /** This category's bit in a category mask ({@code 1L << ordinal()}). */
  public long bit() {
    return 1L << ordinal();
  }

  /** Whether a category mask holds this category. */
  public boolean in(long mask) {
    return (mask & bit()) != 0;
  }

  /** Every category, in the stable enum order. */
  public static List<Category> all() {
    return ALL;
  }

  /** The mask of every category of a track. */
  public static long maskOf(Track track) {
    long m = 0;
    for (Category c : ALL) {
      if (c.track == track) {
        m |= c.bit();
      }
    }
    return m;
  }

  /** The mask of a set of categories. */
  public static long maskOf(Set<Category> categories) {
    long m = 0;
    for (Category c : categories) {
      m |= c.bit();
    }
    return m;
  }

  /** The categories of a mask, as a new mutable set in enum order. */
  public static EnumSet<Category> setOf(long mask) {
    EnumSet<Category> out = EnumSet.noneOf(Category.class);
    for (Category c : ALL) {
      if (c.in(mask)) {
        out.add(c);
      }
    }
    return out;
  }
}
