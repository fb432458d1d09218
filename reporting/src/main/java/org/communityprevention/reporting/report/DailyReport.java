package org.communityprevention.reporting.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * A daily report (日报告) of one village or community for one Beijing reporting day (§1.6): who filed it, when, and
 * either an explicit {@link ZeroReport zero report} or the day's {@link ReportFigures figures}.
 *
 * <p>The reporting day is a Beijing date; the filing instant is absolute. An instant from 16:00 to 23:59 UTC already
 * falls on the <em>next</em> Beijing day ({@link BeijingTime#dateOf}), so {@code 2021-02-01T16:30:00Z} is
 * 2021-02-02 00:30 in Beijing. A report cannot be filed before its reporting day begins.
 *
 * <p>A routine report counts towards completeness; an {@linkplain #urgent() urgent} report (紧急情况随时报告) may be
 * filed at any time, always carries figures, is never late, and is kept beside the routine reports for the
 * concealment checks without replacing the day's routine report. A later submission for the same unit and day with
 * a higher {@linkplain #revision() revision} corrects the earlier one (see {@link ReportLedger}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDailyReport.class)
@JsonDeserialize(as = ImmutableDailyReport.class)
public abstract class DailyReport {
  /** Violation code: the unit is not a village or community. */
  public static final String UNIT_NOT_VILLAGE = "reporting.report.unit_not_village";
  /** Violation code: a blank filer id. */
  public static final String FILER_BLANK = "reporting.report.filer_blank";
  /** Violation code: a filer id that is too long or holds control characters. */
  public static final String FILER_INVALID = "reporting.report.filer_invalid";
  /** Violation code: filed before the reporting day began (Beijing time). */
  public static final String FILED_BEFORE_DAY = "reporting.report.filed_before_day";
  /** Violation code: a negative revision number. */
  public static final String NEGATIVE_REVISION = "reporting.report.negative_revision";
  /** Violation code: an urgent report without figures. */
  public static final String URGENT_WITHOUT_FIGURES = "reporting.report.urgent_without_figures";

  /** The longest filer id accepted. */
  public static final int MAX_FILER_ID_LENGTH = 64;

  /** The reporting unit (填报单位): a village or community code. */
  public abstract DivisionCode unit();

  /** The Beijing reporting day (报告日期) the report is for. */
  public abstract LocalDate day();

  /** The opaque id of the person or account that filed (填报人); never a name or a phone number. */
  public abstract String filerId();

  /** When it was filed (报送时间). */
  public abstract Instant filedAt();

  /** The unit's revision number for this day (0 for the first report, 1 for its first correction, …). */
  @Value.Default
  public int revision() {
    return 0;
  }

  /** Whether this is an urgent report (紧急报告), filed at any time outside the daily schedule. */
  @Value.Default
  public boolean urgent() {
    return false;
  }

  /** What the report says: a zero report or figures. */
  public abstract ReportContent content();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (unit().level() != DivisionLevel.VILLAGE) {
      problems.add(Violation.of("unit", UNIT_NOT_VILLAGE, "level", unit().level().code(),
          "levelZh", unit().level().chinese()));
    }
    String filer = filerId();
    if (filer.isBlank()) {
      problems.add(Violation.of("filerId", FILER_BLANK));
    } else if (filer.length() > MAX_FILER_ID_LENGTH || filer.chars().anyMatch(Character::isISOControl)) {
      problems.add(Violation.of("filerId", FILER_INVALID, "max", MAX_FILER_ID_LENGTH));
    }
    if (revision() < 0) {
      problems.add(Violation.of("revision", NEGATIVE_REVISION));
    }
    if (BeijingTime.epochDayOf(filedAt()) < day().toEpochDay()) {
      problems.add(Violation.of("filedAt", FILED_BEFORE_DAY, "day", day(), "filedOn", filedOn()));
    }
    if (urgent() && content().isZeroReport()) {
      problems.add(Violation.of("content", URGENT_WITHOUT_FIGURES));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Whether the report is an explicit zero report (零报告). */
  @JsonIgnore
  public boolean isZeroReport() {
    return content().isZeroReport();
  }

  /** The figures, if this is not a zero report. */
  @JsonIgnore
  public Optional<ReportFigures> figures() {
    return content() instanceof ReportFigures ? Optional.of((ReportFigures) content()) : Optional.empty();
  }

  /** The Beijing date on which it was filed. */
  @JsonIgnore
  public LocalDate filedOn() {
    return BeijingTime.dateOf(filedAt());
  }

  /** A routine zero report (零报告) at revision 0. */
  public static DailyReport zero(DivisionCode unit, LocalDate day, String filerId, Instant filedAt) {
    return new Builder().unit(unit).day(day).filerId(filerId).filedAt(filedAt).content(ZeroReport.of()).build();
  }

  /** A routine figures report at revision 0. */
  public static DailyReport ofFigures(DivisionCode unit, LocalDate day, String filerId, Instant filedAt,
      ReportFigures figures) {
    return new Builder().unit(unit).day(day).filerId(filerId).filedAt(filedAt).content(figures).build();
  }

  /** Builds a {@link DailyReport}. */
  public static final class Builder extends ImmutableDailyReport.Builder {}
}
