package org.communityprevention.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.reporting.completeness.UnitDayState;

/**
 * The reporting heatmap: one row per township, each day coloured by the worst state among its villages, a row that
 * opens to its villages (an HTML {@code details} element, so no script), townships and villages sorted worst first,
 * a date axis, a legend and a tooltip on every cell. At 600 villages the page still shows a few township rows.
 */
final class ReportingHeatmap {
  /** A unit's states and filing times, one per day from the heatmap's start. */
  record Unit(String name, String code, List<UnitDayState> states, List<Optional<Instant>> filedAt) {
    long count(Shade shade) {
      return states.stream().filter(s -> Shade.of(s) == shade).count();
    }
  }

  /** A township and its villages and communities. */
  record Township(String name, List<Unit> villages) {}

  /** The colours of the heatmap, worst first: each state of a unit-day has one. */
  enum Shade {
    MISSING("#cf222e", "缺报", "missing"),
    LATE("#d4a72c", "迟报", "late"),
    ON_TIME_ZERO("#8fd19e", "按时零报告", "zero report on time"),
    ON_TIME_FIGURES("#1a7f37", "按时数据报告", "figures on time"),
    NOT_DUE("#eaeef2", "不应报或待报", "not expected or pending");

    final String colour;
    final String chinese;
    final String english;

    Shade(String colour, String chinese, String english) {
      this.colour = colour;
      this.chinese = chinese;
      this.english = english;
    }

    static Shade of(UnitDayState state) {
      switch (state) {
        case MISSING:
          return MISSING;
        case LATE_ZERO:
        case LATE_FIGURES:
          return LATE;
        case ON_TIME_ZERO:
          return ON_TIME_ZERO;
        case ON_TIME_FIGURES:
          return ON_TIME_FIGURES;
        default:
          return NOT_DUE;
      }
    }
  }

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter FILED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final int LEFT = 170;
  private static final int CELL = 10;
  private static final int TOWNSHIP_ROW = 28;
  private static final int VILLAGE_ROW = 14;
  /** Worst first: most missing days, then most late days, then by code so equal units keep one order. */
  private static final Comparator<Unit> WORST_UNIT = Comparator.comparingLong((Unit u) -> -u.count(Shade.MISSING))
      .thenComparingLong(u -> -u.count(Shade.LATE)).thenComparing(Unit::code);

  private final LocalDate start;
  private final int days;
  private final boolean zh;
  private final DateAxis axis;

  private ReportingHeatmap(LocalDate start, int days, Locale lang) {
    this.start = start;
    this.days = days;
    this.zh = "zh".equals(lang.getLanguage());
    this.axis = new DateAxis(start, days, LEFT, CELL, lang);
  }

  /** The heatmap of these townships over {@code days} days from {@code start}. */
  static String html(List<Township> townships, LocalDate start, int days, Locale lang) {
    return new ReportingHeatmap(start, days, lang).render(townships);
  }

  /** Townships worst first (their villages' missing days, then late days), villages worst first within each. */
  static List<Township> worstFirst(List<Township> townships) {
    List<Township> sorted = new ArrayList<>();
    for (Township t : townships) {
      List<Unit> villages = new ArrayList<>(t.villages());
      villages.sort(WORST_UNIT);
      sorted.add(new Township(t.name(), villages));
    }
    sorted.sort(Comparator.comparingLong((Township t) -> -total(t, Shade.MISSING))
        .thenComparingLong(t -> -total(t, Shade.LATE)).thenComparing(Township::name));
    return sorted;
  }

  private String render(List<Township> townships) {
    StringBuilder out = new StringBuilder();
    Map<String, String> legend = new LinkedHashMap<>();
    for (Shade s : Shade.values()) {
      legend.put(zh ? s.chinese : s.english, s.colour);
    }
    out.append(HtmlReport.legend(legend));
    out.append("<p class=\"meta\">").append(HtmlReport.esc(zh
        ? "乡镇（街道）行显示当日所辖村（社区）中最差的状态；点击乡镇行展开所辖村（社区）。悬停在格子上查看单位、日期、状态和报送时间。"
        : "A township's row shows the worst state among its villages that day; select a township to open its villages. "
            + "Hover over a cell for the unit, day, state and filing time.")).append("</p>\n");
    out.append("<div class=\"scroll heatmap\">\n");
    out.append(axis.svg(zh ? "日期" : "date"));
    for (Township t : worstFirst(townships)) {
      out.append("<details class=\"township\"><summary>").append(townshipRow(t)).append("</summary>\n");
      out.append(villageRows(t)).append("</details>\n");
    }
    out.append(axis.svg(zh ? "日期" : "date"));
    out.append("</div>\n");
    return out.toString();
  }

