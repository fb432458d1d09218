package org.communityprevention.risk.designation;

import org.communityprevention.core.area.AreaId;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * New local infections reported in an area on a Beijing date (本土新增): confirmed cases (确诊病例) and asymptomatic
 * infections (无症状感染者), optionally all linked to one cluster (聚集性疫情). The date is the day the facts arrive,
 * which is the day an upgrade takes effect.
 *
 * <p>The {@link #id()} identifies the report at its source: the same report sent twice (same area and id) counts
 * once, and two different reports under one id are a conflict the timeline reports (see {@link DayFacts}). Several
 * clusters on one day are several reports.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseReport.class)
@JsonDeserialize(as = ImmutableCaseReport.class)
public abstract class CaseReport {
  /** Violation code: a blank id, or one longer than {@value #MAX_ID_LENGTH} characters. */
  public static final String ID_INVALID = "risk.designation.report_id";
  /** Violation code: a negative count. */
  public static final String NEGATIVE_COUNT = "risk.designation.negative_count";
  /** Violation code: a blank cluster id, or one longer than {@value #MAX_ID_LENGTH} characters. */
  public static final String CLUSTER_ID_INVALID = "risk.designation.cluster_id";

  /** Longest report or cluster id. */
  public static final int MAX_ID_LENGTH = 100;

  /** The source's id of the report, unique per area and day. */
  public abstract String id();

  /** Where the infections were found; may lie inside the designation unit (a village's case counts for its county). */
  public abstract AreaId area();

  /** The Beijing date the facts arrive (通报日期). */
  public abstract LocalDate date();

  /** New local confirmed cases (本土新增确诊病例); 0 or more. */
  public abstract int localConfirmed();

  /** New local asymptomatic infections (本土新增无症状感染者); 0 or more. */
  public abstract int localAsymptomatic();

  /** The cluster every infection of this report is linked to, if any (聚集性疫情编号). */
  public abstract Optional<String> clusterId();

  @Value.Check
  void check() {
    if (!validId(id())) {
      throw ValidationException.of("id", ID_INVALID, "max", MAX_ID_LENGTH);
    }
    if (localConfirmed() < 0) {
      throw ValidationException.of("localConfirmed", NEGATIVE_COUNT, "value", localConfirmed());
    }
    if (localAsymptomatic() < 0) {
      throw ValidationException.of("localAsymptomatic", NEGATIVE_COUNT, "value", localAsymptomatic());
    }
    if (clusterId().isPresent() && !validId(clusterId().get())) {
      throw ValidationException.of("clusterId", CLUSTER_ID_INVALID, "max", MAX_ID_LENGTH);
    }
  }

  static boolean validId(String id) {
    return !id.isBlank() && id.strip().equals(id) && id.length() <= MAX_ID_LENGTH;
  }

  /** The infections as a count. */
  public CaseCount cases() {
    return CaseCount.of(localConfirmed(), localAsymptomatic());
  }

  /** A report without a cluster link. */
  public static CaseReport of(String id, AreaId area, LocalDate date, int localConfirmed, int localAsymptomatic) {
    return new Builder().id(id).area(area).date(date).localConfirmed(localConfirmed)
        .localAsymptomatic(localAsymptomatic).build();
  }

  /** Builder. */
  public static final class Builder extends ImmutableCaseReport.Builder {}
}
