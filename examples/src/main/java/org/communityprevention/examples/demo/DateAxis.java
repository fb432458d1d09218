package org.communityprevention.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The date axis of the day-by-day charts: one column per day from {@code start}, a tick each Monday labelled with
 * its date, and the first and last day labelled, so a reader finds a day without counting cells.
 */
final class DateAxis {
  private final LocalDate start;
  private final int days;
  private final int left;
  private final int cell;
  private final boolean zh;

  DateAxis(LocalDate start, int days, int left, int cell, Locale lang) {
    this.start = start;
    this.days = days;
    this.left = left;
    this.cell = cell;
    this.zh = "zh".equals(lang.getLanguage());
  }

  int width() {
    return left + days * cell + 24;
  }

  int x(int day) {
    return left + day * cell;
  }

  /** The label of a day on the axis and in tooltips. */
  String label(LocalDate day) {
    return zh ? day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
        : day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK) + " " + day.getDayOfMonth();
  }

  /** The axis as an SVG of its own, to sit above or below rows drawn with the same {@code left} and {@code cell}. */
  String svg(String caption) {
    int height = 34;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
        + " role=\"img\" aria-label=\"%s\">%n", width(), height, width(), height, HtmlReport.esc(caption)));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"30\" x2=\"%d\" y2=\"30\" stroke=\"#57606a\"/>%n", x(0), x(days)));
    for (int d = 0; d < days; d++) {
      LocalDate day = start.plusDays(d);
      boolean monday = day.getDayOfWeek() == DayOfWeek.MONDAY;
      if (monday || d == 0) {
        int cx = x(d) + cell / 2;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"24\" x2=\"%d\" y2=\"30\" stroke=\"#57606a\"/>", cx, cx));
        // The first day is labelled unless a Monday's label follows too closely to read (about 56 px).
        if (monday || !nextMondayWithin(day, (56 + cell - 1) / cell)) {
          svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"12\" text-anchor=\"%s\" fill=\"#1f2328\">%s"
              + "</text>", d == 0 ? x(0) : cx, d == 0 ? "start" : "middle", HtmlReport.esc(label(day))));
        }
        svg.append('\n');
      }
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static boolean nextMondayWithin(LocalDate day, int within) {
    for (int i = 1; i <= within; i++) {
      if (day.plusDays(i).getDayOfWeek() == DayOfWeek.MONDAY) {
        return true;
      }
    }
    return false;
  }
}
