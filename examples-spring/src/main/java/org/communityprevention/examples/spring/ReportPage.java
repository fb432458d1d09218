package org.communityprevention.examples.spring;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.communityprevention.core.division.Division;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.jdbc.ledger.JdbcLedger;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.ReportingRecords;
import org.communityprevention.reporting.completeness.UnitDayState;
import org.communityprevention.reporting.completeness.UnitReportingRecord;
import org.communityprevention.testkit.county.SampleCounty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The county's report page (日报告完整性), computed from the stored reports on every request: refresh it while the
 * reports come in and the counts grow. Plain HTML and inline SVG, no script.
 */
@RestController
class ReportPage {
  private final JdbcLedger ledger;
  private final CountySeason season;
  private final Policy policy;

  ReportPage(JdbcLedger ledger, CountySeason season, Policy policy) {
    this.ledger = ledger;
    this.season = season;
    this.policy = policy;
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String page(@RequestParam(defaultValue = "zh") String lang) {
    boolean zh = !"en".equals(lang);
    Locale locale = zh ? Messages.ZH : Messages.EN;
    DateWindow window = season.scenario().season();
    Presence presence = ledger.presence(window);
    CompletenessTable table = presence.table(window);
    StringBuilder html = new StringBuilder();
    String title = zh ? "青山县（虚构）日报告与零报告完整性" : "Qingshan county (fictional): daily and zero reports";
    html.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n")
        .append("<style>body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;")
        .append("color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;")
        .append("padding:4px 8px;font-size:14px}th{background:#f3f3f3}</style>\n</head>\n<body>\n<h1>")
        .append(esc(title)).append("</h1>\n<p id=\"stored\">")
        .append(esc(zh ? "数据库中已存日报 " + ledger.reportCount() + " 份；政策 " + policy.ref() + "；"
            + window.start() + " 起 " + window.days() + " 天（§1.6）。"
            : ledger.reportCount() + " reports stored; policy " + policy.ref() + "; " + window.days()
                + " days from " + window.start() + " (§1.6)."))
        .append("</p>\n<table id=\"completeness\">\n<tr>");
    for (String h : zh ? List.of("乡镇（街道）", "应报", "已报", "按时", "迟报", "缺报", "零报告", "到报率")
        : List.of("Township", "Expected", "Received", "On time", "Late", "Missing", "Zero", "Rate")) {
      html.append("<th>").append(esc(h)).append("</th>");
    }
    html.append("</tr>\n");
    for (Division township : season.scenario().county().townships()) {
      row(html, township.name(), table.counts(township.code()));
    }
    row(html, zh ? "全县" : "County", table.counts(SampleCounty.COUNTY));
    html.append("</table>\n<h2>").append(esc(zh ? "缺报最多的村（社区）" : "Units missing the most days"))
        .append("</h2>\n<ul id=\"worst\">\n");
    List<UnitReportingRecord> records = ReportingRecords.of(presence, SampleCounty.COUNTY, window);
    for (UnitReportingRecord r : ReportingRecords.worst(records, 5)) {
      html.append("<li>").append(esc(season.nameOf(r.unit()) + (zh ? "：缺报 " + r.missingDays() + " 天，迟报 "
          + r.lateDays() + " 天" : ": " + r.missingDays() + " days missing, " + r.lateDays() + " late")))
          .append("</li>\n");
    }
    html.append("</ul>\n<p id=\"conflicts\">").append(esc((zh ? "重复提交冲突：" : "Submission conflicts: ")
        + ledger.conflicts(window).size())).append("</p>\n");
    heatmap(html, presence, window, zh);
    html.append("<p>").append(esc(zh ? "每次刷新都从数据库重新计算。" : "Computed from the database on every request."))
        .append(" <a href=\"/community-prevention/reports/completeness?from=").append(window.start())
        .append("&amp;until=").append(window.endExclusive()).append("&amp;level=TOWNSHIP\">JSON</a></p>\n")
        .append("</body>\n</html>\n");
    return html.toString();
  }

  private static void row(StringBuilder html, String name, CompletenessCounts c) {
    html.append("<tr><td>").append(esc(name)).append("</td>");
    for (long n : new long[] {c.expected(), c.received(), c.onTime(), c.late(), c.missing(), c.zeroReports()}) {
      html.append("<td>").append(n).append("</td>");
    }
    html.append("<td>").append(c.reportingRate().isPresent()
        ? String.format(Locale.ROOT, "%.1f%%", 100 * c.reportingRate().getAsDouble()) : "—").append("</td></tr>\n");
  }

  /** Villages × days, one cell per unit-day, coloured by its state. */
  private void heatmap(StringBuilder html, Presence presence, DateWindow window, boolean zh) {
    List<Division> villages = season.scenario().county().tree().villages();
    int days = (int) window.days();
    int cell = 6;
    int label = 140;
    html.append("<h2>").append(esc(zh ? "到报热力图（村 × 日）" : "Reporting heatmap (villages × days)"))
        .append("</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(label + days * cell + 10)
        .append("\" height=\"").append(villages.size() * cell + 10).append("\" role=\"img\">\n");
    for (int v = 0; v < villages.size(); v++) {
      DivisionCode code = villages.get(v).code();
      if (v % 10 == 0) {
        html.append("<text x=\"0\" y=\"").append(v * cell + cell).append("\" font-size=\"9\">")
            .append(esc(villages.get(v).name())).append("</text>");
      }
      LocalDate day = window.start();
      for (int d = 0; d < days; d++, day = day.plusDays(1)) {
        html.append("<rect x=\"").append(label + d * cell).append("\" y=\"").append(v * cell)
            .append("\" width=\"").append(cell).append("\" height=\"").append(cell).append("\" fill=\"")
            .append(colour(presence.state(code, day))).append("\"/>");
      }
      html.append('\n');
    }
    html.append("</svg>\n");
  }

  private static String colour(UnitDayState state) {
    switch (state) {
      case ON_TIME_FIGURES:
        return "#2e7d32";
      case ON_TIME_ZERO:
        return "#81c784";
      case LATE_ZERO:
      case LATE_FIGURES:
        return "#f9a825";
      case MISSING:
        return "#c62828";
      default:
        return "#eeeeee";
    }
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
