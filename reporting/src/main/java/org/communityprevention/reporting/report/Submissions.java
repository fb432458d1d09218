package org.communityprevention.reporting.report;

import java.util.Comparator;

/**
 * The canonical order of the submissions of one unit-day: revision, then filing instant, then filer, then content
 * (a zero report before figures, figures by their counts, then by their optional counts). The last submission in this order wins, so the winner
 * never depends on the order of arrival.
 */
public final class Submissions {
  /** Orders contents: a zero report first, then figures by their counts in field order, then by
   * their optional counts (an absent one first). */
  public static final Comparator<ReportContent> CONTENT_ORDER = (a, b) -> {
    if (a.isZeroReport() || b.isZeroReport()) {
      return Boolean.compare(!a.isZeroReport(), !b.isZeroReport());
    }
    ReportFigures x = (ReportFigures) a;
    ReportFigures y = (ReportFigures) b;
    int c = java.util.Arrays.compare(x.counts(), y.counts());
    return c != 0 ? c : java.util.Arrays.compare(x.optionalCounts(), y.optionalCounts());
  };

  /** The canonical order of submissions of one unit-day. */
  public static final Comparator<DailyReport> ORDER = Comparator.comparingInt(DailyReport::revision)
      .thenComparing(DailyReport::filedAt)
      .thenComparing(DailyReport::filerId)
      .thenComparing(DailyReport::urgent)
      .thenComparing(DailyReport::content, CONTENT_ORDER);

  /** Orders reports of many unit-days: unit, day, then {@link #ORDER}. */
  public static final Comparator<DailyReport> BY_UNIT_DAY = Comparator.comparing(DailyReport::unit)
      .thenComparing(DailyReport::day).thenComparing(ORDER);

  private Submissions() {}
}
