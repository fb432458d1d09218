package org.communityprevention.reporting.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * The figures of a daily report (日报告数据) for one village or community and day. "New" counts are the day's new
 * events; "under" counts are the people under management at the time of the report; cumulative counts run since
 * the unit started reporting and should never go down. Every count is a non-negative whole number.
 *
 * <p>The §2.3 groups a township form collects are optional ({@link #OPTIONAL_FIELDS}): returnees registered today and
 * under monitoring, arrivals from medium- or high-risk areas, inbound travellers, and abnormal findings (fever) among
 * the monitored. An absent group was not collected, which is not the same as zero. Of these, only the day's arrivals
 * from risk areas and abnormal findings are new events a zero report denies; returnees under ongoing monitoring are
 * not.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportFigures.class)
@JsonDeserialize(as = ImmutableReportFigures.class)
public abstract class ReportFigures extends ReportContent {
  /** Violation code: a negative count. */
  public static final String NEGATIVE_COUNT = "reporting.report.negative_count";
  /** Violation code: a cumulative count below the day's new count. */
  public static final String CUMULATIVE_BELOW_NEW = "reporting.report.cumulative_below_new";

  /** The field names of the counts, in JSON and in {@link #counts()} order. */
  public static final ImmutableList<String> FIELDS = ImmutableList.of("newFeverReferrals", "newSuspected",
      "newConfirmed", "newAsymptomatic", "closeContactsTraced", "underHomeIsolation", "underCentralisedIsolation",
      "underHealthMonitoring", "cumulativeConfirmed", "cumulativeAsymptomatic");

  /** The field names of the optional §2.3 counts, in JSON and in {@link #optionalCounts()} order. */
  public static final ImmutableList<String> OPTIONAL_FIELDS = ImmutableList.of("newReturneesRegistered",
      "returneesUnderMonitoring", "newArrivalsFromRiskAreas", "newInboundTravellers", "newAbnormalFindings");
  /** The value {@link #optionalCounts()} holds for a group that was not collected. */
  public static final int NOT_COLLECTED = -1;

  /** New fever patients referred to a fever clinic (新增发热患者转诊). */
  public abstract int newFeverReferrals();

  /** New suspected cases (新增疑似病例). */
  public abstract int newSuspected();

  /** New confirmed cases (新增确诊病例). */
  public abstract int newConfirmed();

  /** New asymptomatic infections (新增无症状感染者). */
  public abstract int newAsymptomatic();

  /** Close contacts newly traced (新增排查密切接触者). */
  public abstract int closeContactsTraced();

  /** People under home isolation medical observation (居家隔离医学观察人数). */
  public abstract int underHomeIsolation();

  /** People under centralised isolation medical observation (集中隔离医学观察人数). */
  public abstract int underCentralisedIsolation();

  /** People under health monitoring (健康监测人数). */
  public abstract int underHealthMonitoring();

  /** Cumulative confirmed cases (累计确诊病例). */
  public abstract int cumulativeConfirmed();

  /** Cumulative asymptomatic infections (累计无症状感染者). */
  public abstract int cumulativeAsymptomatic();

  /** Returnees newly registered today (当日新增登记返乡人员, §2.3 登记/报备); absent when not collected. */
  public abstract Optional<Integer> newReturneesRegistered();

  /** Returnees under health monitoring (返乡人员健康监测人数, §2.3); absent when not collected. */
  public abstract Optional<Integer> returneesUnderMonitoring();

  /** New arrivals today from medium- or high-risk areas (当日新增中高风险地区来返人员, §2.3); absent when not collected. */
  public abstract Optional<Integer> newArrivalsFromRiskAreas();

  /** Inbound travellers arriving today (当日新增入境人员, §2.3); absent when not collected. */
  public abstract Optional<Integer> newInboundTravellers();

  /**
   * Abnormal findings today, such as fever, among the people under health monitoring (健康监测发现异常（发热）人数,
   * §2.3); absent when not collected.
   */
  public abstract Optional<Integer> newAbnormalFindings();

  @Value.Check
  void check() {
    int[] c = counts();
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < c.length; i++) {
      if (c[i] < 0) {
        problems.add(Violation.of(FIELDS.get(i), NEGATIVE_COUNT));
      }
    }
    List<Optional<Integer>> optional = optional();
    for (int i = 0; i < optional.size(); i++) {
      if (optional.get(i).isPresent() && optional.get(i).get() < 0) {
        problems.add(Violation.of(OPTIONAL_FIELDS.get(i), NEGATIVE_COUNT));
      }
    }
    if (cumulativeConfirmed() < newConfirmed()) {
      problems.add(Violation.of("cumulativeConfirmed", CUMULATIVE_BELOW_NEW, "newField", "newConfirmed"));
    }
    if (cumulativeAsymptomatic() < newAsymptomatic()) {
      problems.add(Violation.of("cumulativeAsymptomatic", CUMULATIVE_BELOW_NEW, "newField", "newAsymptomatic"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  @Override
  public final boolean isZeroReport() {
    return false;
  }

  /** The counts in {@link #FIELDS} order (a fresh array). */
  public int[] counts() {
    return new int[] {newFeverReferrals(), newSuspected(), newConfirmed(), newAsymptomatic(), closeContactsTraced(),
        underHomeIsolation(), underCentralisedIsolation(), underHealthMonitoring(), cumulativeConfirmed(),
        cumulativeAsymptomatic()};
  }

  /**
   * The optional counts in {@link #OPTIONAL_FIELDS} order (a fresh array), {@link #NOT_COLLECTED} for an absent one.
   */
  public int[] optionalCounts() {
    List<Optional<Integer>> optional = optional();
    int[] out = new int[optional.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = optional.get(i).orElse(NOT_COLLECTED);
    }
    return out;
  }

  private List<Optional<Integer>> optional() {
    return List.of(newReturneesRegistered(), returneesUnderMonitoring(), newArrivalsFromRiskAreas(),
        newInboundTravellers(), newAbnormalFindings());
  }

  /**
   * Whether the day brought any new event: a referral, a suspected or confirmed case, an infection, a contact, an
   * arrival from a medium- or high-risk area, an abnormal finding among the monitored. Returnees registered or
   * under monitoring are not new events of this kind (§2.3: ongoing monitoring does not contradict a zero report).
   */
  @JsonIgnore
  public boolean hasNewEvents() {
    return newFeverReferrals() > 0 || newSuspected() > 0 || newConfirmed() > 0 || newAsymptomatic() > 0
        || closeContactsTraced() > 0 || newArrivalsFromRiskAreas().orElse(0) > 0
        || newAbnormalFindings().orElse(0) > 0;
  }

  /** Whether anyone is under isolation or health monitoring according to these figures. */
  @JsonIgnore
  public boolean hasPeopleUnderManagement() {
    return underHomeIsolation() > 0 || underCentralisedIsolation() > 0 || underHealthMonitoring() > 0;
  }

  /** Whether every count is zero. Such a report is still a figures report, never a zero report. */
  @JsonIgnore
  public boolean allZero() {
    for (int c : counts()) {
      if (c != 0) {
        return false;
      }
    }
    for (int c : optionalCounts()) {
      if (c > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Figures from the counts in {@link #FIELDS} order.
   *
   * @throws ValidationException if a count is negative or a cumulative count is below its new count
   * @throws IllegalArgumentException if the array does not hold exactly one count per field
   */
  public static ReportFigures ofCounts(int... counts) {
    if (counts.length != FIELDS.size()) {
      throw new IllegalArgumentException("expected " + FIELDS.size() + " counts, got " + counts.length);
    }
    return new Builder().newFeverReferrals(counts[0]).newSuspected(counts[1]).newConfirmed(counts[2])
        .newAsymptomatic(counts[3]).closeContactsTraced(counts[4]).underHomeIsolation(counts[5])
        .underCentralisedIsolation(counts[6]).underHealthMonitoring(counts[7]).cumulativeConfirmed(counts[8])
        .cumulativeAsymptomatic(counts[9]).build();
  }

  /**
   * Figures from the counts in {@link #FIELDS} order and the optional counts in {@link #OPTIONAL_FIELDS} order,
   * {@link #NOT_COLLECTED} for an absent one.
   *
   * @throws ValidationException if a count is negative or a cumulative count is below its new count
   * @throws IllegalArgumentException if an array does not hold exactly one count per field
   */
  public static ReportFigures ofCounts(int[] counts, int[] optionalCounts) {
    if (optionalCounts.length != OPTIONAL_FIELDS.size()) {
      throw new IllegalArgumentException("expected " + OPTIONAL_FIELDS.size() + " optional counts, got "
          + optionalCounts.length);
    }
    ReportFigures f = ofCounts(counts);
    return new Builder().from(f).newReturneesRegistered(collected(optionalCounts[0]))
        .returneesUnderMonitoring(collected(optionalCounts[1])).newArrivalsFromRiskAreas(collected(optionalCounts[2]))
        .newInboundTravellers(collected(optionalCounts[3])).newAbnormalFindings(collected(optionalCounts[4]))
        .build();
  }

  private static Optional<Integer> collected(int count) {
    return count == NOT_COLLECTED ? Optional.empty() : Optional.of(count);
  }

  /** Builds {@link ReportFigures}; every count must be set. */
  public static final class Builder extends ImmutableReportFigures.Builder {}
}
