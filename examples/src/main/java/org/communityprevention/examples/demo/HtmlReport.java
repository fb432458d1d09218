package org.communityprevention.examples.demo;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML page: plain HTML, CSS and inline SVG, no script and no network, so it opens the same in any
 * browser, prints on A4 and can be archived with the data it describes. It reads on a phone: the page never scrolls
 * sideways, wide tables and charts scroll inside their own box.
 */
final class HtmlReport {
  /** A cell shown as an identifier (unit code, person id, file name): kept apart from the page's prose. */
  record Code(String text) {}

  /** A cell of preformatted numeric text (a rate, a date range), aligned right like a number. */
  record Right(String text) {}

  /** A table: a header and rows of cells (numbers are formatted and aligned right). */
  record Table(List<String> header, List<List<Object>> rows) {}

  /** A line of the summary: how many, what, the clauses behind it and the section that holds the detail. */
  record SummaryLine(long count, String text, String clauses, String section, Map<String, String> data) {}

  private static final String STYLE = String.join("\n",
      "*{box-sizing:border-box}",
      "html{-webkit-text-size-adjust:100%}",
      "body{font-family:system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;",
      "  margin:0 auto;padding:0 16px 32px;max-width:1200px;color:#1f2328;line-height:1.5;overflow-wrap:anywhere}",
      "h1{font-size:22px;margin:16px 0 4px}",
      "h2{font-size:18px;margin:28px 0 8px;padding-top:8px;border-top:2px solid #d0d7de}",
      "h3{font-size:15px;margin:16px 0 6px}",
      "p{margin:6px 0}",
      ".meta{color:#57606a;font-size:14px}",
      ".warning{background:#fff8c5;border-left:4px solid #bf8700;padding:6px 10px;margin:8px 0;font-size:14px}",
      "nav.toc{font-size:14px}",
      "nav.toc a{margin-right:12px;display:inline-block}",
      "ol.summary{padding-left:1.6em;margin:8px 0}",
      "ol.summary li{margin:6px 0;padding:4px 0}",
      "ol.summary .count{font-weight:700;font-variant-numeric:tabular-nums;margin-right:4px}",
      ".clauses{color:#57606a;font-size:13px;white-space:nowrap}",
      ".scroll{overflow-x:auto;max-width:100%;margin:8px 0;-webkit-overflow-scrolling:touch}",
      "table{border-collapse:collapse;font-size:14px}",
      "td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}",
      "th{background:#f6f8fa;white-space:nowrap}",
      "td:first-child{white-space:nowrap}",
      "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "td.text{min-width:16em}",
      "td code{white-space:nowrap;overflow-wrap:normal}",
      "code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:13px}",
      ".listinfo{font-size:14px;color:#57606a}",
      ".listinfo .count{font-weight:700;color:#1f2328}",
      ".legend{font-size:13px;display:flex;flex-wrap:wrap;gap:4px 14px;margin:4px 0}",
      ".swatch{display:inline-block;width:12px;height:12px;vertical-align:-1px;margin-right:4px;"
          + "border:1px solid #8c959f}",
      "svg{display:block}",
      "svg text{font-family:inherit}",
      "details.township{margin:0}",
      "details.township>summary{list-style:none;cursor:pointer}",
      "details.township>summary::-webkit-details-marker{display:none}",
      "details.township[open] .marker{transform:rotate(90deg);transform-box:fill-box;transform-origin:center}",
      "@media print{",
      "  @page{size:A4;margin:14mm 12mm}",
      "  body{max-width:none;padding:0;font-size:11pt}",
      "  section{break-before:page}",
      "  section#summary{break-before:auto}",
      "  h2{border-top:none}",
      "  table,svg,li{break-inside:avoid}",
      "  .scroll{overflow:visible}",
      "  svg{max-width:100%;height:auto}",
      "  nav.toc{display:none}",
      "  a{color:inherit;text-decoration:none}",
      "}");

