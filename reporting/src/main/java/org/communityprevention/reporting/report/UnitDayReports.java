package org.communityprevention.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * Every routine report a unit sent for one day (单位单日报送记录), in {@linkplain Submissions#ORDER canonical order}
 * with exact duplicates removed: the history is kept, the last one wins, and the first filing decides timeliness
 * (a correction filed later never makes an on-time day late).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitDayReports.class)
@JsonDeserialize(as = ImmutableUnitDayReports.class)
public abstract class UnitDayReports {
  /** Violation code: the submissions are empty, unsorted, or of another unit or day. */
  public static final String INCONSISTENT = "reporting.report.history_inconsistent";

  /** The unit. */
  public abstract DivisionCode unit();

  /** The reporting day. */
  public abstract LocalDate day();

  /** The distinct submissions, in canonical order; never empty. */
  public abstract List<DailyReport> submissions();

  /** Timeliness of the earliest filing (on time or late). */
  public abstract Timeliness timeliness();

  @Value.Check
  void check() {
    List<DailyReport> s = submissions();
    boolean ok = !s.isEmpty() && timeliness() != Timeliness.TOO_LATE;
    for (int i = 0; ok && i < s.size(); i++) {
      DailyReport r = s.get(i);
      ok = r.unit().equals(unit()) && r.day().equals(day()) && !r.urgent()
          && (i == 0 || Submissions.ORDER.compare(s.get(i - 1), r) < 0);
    }
    if (!ok) {
      throw ValidationException.of("submissions", INCONSISTENT);
    }
  }

  /** The report that counts: the last in canonical order (highest revision, then latest filed). */
  public DailyReport winner() {
    return submissions().get(submissions().size() - 1);
  }

  /** The earliest filing instant. */
  public Instant firstFiledAt() {
    Instant first = null;
    for (DailyReport r : submissions()) {
      if (first == null || r.filedAt().isBefore(first)) {
        first = r.filedAt();
      }
    }
    return first;
  }

  /** Whether the report that counts is a zero report (零报告). */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isZeroReport() {
    return winner().isZeroReport();
  }

  /** Builds {@link UnitDayReports}. */
  public static final class Builder extends ImmutableUnitDayReports.Builder {}
}
