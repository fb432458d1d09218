package org.communityprevention.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.communityprevention.core.time.DateWindow;
import org.immutables.value.Value;

/**
 * The numbers of key-population classification (§2.2–§2.5): ages, windows and the management plan of each
 * category. Windows count from the category's start date: last exposure for contacts, leaving the risk area or
 * arrival for travellers, discharge or release for recovered patients.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePopulationPolicy.class)
@JsonDeserialize(as = ImmutablePopulationPolicy.class)
public abstract class PopulationPolicy {
  /**
   * Age of majority (成年, 民法典 Art. 17): the child categories of §2.2 and §5.3 other than left-behind children
   * (scattered orphans, children without a de facto carer, children in difficulty) hold only below it.
   */
  public abstract int adultAge();

  /**
   * Age below which a child left behind by parents who work away counts as a left-behind child (农村留守儿童,
   * 不满十六周岁, 国发〔2016〕13号), for the §2.2 survey and the §5.3 festival visits alike. Lower than
   * {@link #adultAge()}: a left-behind 16-year-old is no longer a left-behind child.
   */
  public abstract int leftBehindChildAge();

  /** Age from which a person counts as elderly (老年人) for §2.2 and §5.3. */
  public abstract int elderlyAge();

  /** Days after delivery a woman counts as postpartum (产妇) for §2.2. */
  public abstract int postpartumDays();

  /** Days before symptom onset (or sampling) from which unprotected contact makes a close contact. */
  public abstract int closeContactLookbackDays();

  /** Close contacts (密切接触者, §2.4). */
  public abstract ManagementPlan closeContact();

  /** Secondary close contacts (次密切接触者, §2.4); empty where the policy no longer designates them. */
  public abstract Optional<ManagementPlan> secondaryCloseContact();

  /** Inbound travellers (入境人员, §2.3). */
  public abstract ManagementPlan inbound();

  /** People arriving from a high-risk area (来自高风险地区人员, §2.3). */
  public abstract ManagementPlan highRiskArrival();

  /** People arriving from a medium-risk area (来自中风险地区人员, §2.3). */
  public abstract ManagementPlan mediumRiskArrival();

  /**
   * People returning home for the holidays (节假日期间返乡人员, §2.3); empty where the policy has no holiday-returnee
   * plan (the category then does not arise). A provincial layer may supply one.
   */
  public abstract Optional<ManagementPlan> holidayReturnee();

  /** The holiday period whose returnees are monitored, half-open. */
  public abstract DateWindow holidayWindow();

  /** Recovered patients after discharge (新冠肺炎治愈患者, §2.3), counted from discharge. */
  public abstract ManagementPlan recovered();

  /**
   * People released from medical observation (解除医学观察人员, §2.3), counted from release: the health monitoring
   * that follows an observation (such as the 7 days after a 14-day observation in the "14+7" practice), never a
   * second isolation.
   */
  public abstract ManagementPlan releasedFromObservation();

  /** Imported cold-chain workers (§2.3): periodic testing while so employed. */
  public abstract int coldChainTestIntervalDays();

  /** Management a yellow health code calls for; the colour itself is an external input. */
  public abstract ManagementPlan healthCodeYellow();

  /**
   * Management a red health code calls for; the colour itself is an external input. Empty where the policy has no
   * red-code plan (no national rule: the 14-day model was Hangzhou's of February 2020), so a red code makes no
   * category; a provincial layer may supply one.
   */
  public abstract Optional<ManagementPlan> healthCodeRed();

  /** Home isolation medical observation order (居家隔离医学观察, §2.4), counted from the order's first day. */
  public abstract ManagementPlan homeIsolationOrder();

  /** Centralised isolation medical observation order (集中隔离医学观察, §2.5), counted from the order's first day. */
  public abstract ManagementPlan centralisedIsolationOrder();

  /**
   * The kinds of management under which a person is checked every day (temperature and symptoms); a day of such a
   * phase without a check-in is a finding (§2.3 杜绝漏管失控).
   */
  public abstract Set<PhaseKind> dailyCheckInPhases();

  /**
   * The share of a vehicle's rated seats that people taken to centralised isolation may fill (转运车辆满载率, §2.5):
   * 0.5 seats every other seat. A trip's capacity is the rated seats times this share, rounded down.
   */
  public abstract double transferLoadFactor();

  /**
   * Whether the members of one household go on one trip to one site when a whole area is taken to centralised
   * isolation (§2.5, 同户同转运): a household split across trips or sites is then a finding.
   */
  public abstract boolean keepHouseholdsTogether();

  /**
   * The days before the return day within which a holiday returnee's negative nucleic acid test counts (返乡前核酸
   * 阴性证明, §2.3), such as 7 for the 2021 Spring Festival travel season; empty where no pre-return test is asked.
   */
  public abstract Optional<Integer> returneeTestValidDays();

  /** Builder. */
  public static final class Builder extends ImmutablePopulationPolicy.Builder {}
}
