package org.communityprevention.flink.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ZeroReport;

/**
 * A parsed daily report as it travels between operators and sits in keyed state (日报告事件): the report's fields in
 * flat form, so Flink serializes it as a POJO without Kryo, with the line it came from. {@link #toReport()} gives
 * back the library's {@link DailyReport}.
 *
 * @param source the source of the line
 * @param line the 1-based line number in the source
 * @param unit the unit code
 * @param epochDay the reporting day, as days since 1970-01-01
 * @param filerId the filer's opaque id
 * @param filedSecond the filing instant's epoch second
 * @param filedNano the filing instant's nanoseconds
 * @param revision the revision number
 * @param urgent whether it is an urgent report
 * @param counts the figures in {@link ReportFigures#FIELDS} order followed by the optional ones in
 *     {@link ReportFigures#OPTIONAL_FIELDS} order ({@link ReportFigures#NOT_COLLECTED} for an absent one), or an empty
 *     array for a zero report; an array of the {@code FIELDS} alone (state written before the optional groups
 *     existed) reads as figures without them
 */
public record ReportEvent(String source, long line, long unit, long epochDay, String filerId, long filedSecond,
    int filedNano, int revision, boolean urgent, int[] counts) {

  /** The event of a report read from a line. */
  public static ReportEvent of(String source, long line, DailyReport r) {
    int[] counts = r.figures().map(ReportEvent::countsOf).orElse(new int[0]);
    return new ReportEvent(source, line, r.unit().asLong(), r.day().toEpochDay(), r.filerId(),
        r.filedAt().getEpochSecond(), r.filedAt().getNano(), r.revision(), r.urgent(), counts);
  }

  /** The library's report. */
  public DailyReport toReport() {
    return new DailyReport.Builder().unit(DivisionCode.ofLong(unit)).day(LocalDate.ofEpochDay(epochDay))
        .filerId(filerId).filedAt(filedAt()).revision(revision).urgent(urgent)
        .content(counts.length == 0 ? ZeroReport.of() : figures()).build();
  }

  /** The figures of a figures report (call only when {@link #counts()} is not empty). */
  public ReportFigures figures() {
    int n = ReportFigures.FIELDS.size();
    if (counts.length == n) {
      return ReportFigures.ofCounts(counts);
    }
    return ReportFigures.ofCounts(java.util.Arrays.copyOfRange(counts, 0, n),
        java.util.Arrays.copyOfRange(counts, n, counts.length));
  }

  private static int[] countsOf(ReportFigures f) {
    int[] c = f.counts();
    int[] o = f.optionalCounts();
    int[] out = java.util.Arrays.copyOf(c, c.length + o.length);
    System.arraycopy(o, 0, out, c.length, o.length);
    return out;
  }

  /** The filing instant (the event time). */
  public Instant filedAt() {
    return Instant.ofEpochSecond(filedSecond, filedNano);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportEvent e && e.source.equals(source) && e.line == line && e.unit == unit
        && e.epochDay == epochDay && e.filerId.equals(filerId) && e.filedSecond == filedSecond
        && e.filedNano == filedNano && e.revision == revision && e.urgent == urgent
        && java.util.Arrays.equals(e.counts, counts);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(unit, epochDay, line, filedSecond, revision);
  }

  @Override
  public String toString() {
    return "ReportEvent{" + source + ":" + line + " " + unit + " " + LocalDate.ofEpochDay(epochDay) + " rev "
        + revision + (urgent ? " urgent" : "") + "}";
  }
}
