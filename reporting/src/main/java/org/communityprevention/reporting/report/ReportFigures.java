package org.communityprevention.reporting.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * The figures of a daily report (日报告数据) for one village or community and day. "New" counts are the day's new
 * events; "under" counts are the people under management at the time of the report; cumulative counts run since
 * the unit started reporting and should never go down. Every count is a non-negative whole number.
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

  @Value.Check
  void check() {
    int[] c = counts();
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < c.length; i++) {
      if (c[i] < 0) {
        problems.add(Violation.of(FIELDS.get(i), NEGATIVE_COUNT));
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

  /** Whether the day brought any new event: a referral, a suspected or confirmed case, an infection, a contact. */
  @JsonIgnore
  public boolean hasNewEvents() {
    return newFeverReferrals() > 0 || newSuspected() > 0 || newConfirmed() > 0 || newAsymptomatic() > 0
        || closeContactsTraced() > 0;
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

  /** Builds {@link ReportFigures}; every count must be set. */
  public static final class Builder extends ImmutableReportFigures.Builder {}
}