  private final StringBuilder body = new StringBuilder();
  private final StringBuilder toc = new StringBuilder();
  private final String title;
  private final Locale lang;
  private final boolean zh;
  private final String fileStem;
  private final NumberFormat numbers;
  private boolean inSection;
  private int summaryAt;

  /**
   * A page.
   *
   * @param title the page's title
   * @param lang its language
   * @param fileStem the file name of the page without {@code .html}: the full lists are named after it
   */
  HtmlReport(String title, Locale lang, String fileStem) {
    this.title = title;
    this.lang = lang;
    this.zh = "zh".equals(lang.getLanguage());
    this.fileStem = fileStem;
    this.numbers = NumberFormat.getIntegerInstance(zh ? Locale.SIMPLIFIED_CHINESE : Locale.UK);
  }

  /** The file a full list is written to, beside the page. */
  String fileOf(FullList list, String extension) {
    return fileStem + "-" + list.name() + "." + extension;
  }

  /** Starts a section; it is listed in the table of contents and is a page of its own in print. */
  HtmlReport section(String id, String heading) {
    endSection();
    body.append("<section id=\"").append(esc(id)).append("\">\n<h2>").append(esc(heading)).append("</h2>\n");
    toc.append("<a href=\"#").append(esc(id)).append("\">").append(esc(heading)).append("</a>\n");
    inSection = true;
    return this;
  }

  /** A sub-heading inside a section, with an anchor the summary links to. */
  HtmlReport subheading(String id, String text) {
    body.append("<h3 id=\"").append(esc(id)).append("\">").append(esc(text)).append("</h3>\n");
    return this;
  }

  /** Marks where the summary goes: it is written last, when every section has said what needs action. */
  HtmlReport summaryLater() {
    summaryAt = body.length();
    return this;
  }

  HtmlReport paragraph(String text) {
    body.append("<p>").append(esc(text)).append("</p>\n");
    return this;
  }

  /** A paragraph of facts about the run (data, seed, policy). */
  HtmlReport meta(String text) {
    body.append("<p class=\"meta\">").append(esc(text)).append("</p>\n");
    return this;
  }

  /** A warning the reader must not miss: the same words the console prints. */
  HtmlReport warning(String text) {
    body.append("<p class=\"warning\" role=\"note\">").append(esc(text)).append("</p>\n");
    return this;
  }

  /** Markup made by another part of the report (a chart). */
  HtmlReport raw(String html) {
    body.append(html);
    return this;
  }