  private String townshipRow(Township t) {
    StringBuilder svg = open(TOWNSHIP_ROW, t.name());
    long missing = total(t, Shade.MISSING);
    long late = total(t, Shade.LATE);
    svg.append(String.format(Locale.ROOT, "<text class=\"marker\" x=\"0\" y=\"13\" font-size=\"11\" fill=\"#57606a\">▶</text>"
        + "<text x=\"14\" y=\"12\" font-size=\"13\" font-weight=\"600\" fill=\"#1f2328\">%s</text>"
        + "<text x=\"14\" y=\"25\" font-size=\"11\" fill=\"#57606a\">%s</text>%n", HtmlReport.esc(t.name()),
        HtmlReport.esc(zh ? t.villages().size() + " 个 · 缺报 " + missing + " · 迟报 " + late
            : t.villages().size() + " · " + missing + " missing · " + late + " late")));
    for (int d = 0; d < days; d++) {
      int[] byShade = new int[Shade.values().length];
      for (Unit v : t.villages()) {
        byShade[Shade.of(v.states().get(d)).ordinal()]++;
      }
      Shade worst = Shade.NOT_DUE;
      for (Shade s : Shade.values()) {
        if (byShade[s.ordinal()] > 0) {
          worst = s;
          break;
        }
      }
      StringBuilder tip = new StringBuilder(t.name()).append(' ').append(day(d)).append(zh ? "：" : ": ");
      List<String> parts = new ArrayList<>();
      for (Shade s : Shade.values()) {
        if (byShade[s.ordinal()] > 0) {
          parts.add(zh ? s.chinese + " " + byShade[s.ordinal()] : byShade[s.ordinal()] + " " + s.english);
        }
      }
      tip.append(String.join(zh ? "，" : ", ", parts));
      svg.append(rect(d, 3, TOWNSHIP_ROW - 6, worst, tip.toString()));
    }
    return svg.append("\n</svg>").toString();
  }

  private String villageRows(Township t) {
    StringBuilder svg = open(t.villages().size() * VILLAGE_ROW + 4, t.name());
    int y = 2;
    for (Unit v : t.villages()) {
      svg.append(String.format(Locale.ROOT, "<text x=\"24\" y=\"%d\" font-size=\"11\" fill=\"#1f2328\">%s</text>", y + 10,
          HtmlReport.esc(v.name())));
      for (int d = 0; d < days; d++) {
        UnitDayState state = v.states().get(d);
        String filed = v.filedAt().get(d).map(i -> (zh ? "，报送于 " : ", filed ") + FILED.format(i.atZone(BEIJING)))
            .orElse("");
        String tip = v.name() + " " + day(d) + (zh ? "：" : ": ") + (zh ? state.chinese() : state.english()) + filed;
        svg.append(rect(d, y, VILLAGE_ROW - 2, Shade.of(state), tip));
      }
      svg.append('\n');
      y += VILLAGE_ROW;
    }
    return svg.append("</svg>\n").toString();
  }

  private StringBuilder open(int height, String label) {
    return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
        + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n", axis.width(), height, axis.width(), height,
        HtmlReport.esc(label)));
  }

  private String rect(int d, int y, int height, Shade shade, String tip) {
    return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
        axis.x(d), y, CELL - 1, height, shade.colour, HtmlReport.esc(tip));
  }

  private String day(int d) {
    return start.plusDays(d).toString();
  }

  private static long total(Township t, Shade shade) {
    return t.villages().stream().mapToLong(v -> v.count(shade)).sum();
  }
}
