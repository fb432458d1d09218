package org.communityprevention.examples.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;

/** The risk timeline: one row per area, one cell per day coloured by its level, a date axis and a legend. */
final class RiskChart {
  private static final int LEFT = 96;
  private static final int CELL = 11;
  private static final int ROW = 20;

  private RiskChart() {}

  /**
   * The chart.
   *
   * @param levelsByArea the level of each day from {@code start}, by area name, in the order to draw them
   * @param start the first day
   * @param lang the page's language
   */
  static String svg(Map<String, List<RiskLevel>> levelsByArea, LocalDate start, Locale lang) {
    boolean zh = "zh".equals(lang.getLanguage());
    int days = levelsByArea.values().stream().mapToInt(List::size).max().orElse(0);
    DateAxis axis = new DateAxis(start, days, LEFT, CELL, lang);
    int height = levelsByArea.size() * ROW + 4;
    StringBuilder out = new StringBuilder("<div class=\"scroll\">\n");
    out.append(axis.svg(zh ? "日期" : "date"));
    out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
        + " role=\"img\" aria-label=\"%s\">%n", axis.width(), height, axis.width(), height,
        zh ? "各地区逐日风险等级" : "risk level per area and day"));
    int y = 2;
    for (Map.Entry<String, List<RiskLevel>> row : levelsByArea.entrySet()) {
      out.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"13\" fill=\"#1f2328\">%s</text>%n", y + 13,
          HtmlReport.esc(row.getKey())));
      List<RiskLevel> levels = row.getValue();
      for (int d = 0; d < levels.size(); d++) {
        RiskLevel level = levels.get(d);
        out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s %s%s%s"
            + "</title></rect>", axis.x(d), y, CELL - 1, ROW - 4, colour(level), HtmlReport.esc(row.getKey()),
            axis.label(start.plusDays(d)), zh ? "：" : ": ", HtmlReport.esc(term(level, zh))));
      }
      out.append('\n');
      y += ROW;
    }
    out.append("</svg>\n</div>\n");
    Map<String, String> legend = new LinkedHashMap<>();
    for (RiskLevel level : RiskLevel.values()) {
      legend.put(term(level, zh), colour(level));
    }
    out.append(HtmlReport.legend(legend));
    return out.toString();
  }

  static String colour(RiskLevel level) {
    switch (level) {
      case HIGH:
        return "#cf222e";
      case MEDIUM:
        return "#d4a72c";
      default:
        return "#8fd19e";
    }
  }

  private static String term(RiskLevel level, boolean zh) {
    return zh ? level.chinese() : level.english();
  }
}