  /** A table in a box of its own that scrolls sideways on a narrow screen. */
  HtmlReport table(Table table) {
    List<List<Object>> rows = table.rows();
    boolean[] numeric = new boolean[table.header().size()];
    for (int c = 0; c < numeric.length; c++) {
      numeric[c] = !rows.isEmpty();
      for (List<Object> row : rows) {
        Object cell = row.get(c);
        numeric[c] &= cell instanceof Number || cell instanceof Right;
      }
    }
    body.append("<div class=\"scroll\"><table>\n<thead><tr>");
    for (int c = 0; c < numeric.length; c++) {
      body.append(numeric[c] ? "<th class=\"num\">" : "<th>").append(esc(table.header().get(c))).append("</th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : rows) {
      body.append("<tr>");
      for (Object cell : row) {
        body.append(cell(cell));
      }
      body.append("</tr>\n");
    }
    body.append("</tbody></table></div>\n");
    return this;
  }

  /**
   * The head of a full list: the first {@code shown} rows, how many of how many they are, in what order, and the
   * links to the full list written beside the page. Every list says so, cut or not, so a reader never wonders.
   */
  HtmlReport list(FullList list, int shown, String order) {
    int n = Math.min(shown, list.size());
    String count = list.size() == 0 ? (zh ? "共 0 条" : "none (0)")
        : n < list.size()
            ? (zh ? "显示 " + number(n) + " 条，共 " + number(list.size()) + " 条" : number(n) + " of " + number(list.size()))
            : (zh ? "共 " + number(list.size()) + " 条，全部显示" : "all " + number(list.size()));
    body.append("<div class=\"list\" data-list=\"").append(esc(list.name())).append("\" data-shown=\"").append(n)
        .append("\" data-total=\"").append(list.size()).append("\">\n");
    body.append("<p class=\"listinfo\"><span class=\"count\">").append(esc(count)).append("</span>")
        .append(esc(list.size() > 1 ? (zh ? "（" + order + "）" : " (" + order + ")") : ""))
        .append(zh ? "。完整清单：" : ". Full list: ");
    String csv = fileOf(list, "csv");
    String jsonl = fileOf(list, "jsonl");
    body.append("<a class=\"full\" href=\"").append(esc(csv)).append("\"><code>").append(esc(csv))
        .append("</code></a>").append(zh ? "、" : ", ");
    body.append("<a class=\"full\" href=\"").append(esc(jsonl)).append("\"><code>").append(esc(jsonl))
        .append("</code></a></p>\n");
    if (n > 0) {
      table(new Table(list.columns().stream().map(FullList.Column::caption).toList(), list.rows().subList(0, n)));
    }
    body.append("</div>\n");
    return this;
  }

  /**
   * The summary, at the place {@link #summaryLater} marked: what needs action, one line each, ranked by severity, the
   * most severe first; then the warnings the console printed, in the same words.
   */
  HtmlReport summary(List<SummaryLine> lines, List<String> warnings, String none) {
    StringBuilder out = new StringBuilder();
    if (lines.isEmpty()) {
      out.append("<p>").append(esc(none)).append("</p>\n");
    } else {
      out.append("<ol class=\"summary\">\n");
      for (SummaryLine line : lines) {
        out.append("<li");
        line.data().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append(" data-")
            .append(esc(e.getKey())).append("=\"").append(esc(e.getValue())).append('"'));
        out.append("><span class=\"count\">").append(esc(number(line.count()))).append("</span> ")
            .append(esc(line.text())).append(" <span class=\"clauses\">").append(esc(line.clauses()))
            .append("</span> <a href=\"#").append(esc(line.section())).append("\">").append(zh ? "详情" : "details")
            .append("</a></li>\n");
      }
      out.append("</ol>\n");
    }
    for (String warning : warnings) {
      out.append("<p class=\"warning\" role=\"note\">").append(esc(warning)).append("</p>\n");
    }
    body.insert(summaryAt, out);
    return this;
  }

  /** A legend of colour swatches. */
  static String legend(Map<String, String> colourByName) {
    StringBuilder out = new StringBuilder("<p class=\"legend\">");
    colourByName.forEach((name, colour) -> out.append("<span><span class=\"swatch\" style=\"background:")
        .append(colour).append("\"></span>").append(esc(name)).append("</span>"));
    return out.append("</p>\n").toString();
  }

  /** A whole number with thousands separators. */
  String number(long n) {
    return numbers.format(n);
  }

  /** The whole document. */
  String render() {
    endSection();
    return "<!DOCTYPE html>\n<html lang=\"" + (zh ? "zh-CN" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
        + "</title>\n<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n<h1>" + esc(title) + "</h1>\n"
        + "<nav class=\"toc\" aria-label=\"" + (zh ? "目录" : "Contents") + "\">\n" + toc + "</nav>\n" + body
        + "</body>\n</html>\n";
  }

  Locale lang() {
    return lang;
  }

  private void endSection() {
    if (inSection) {
      body.append("</section>\n");
      inSection = false;
    }
  }

  private String cell(Object cell) {
    if (cell instanceof Number n) {
      return "<td class=\"num\">" + esc(number(n.longValue())) + "</td>";
    }
    if (cell instanceof Right r) {
      return "<td class=\"num\">" + esc(r.text()) + "</td>";
    }
    if (cell instanceof Code c) {
      return "<td><code>" + esc(c.text()) + "</code></td>";
    }
    String text = String.valueOf(cell);
    return (text.length() > 24 ? "<td class=\"text\">" : "<td>") + esc(text) + "</td>";
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
