package org.communityprevention.examples.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;

/**
 * A self-contained HTML report: plain HTML and inline SVG, no script and no network, so it opens the same in any
 * browser and can be archived with the data it describes.
 */
final class HtmlReport {
  /** Cell states of the completeness heatmap, in legend order. */
  enum Cell {
    ON_TIME("#2e7d32"), LATE("#f9a825"), ZERO("#81c784"), MISSING("#c62828"), NOT_DUE("#eeeeee");

    final String colour;

    Cell(String colour) {
      this.colour = colour;
    }
  }

  private final StringBuilder body = new StringBuilder();
  private final String title;
  private final String lang;

  HtmlReport(String title, String lang) {
    this.title = title;
    this.lang = lang;
  }

  HtmlReport heading(String text) {
    body.append("<h2>").append(esc(text)).append("</h2>\n");
    return this;
  }

  HtmlReport paragraph(String text) {
    body.append("<p>").append(esc(text)).append("</p>\n");
    return this;
  }

  /** A table; the first row is the header. */
  HtmlReport table(List<List<String>> rows) {
    body.append("<table>\n");
    for (int r = 0; r < rows.size(); r++) {
      body.append("<tr>");
      for (String cell : rows.get(r)) {
        String tag = r == 0 ? "th" : "td";
        body.append('<').append(tag).append('>').append(esc(cell)).append("</").append(tag).append('>');
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  /** One row of coloured day cells per area: the risk level of each day from {@code start}. */
  HtmlReport riskTimeline(Map<String, List<RiskLevel>> levelsByArea, LocalDate start, Map<RiskLevel, String> names) {
    int days = levelsByArea.values().stream().mapToInt(List::size).max().orElse(0);
    int cell = 12;
    int label = 140;
    int height = levelsByArea.size() * (cell + 4) + 30;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">%n",
        label + days * cell + 10, height));
    int y = 0;
    for (Map.Entry<String, List<RiskLevel>> row : levelsByArea.entrySet()) {
      svg.append(String.format("<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>%n", y + cell - 2,
          esc(row.getKey())));
      for (int d = 0; d < row.getValue().size(); d++) {
        RiskLevel level = row.getValue().get(d);
        svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s %s</title>"
            + "</rect>%n", label + d * cell, y, cell - 1, cell, colour(level), start.plusDays(d),
            esc(names.get(level))));
      }
      y += cell + 4;
    }
    svg.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n", label, y + 14, start));
    svg.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>%n",
        label + days * cell, y + 14, start.plusDays(Math.max(0, days - 1))));
    svg.append("</svg>\n");
    body.append(svg);
    body.append("<p class=\"legend\">");
    for (RiskLevel level : RiskLevel.values()) {
      body.append("<span style=\"background:").append(colour(level)).append("\">&nbsp;&nbsp;&nbsp;</span> ")
          .append(esc(names.get(level))).append(" &nbsp; ");
    }
    body.append("</p>\n");
    return this;
  }

  /** A heatmap of units (rows) by days (columns). */
  HtmlReport heatmap(List<String> rowLabels, Cell[][] cells, LocalDate start, Map<Cell, String> names) {
    int cell = 6;
    int label = 140;
    int days = cells.length == 0 ? 0 : cells[0].length;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">%n",
        label + days * cell + 10, rowLabels.size() * cell + 30));
    for (int r = 0; r < rowLabels.size(); r++) {
      if (r % 10 == 0) {
        svg.append(String.format("<text x=\"0\" y=\"%d\" font-size=\"9\">%s</text>%n", r * cell + cell,
            esc(rowLabels.get(r))));
      }
      for (int d = 0; d < days; d++) {
        svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", label + d * cell,
            r * cell, cell, cell, cells[r][d].colour));
      }
      svg.append('\n');
    }
    svg.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n", label,
        rowLabels.size() * cell + 14, start));
    svg.append("</svg>\n");
    body.append(svg);
    body.append("<p class=\"legend\">");
    for (Cell c : Cell.values()) {
      body.append("<span style=\"background:").append(c.colour).append("\">&nbsp;&nbsp;&nbsp;</span> ")
          .append(esc(names.get(c))).append(" &nbsp; ");
    }
    body.append("</p>\n");
    return this;
  }

  /** The whole document. */
  String render() {
    return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
        + "</title>\n<style>\nbody{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;"
        + "margin:2em;max-width:1200px;color:#222}\ntable{border-collapse:collapse;margin:1em 0}\n"
        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:14px}\n"
        + "th{background:#f3f3f3}\nh1{font-size:24px}\nh2{font-size:19px;margin-top:2em}\n"
        + ".legend{font-size:13px}\nsvg{display:block;margin:0.5em 0}\n</style>\n</head>\n<body>\n<h1>"
        + esc(title) + "</h1>\n" + body + "</body>\n</html>\n";
  }

  static String colour(RiskLevel level) {
    switch (level) {
      case HIGH:
        return "#c62828";
      case MEDIUM:
        return "#f9a825";
      default:
        return "#2e7d32";
    }
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
