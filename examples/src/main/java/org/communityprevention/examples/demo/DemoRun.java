package org.communityprevention.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.communityprevention.core.area.AreaFeature;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.area.LevelHistory;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.Division;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.CategoryCounts;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.DayClassifier;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ResidentTable;
import org.communityprevention.core.population.SocialStatus;
import org.communityprevention.core.population.Track;
import org.communityprevention.core.population.ledger.PopulationLedger;
import org.communityprevention.core.population.ledger.UnmanagedFinding;
import org.communityprevention.core.returnee.Returnee;
import org.communityprevention.core.returnee.ReturneeFinding;
import org.communityprevention.core.returnee.ReturneeFindingKind;
import org.communityprevention.core.returnee.ReturneeStatus;
import org.communityprevention.core.returnee.ReturneeTally;
import org.communityprevention.core.returnee.Returnees;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.completeness.ReportingRecords;
import org.communityprevention.reporting.completeness.UnitDayState;
import org.communityprevention.reporting.completeness.UnitReportingRecord;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.SubmissionConflict;
import org.communityprevention.reporting.report.UnitDayReports;
import org.communityprevention.reporting.signal.ConcealmentChecks;
import org.communityprevention.reporting.signal.ConcealmentSignal;
import org.communityprevention.reporting.signal.SignalSeverity;
import org.communityprevention.reporting.signal.UnitDayFacts;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.election.ElectionStatus;
import org.communityprevention.risk.election.ElectionSuspension;
import org.communityprevention.risk.response.EmergencyResponse;
import org.communityprevention.risk.response.OrderAuthority;
import org.communityprevention.risk.response.ResponseOrder;
import org.communityprevention.risk.response.ResponseOrders;
import org.communityprevention.risk.response.ResponseState;
import org.communityprevention.risk.response.ResponseTimeline;
import org.communityprevention.risk.response.ResponseTransition;
import org.communityprevention.risk.timeline.LevelTransition;
import org.communityprevention.risk.timeline.RiskMap;
import org.communityprevention.risk.timeline.RiskTimeline;
import org.communityprevention.risk.timeline.RiskTimelines;
import org.communityprevention.risk.timeline.TimelineBatch;
import org.communityprevention.services.allocation.CapacityPlan;
import org.communityprevention.services.allocation.ServiceQueue;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.ChannelFinding;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.SelfCare;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.eligibility.ServiceNeeds;
import org.communityprevention.services.facility.Facility;
import org.communityprevention.services.facility.FacilityOperatingRules;
import org.communityprevention.services.facility.FacilityRoom;
import org.communityprevention.services.facility.FacilityRules;
import org.communityprevention.services.facility.RoomRule;
import org.communityprevention.services.subsidy.DutyPeriod;
import org.communityprevention.services.subsidy.SubsidyCalculator;
import org.communityprevention.services.subsidy.SubsidyEntitlement;
import org.communityprevention.services.subsidy.WorkerDuty;
import org.communityprevention.services.village.VillageDay;
import org.communityprevention.services.village.VillageServicePlan;
import org.communityprevention.services.village.VillageServicePlanner;
import org.communityprevention.testkit.county.SampleCounty;
import org.communityprevention.testkit.county.SampleScenario;

/**
 * One run of the demo: every step of the library over the sample season, with its timing, then the report. The
 * report opens with what needs action, worst first, and every list it cuts is written in full beside it.
 */
final class DemoRun {
  /** Rows of a list the page shows; the rest is in the files beside it. */
  private static final int SHOWN = 25;

  /** A line of the summary and its urgency: the more urgent come first, equal ones in the order found. */
  private record Ranked(Urgency urgency, HtmlReport.SummaryLine line) {}

  /** A list of the findings section and its urgency, that of its worst row. */
  private record FindingSection(Urgency urgency, Runnable render) {}

  private final Demo.DemoOptions options;
  private final PrintStream out;
  private final Locale lang;
  private final boolean zh;
  private final List<String[]> timings = new ArrayList<>();
  private final List<FullList> lists = new ArrayList<>();
  private final List<Ranked> actions = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final HtmlReport html;
  /** Finding lists, shown together in the findings section after the figures. */
  private final List<FindingSection> findingSections = new ArrayList<>();

  private DemoRun(Demo.DemoOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.lang = options.lang();
    this.zh = options.zh();
    String file = Path.of(options.out()).getFileName().toString();
    this.html = new HtmlReport(zh ? "城乡社区防控规则库 · 演示报告（青山县，虚构）"
        : "community-prevention · demo report (Qingshan county, fictional)", lang,
        file.endsWith(".html") ? file.substring(0, file.length() - ".html".length()) : file);
  }

  static DemoRun execute(Demo.DemoOptions options, PrintStream out) {
    DemoRun run = new DemoRun(options, out);
    run.all();
    return run;
  }

  /** The page. */
  String html() {
    return html.render();
  }

  /** The full lists the page links to, by file name: CSV (UTF-8 with a byte order mark) and JSON Lines. */
  Map<String, byte[]> listFiles() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (FullList list : lists) {
      files.put(html.fileOf(list, "csv"), list.csv());
      files.put(html.fileOf(list, "jsonl"), list.jsonLines());
    }
    return files;
  }

  /** Writes the page to {@code path} and its full lists beside it. */
  void writeTo(Path path) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Files.writeString(path, html(), java.nio.charset.StandardCharsets.UTF_8);
    for (Map.Entry<String, byte[]> file : listFiles().entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
  }

  private String t(String chinese, String english) {
    return zh ? chinese : english;
  }

  private <T> T step(String chinese, String english, Supplier<T> work) {
    out.print("  … " + t(chinese, english));
    out.flush();
    long start = System.nanoTime();
    T result = work.get();
    long ms = (System.nanoTime() - start) / 1_000_000;
    out.println(" (" + ms + " ms)");
    timings.add(new String[] {t(chinese, english), Long.toString(ms)});
    return result;
  }

  /** Prints a warning to the console and keeps it for the page. */
  private void warn(String text) {
    out.println("  ! " + text);
    warnings.add(text);
  }

  private void all() {
    Policy policy = NationalBaselines.inForceOn(SampleScenario.START);
    out.println(t("城乡社区防控规则库 · 演示（民发〔2021〕11号）", "community-prevention · demo (民发〔2021〕11号)"));
    out.println(t("政策：", "Policy: ") + policy.ref() + " — " + (zh ? policy.titleZh() : policy.titleEn()));
    SampleScenario s = step("生成虚构县：村（社区）、居民、疫情和日报", "building the fictional county, residents, wave and reports",
        () -> SampleScenario.build(options.seed(), options.villages(), options.residents(), options.days()));
    DateWindow season = s.season();
    LocalDate snapshot = s.snapshotDay();
    LocalDate lastDay = season.lastDay().orElseThrow();
    out.printf(Locale.ROOT, t("  %d 个乡镇（街道），%d 个村（社区），%d 名居民；%s 至 %s；重点日 %s%n",
        "  %d townships, %d villages and communities, %d residents; %s to %s; snapshot day %s%n"),
        s.county().townships().size(), s.county().tree().villageCount(), s.residents().size(), season.start(),
        lastDay, snapshot);
    List<String> unverified = policy.unverifiedFields();
    if (!unverified.isEmpty()) {
      warn(t("政策 " + policy.ref() + " 中有 " + unverified.size() + " 个值是未经核实的默认值（标记 U），使用前请按本省规定核实替换",
          "policy " + policy.ref() + " holds " + unverified.size() + " unverified default values (marked U): "
              + "check them against your province's rules before relying on them"));
    }

    html.section("summary", t("需要处理的事项", "What needs action"));
    html.meta(t("截至 " + lastDay + "（报告期 " + season.start() + " 至 " + lastDay + "，" + season.days()
            + " 天），按严重程度排序。数据为虚构，由种子 " + s.seed() + " 确定生成；" + s.county().townships().size()
            + " 个乡镇（街道），" + html.number(s.county().tree().villageCount()) + " 个村（社区），"
            + html.number(s.residents().size()) + " 名居民；政策 " + policy.ref() + "。",
        "As of " + lastDay + " (reporting period " + season.start() + " to " + lastDay + ", " + season.days()
            + " days), worst first. Fictional data, deterministic from seed " + s.seed() + "; "
            + s.county().townships().size() + " townships, " + html.number(s.county().tree().villageCount())
            + " villages and communities, " + html.number(s.residents().size()) + " residents; policy "
            + policy.ref() + "."));
    html.summaryLater();

    RiskMap riskMap = risk(policy, s);
    List<PersonFacts> residents = withAreas(s, riskMap, snapshot);
    Map<DivisionCode, SampleScenario.VillageDay[]> known = population(policy, s, residents, snapshot);
    returnees(policy, s, lastDay);
    reporting(policy, s, known);
    services(policy, s, riskMap, residents, snapshot);

    html.section("findings", t("发现（含理由与条款）", "Findings, with reasons and clauses"));
    // Most urgent first, as the summary: the first finding of the page is the gravest one (a stable sort).
    findingSections.stream().sorted(Comparator.comparing(FindingSection::urgency))
        .forEach(f -> f.render().run());

    html.section("policy", t("政策 " + policy.ref() + " 中未经核实的值", "Unverified values of policy " + policy.ref()));
    html.warning(t("以下值标记为 U：是待替换的默认值，不是事实。使用前请按本省规定核实并替换。",
        "These values are marked U: defaults to replace, not facts. Check them against your province's rules "
            + "before relying on them."));
    List<List<Object>> unverifiedRows = new ArrayList<>();
    for (String field : unverified) {
      unverifiedRows.add(List.of(new HtmlReport.Code(field), policy.provenance().get(field).source()));
    }
    showList(new FullList("unverified-policy-values", List.of(new FullList.Column("field", t("字段", "Field")),
        new FullList.Column("source", t("来源", "Source"))), unverifiedRows), t("按字段", "by field"));

    html.section("timings", t("各步骤耗时", "Time per step"));
    List<List<Object>> timingRows = new ArrayList<>();
    timings.forEach(tm -> timingRows.add(List.of(tm[0], Long.parseLong(tm[1]))));
    html.table(new HtmlReport.Table(List.of(t("步骤", "Step"), t("毫秒", "ms")), timingRows));

    List<HtmlReport.SummaryLine> lines = actions.stream().sorted(Comparator.comparing(Ranked::urgency))
        .map(Ranked::line).toList();
    html.summary(lines, warnings, t("报告期内没有需要处理的事项。", "Nothing needs action in the reporting period."));
  }

  private void action(Urgency urgency, long count, String text, String clauses, String section,
      Map<String, String> data) {
    if (count > 0) {
      actions.add(new Ranked(urgency, new HtmlReport.SummaryLine(count, text, clauses, section, data)));
    }
  }

  private void showList(FullList list, String order) {
    lists.add(list);
    html.list(list, SHOWN, order);
  }

  private String worstFirst() {
    return t("按严重程度排序，最严重在前", "worst first");
  }

  private String latestFirst() {
    return t("最新在前", "latest first");
  }

  /** A finding list in the findings section: a sub-heading with an anchor, then the list. */
  private void findingList(Urgency urgency, String id, String heading, FullList list, String order) {
    lists.add(list);
    findingSections.add(new FindingSection(urgency, () -> {
      html.subheading(id, heading);
      html.list(list, SHOWN, order);
    }));
  }

  // ---------------------------------------------------------------- risk

  private RiskMap risk(Policy policy, SampleScenario s) {
    out.println();
    out.println(t("一、风险等级与应急响应（§1.4、§2.1、§1.8）", "1. Risk levels and the emergency response (§1.4, §2.1, §1.8)"));
    DesignationRules rules = DesignationRules.of(policy);
    List<CaseReport> reports = new ArrayList<>();
    int n = 0;
    for (SampleScenario.Cases c : s.cases()) {
      reports.add(new CaseReport.Builder().id("case-report-" + (n++)).area(AreaId.of(c.village())).date(c.day())
          .localConfirmed(c.confirmed()).localAsymptomatic(c.asymptomatic()).clusterId(c.clusterId()).build());
    }
    TimelineBatch batch = step("计算各乡镇风险时间线", "computing township risk timelines",
        () -> RiskTimelines.timelines(rules, s.season(), reports, List.of()));
    RiskMap map = RiskMap.ofTimelines(policy, s.season(), batch.timelines());
    List<List<Object>> changeRows = new ArrayList<>();
    for (RiskTimeline timeline : batch.timelines()) {
      for (LevelTransition tr : timeline.transitions()) {
        String name = nameOf(s, timeline.area().division());
        String why = String.join(t("；", "; "), tr.reasons().stream().map(r -> r.text(lang)).toList());
        out.printf(Locale.ROOT, "  %s %s: %s → %s%n", tr.effectiveDate(), name, level(tr.fromLevel()), level(tr.toLevel()));
        out.println("      " + why);
        changeRows.add(List.of(tr.effectiveDate().toString(), name, level(tr.fromLevel()) + " → "
            + level(tr.toLevel()), why, clausesOf(tr.reasons())));
      }
    }
    // The latest changes first: the reader acts on the current levels.
    changeRows.sort(Comparator.comparing((List<Object> r) -> (String) r.get(0)).reversed());
    findingList(Urgency.LEVEL_CHANGE, "level-changes", t("风险等级变化（§1.4）", "Risk level changes (§1.4)"),
        new FullList("level-changes", List.of(new FullList.Column("date", t("日期", "Date")),
            new FullList.Column("area", t("地区", "Area")), new FullList.Column("change", t("变化", "Change")),
            new FullList.Column("reason", t("理由", "Reason")), new FullList.Column("clauses", t("条款", "Clauses"))),
            changeRows), latestFirst());

    LocalDate lastDay = s.season().lastDay().orElseThrow();
    List<Division> townships = new ArrayList<>(s.county().townships());
    Map<DivisionCode, List<RiskLevel>> levelsOf = new HashMap<>();
    for (Division township : townships) {
      List<RiskLevel> levels = new ArrayList<>();
      for (LocalDate d = s.season().start(); d.isBefore(s.season().endExclusive()); d = d.plusDays(1)) {
        levels.add(map.levelOf(AreaId.of(township.code()), d));
      }
      levelsOf.put(township.code(), levels);
    }
    // Worst first: the highest level reached, then the days at high, then at medium.
    townships.sort(Comparator.comparing((Division d) -> levelsOf.get(d.code()).stream().max(Comparator.naturalOrder())
            .orElse(RiskLevel.LOW), Comparator.reverseOrder())
        .thenComparingLong(d -> -levelsOf.get(d.code()).stream().filter(l -> l == RiskLevel.HIGH).count())
        .thenComparingLong(d -> -levelsOf.get(d.code()).stream().filter(l -> l == RiskLevel.MEDIUM).count())
        .thenComparing(Division::code));
    Map<String, List<RiskLevel>> rows = new LinkedHashMap<>();
    townships.forEach(township -> rows.put(township.name(), levelsOf.get(township.code())));
    html.section("risk", t("各乡镇风险等级时间线（§1.4）", "Risk level per township, day by day (§1.4)"));
    html.meta(t("最严重的乡镇（街道）在前。悬停在格子上查看日期和等级。", "Worst township first. Hover over a cell for its day and level."));
    html.raw(RiskChart.svg(rows, s.season().start(), lang));

    responses(policy, s, map, lastDay);
    elections(policy, s, map, lastDay);
    return map;
  }

  private void responses(Policy policy, SampleScenario s, RiskMap map, LocalDate lastDay) {
    Optional<ResponseOrder> order = countyOrder(s, map);
    List<ResponseOrder> orders = order.map(List::of).orElse(List.of());
    List<ResponseTimeline> timelines = step("计算各村（社区）应急响应", "computing every village's emergency response", () -> {
      List<ResponseTimeline> all = new ArrayList<>();
      for (Division v : s.county().tree().villages()) {
        AreaProfile profile = AreaProfile.of(!v.isCommunity(), AreaFeature.MANY_OUTBOUND_MIGRANT_WORKERS);
        all.add(EmergencyResponse.timeline(policy, v.code(), profile, map.villageSeries(v.code()), List.of(),
            ResponseOrders.applyingTo(orders, v.code())));
      }
      return all;
    });
    List<List<Object>> rows = new ArrayList<>();
    long startedOrRaised = 0;
    for (ResponseTimeline r : timelines) {
      ResponseState now = r.stateOn(lastDay);
      if (now == ResponseState.ACTIVATED || now == ResponseState.ESCALATED) {
        startedOrRaised++;
      }
      for (ResponseTransition tr : r.transitions()) {
        String measures = String.join(t("、", ", "), r.measuresOn(tr.date()).stream()
            .map(m -> zh ? m.chinese() : m.english()).toList());
        rows.add(List.of(tr.date().toString(), nameOf(s, r.village()), state(tr.fromState()) + " → "
            + state(tr.toState()), level(tr.toLevel()), decidedBy(tr), measures.isEmpty() ? "—" : measures));
      }
    }
    out.printf(Locale.ROOT, t("  %d 个村（社区）在 %s 应急响应处于启动或升级状态%n",
        "  %d villages have their emergency response started or raised on %s%n"), startedOrRaised, lastDay);
    rows.sort(Comparator.comparing((List<Object> r) -> (String) r.get(0)).reversed());
    html.subheading("responses", t("各村（社区）应急响应（§1.4、§2.1、§1.8）", "Emergency responses (§1.4, §2.1, §1.8)"));
    showList(new FullList("emergency-responses", List.of(new FullList.Column("date", t("日期", "Date")),
        new FullList.Column("village", t("村（社区）", "Village or community")),
        new FullList.Column("state", t("状态", "State")), new FullList.Column("level", t("风险等级", "Risk level")),
        new FullList.Column("decidedBy", t("决定来源", "Decided by")),
        new FullList.Column("measures", t("措施", "Measures"))), rows), latestFirst());
    order.ifPresent(o -> orderResponse(s, o, timelines));
    action(Urgency.RESPONSE, startedOrRaised, t("个村（社区）应急响应已启动或升级，尚未终止（" + lastDay + "）",
        "villages with their emergency response started or raised and not stood down (" + lastDay + ")"),
        "§1.4 §2.1 §1.8", "responses", Map.of("kind", "responses"));
  }

  /**
   * The county's response order of the demo (§2.1 "按照当地党委和政府部署要求"): for the first township that stays at
   * low risk all season, the county starts the emergency response at medium from 2021-02-08, the busiest week of the
   * Spring Festival returns, for a fortnight, with door-to-door screening added. Empty if no township stays low.
   */
  private static Optional<ResponseOrder> countyOrder(SampleScenario s, RiskMap map) {
    LocalDate start = LocalDate.of(2021, 2, 8);
    if (!s.season().contains(start)) {
      return Optional.empty();
    }
    for (Division township : s.county().townships()) {
      boolean low = true;
      for (LocalDate d = s.season().start(); low && d.isBefore(s.season().endExclusive()); d = d.plusDays(1)) {
        low = map.levelOf(AreaId.of(township.code()), d) == RiskLevel.LOW;
      }
      if (low) {
        return Optional.of(new ResponseOrder.Builder().authority(OrderAuthority.COUNTY)
            .document("青山县疫情防控指挥部通告第3号").area(township.code()).level(RiskLevel.MEDIUM)
            .addMeasures(ResponseMeasure.DOOR_TO_DOOR_SCREENING).start(start).endExclusive(start.plusDays(14))
            .build());
      }
    }
    return Optional.empty();
  }

  /**
   * What the order did: the villages whose response it started while their township was at low risk, and the
   * reasons of the first one's start, each saying which source decided.
   */
  private void orderResponse(SampleScenario s, ResponseOrder o, List<ResponseTimeline> timelines) {
    String township = nameOf(s, o.area());
    List<ResponseTransition> started = new ArrayList<>();
    for (ResponseTimeline r : timelines) {
      for (ResponseTransition tr : r.transitions()) {
        if (tr.date().equals(o.start()) && decidedByOrder(tr)) {
          started.add(tr);
        }
      }
    }
    out.printf(Locale.ROOT, t("  %s：%s 起按%s部署要求（%s）启动应急响应的村（社区）%d 个，该乡镇为低风险%n",
        "  %s: %d villages start their emergency response on %s by the order %s of the %s, the township at low risk%n"),
        zh ? new Object[] {township, o.start(), o.authority().chinese(), o.document(), started.size()}
            : new Object[] {township, started.size(), o.start(), o.document(), o.authority().english()});
    html.subheading("order-response", t("按部署要求启动的应急响应（" + township + "，" + o.start() + "，§2.1）",
        "Emergency response started by order (" + township + ", " + o.start() + ", §2.1)"));
    html.paragraph(t(o.authority().chinese() + "部署要求（" + o.document() + "）：" + township + "自 " + o.start()
            + " 起应急响应不低于" + level(o.level()) + "，增加" + String.join("、", o.measures().stream()
            .map(ResponseMeasure::chinese).toList()) + "，至 " + o.endExclusive().orElseThrow().minusDays(1)
            + "。该乡镇整个报告期为" + level(RiskLevel.LOW) + "：应急响应由部署要求启动，而不是由风险等级启动。",
        "The order " + o.document() + " of the " + o.authority().english() + ": " + township + " runs its response "
            + "at least at " + level(o.level()) + " from " + o.start() + ", adding " + String.join(", ",
            o.measures().stream().map(ResponseMeasure::english).toList()) + ", until "
            + o.endExclusive().orElseThrow().minusDays(1) + ". The township is at " + level(RiskLevel.LOW)
            + " all period: the order starts the response, not the risk level."));
    if (!started.isEmpty()) {
      ResponseTransition first = started.get(0);
      List<List<Object>> rows = new ArrayList<>();
      for (Reason r : first.reasons()) {
        if (SOURCE_REASONS.contains(r.code())) {
          rows.add(List.of(r.text(lang), clausesOf(List.of(r))));
        }
      }
      html.meta(t("首个村（社区）：", "The first village: ") + nameOf(s, first.village()) + t("。", "."));
      html.table(new HtmlReport.Table(List.of(t("理由", "Reason"), t("条款", "Clauses")), rows));
    }
    action(Urgency.RESPONSE, started.size(), t("个村（社区）按" + o.authority().chinese() + "部署要求（" + o.document()
            + "）于 " + o.start() + " 启动应急响应，所在" + township + "为低风险",
        "villages start their emergency response on " + o.start() + " by the order " + o.document() + " of the "
            + o.authority().english() + ", " + township + " being at low risk"), "§2.1", "order-response",
        Map.of("kind", "order-response", "document", o.document(), "day", o.start().toString()));
  }

  /**
   * The reasons of a change that say what happened and which source decided; the measures are shown through their
   * terms in the list instead.
   */
  private static final java.util.Set<String> SOURCE_REASONS = java.util.Set.of(EmergencyResponse.ACTIVATED,
      EmergencyResponse.ESCALATED, EmergencyResponse.DE_ESCALATED, EmergencyResponse.STOOD_DOWN,
      EmergencyResponse.ORDER_STARTED, EmergencyResponse.ORDER_ENDED, EmergencyResponse.DECIDED_BY_LEVEL,
      EmergencyResponse.DECIDED_BY_ORDER, EmergencyResponse.DECIDED_BY_BOTH);

  private static boolean decidedByOrder(ResponseTransition tr) {
    return tr.reasons().stream().anyMatch(r -> EmergencyResponse.DECIDED_BY_ORDER.equals(r.code()));
  }

  /** Which source decided a change, in the page's language: the risk level, an order, or both. */
  private String decidedBy(ResponseTransition tr) {
    for (Reason r : tr.reasons()) {
      if (EmergencyResponse.DECIDED_BY_ORDER.equals(r.code())) {
        return t("部署要求", "an order");
      }
      if (EmergencyResponse.DECIDED_BY_BOTH.equals(r.code())) {
        return t("风险等级与部署要求", "the risk level and an order");
      }
    }
    return t("风险等级", "the risk level");
  }

  private void elections(Policy policy, SampleScenario s, RiskMap map, LocalDate lastDay) {
    List<List<Object>> rows = new ArrayList<>();
    for (Division v : s.county().tree().villages()) {
      RiskLevel level = map.villageLevel(v.code(), lastDay);
      Decision<ElectionStatus> d = ElectionSuspension.decide(policy, level);
      if (d.outcome() == ElectionStatus.SUSPENDED) {
        rows.add(List.of(nameOf(s, v.code()), new HtmlReport.Code(v.code().value()), level(level),
            zh ? d.outcome().chinese() : d.outcome().english(),
            String.join(t("；", "; "), d.reasons().stream().map(r -> r.text(lang)).toList()),
            clausesOf(d.reasons())));
      }
    }
    out.printf(Locale.ROOT, t("  %d 个村（社区）在 %s 暂停换届选举（§4.2）%n", "  %d villages have their election suspended on %s (§4.2)%n"),
        rows.size(), lastDay);
    html.subheading("elections", t("暂停换届选举的村（社区）（" + lastDay + "，§4.2）",
        "Villages with their election suspended on " + lastDay + " (§4.2)"));
    showList(new FullList("elections-suspended", List.of(new FullList.Column("village", t("村（社区）", "Village")),
        new FullList.Column("code", t("区划代码", "Division code")), new FullList.Column("level", t("等级", "Level")),
        new FullList.Column("status", t("状态", "Status")), new FullList.Column("reason", t("理由", "Reason")),
        new FullList.Column("clauses", t("条款", "Clauses"))), rows), t("按区划代码", "by division code"));
    action(Urgency.ELECTION, rows.size(), t("个村（社区）暂停换届选举（" + lastDay + "）", "villages with their election suspended ("
        + lastDay + ")"), "§4.2", "elections", Map.of("kind", "elections"));
  }

  // ---------------------------------------------------------------- returnees

  /**
   * The returnee workload of the 2021 Spring Festival travel season (春运, §2.3): every village's figures per day from
   * the returnees' records, the county's per township on the last day, and each returnee's findings.
   */
  private void returnees(Policy policy, SampleScenario s, LocalDate lastDay) {
    out.println(t("  返乡人员（2021年春运，§2.3）", "  Holiday returnees (2021 Spring Festival travel season, §2.3)"));
    List<Returnee> records = step("生成返乡人员登记记录", "building the returnees' records", () -> SampleReturnees.of(s));
    Returnees rule = Returnees.under(policy);
    Map<DivisionCode, List<Returnee>> byVillage = new LinkedHashMap<>();
    for (Division v : s.county().tree().villages()) {
      byVillage.put(v.code(), new ArrayList<>());
    }
    records.forEach(r -> byVillage.get(r.village()).add(r));
    int days = (int) s.season().days();
    Map<DivisionCode, ReturneeTally[]> tallies = step("逐村逐日统计返乡人员", "tallying returnees per village and day",
        () -> {
          // Villages are independent: tallied side by side, then kept in the tree's order.
          Map<DivisionCode, ReturneeTally[]> done = new java.util.concurrent.ConcurrentHashMap<>();
          byVillage.entrySet().parallelStream().forEach(entry -> {
            DivisionCode village = entry.getKey();
            List<Returnee> list = entry.getValue();
            ReturneeTally[] perDay = new ReturneeTally[days];
            for (int d = 0; d < days; d++) {
              LocalDate day = s.season().start().plusDays(d);
              // Someone who has not yet left their origin counts on a day only if they register on it: their
              // monitoring starts at the earliest on leaving and their findings on returning. The library's tally
              // over the rest is the same, and quicker.
              List<Returnee> relevant = new ArrayList<>();
              for (Returnee r : list) {
                if (!r.departedOn().isAfter(day) || r.registeredOn().map(day::equals).orElse(false)) {
                  relevant.add(r);
                }
              }
              perDay[d] = rule.tally(village, day, relevant);
            }
            done.put(village, perDay);
          });
          Map<DivisionCode, ReturneeTally[]> all = new LinkedHashMap<>();
          byVillage.keySet().forEach(v -> all.put(v, done.get(v)));
          return all;
        });
    long[] county = new long[days];
    int peakDay = 0;
    long registered = 0;
    for (ReturneeTally[] perDay : tallies.values()) {
      for (int d = 0; d < days; d++) {
        county[d] += perDay[d].underMonitoring();
        registered += perDay[d].registeredToday();
      }
    }
    for (int d = 1; d < days; d++) {
      peakDay = county[d] > county[peakDay] ? d : peakDay;
    }
    int last = days - 1;
    long missingRegistration = tallies.values().stream().mapToLong(t -> t[last].missingRegistration()).sum();
    long missingTest = tallies.values().stream().mapToLong(t -> t[last].missingTestProof()).sum();
    LocalDate peak = s.season().start().plusDays(peakDay);
    out.printf(Locale.ROOT, t("  返乡人员 %d 名，登记 %d 名；在管人数最多在 %s（%d 名）；截至 %s 未按时登记 %d 名，无有效核酸证明 %d 名%n",
        "  %d returnees, %d registered; most under monitoring on %s (%d); by %s %d not registered in time, %d without "
            + "a valid test%n"), records.size(), registered, peak, county[peakDay], lastDay, missingRegistration,
        missingTest);

    html.subheading("returnees", t("返乡人员工作量（2021年春运，" + policy.population().holidayWindow().start() + " 起，§2.3）",
        "Holiday returnee workload (2021 Spring Festival travel season from "
            + policy.population().holidayWindow().start() + ", §2.3)"));
    html.paragraph(t("返乡人员 " + html.number(records.size()) + " 名，已登记 " + html.number(registered)
            + " 名；全县在管人数最多在 " + peak + "，为 " + html.number(county[peakDay]) + " 名。返乡前 "
            + policy.population().returneeTestValidDays().orElse(0) + " 天内的核酸阴性证明与返乡当日前登记按政策核查。",
        html.number(records.size()) + " returnees, " + html.number(registered) + " registered; the most under "
            + "monitoring county-wide on " + peak + ": " + html.number(county[peakDay]) + ". A negative test from "
            + "the " + policy.population().returneeTestValidDays().orElse(0) + " days before the return and a "
            + "registration by the return day are checked as the policy asks."));
    List<List<Object>> townshipRows = new ArrayList<>();
    for (Division township : s.county().townships()) {
      long[] sum = new long[4];
      for (Division v : s.county().tree().villagesUnder(township.code())) {
        ReturneeTally[] perDay = tallies.get(v.code());
        for (int d = 0; d < days; d++) {
          sum[0] += perDay[d].registeredToday();
        }
        sum[1] += perDay[peakDay].underMonitoring();
        sum[2] += perDay[last].missingRegistration();
        sum[3] += perDay[last].missingTestProof();
      }
      townshipRows.add(List.of(township.name(), sum[0], sum[1], sum[2], sum[3]));
    }
    townshipRows.sort(Comparator.comparingLong((List<Object> r) -> -((Long) r.get(3) + (Long) r.get(4)))
        .thenComparing(r -> (String) r.get(0)));
    html.table(new HtmlReport.Table(List.of(t("乡镇（街道）", "Township"), t("登记", "Registered"),
        t("在管（" + peak + "）", "Under monitoring (" + peak + ")"),
        t("未按时登记（" + lastDay + "）", "Not registered in time (" + lastDay + ")"),
        t("无有效核酸证明（" + lastDay + "）", "Without a valid test (" + lastDay + ")")), townshipRows));

    List<List<Object>> dayRows = new ArrayList<>();
    for (Map.Entry<DivisionCode, ReturneeTally[]> e : tallies.entrySet()) {
      for (ReturneeTally tally : e.getValue()) {
        if (tally.registeredToday() + tally.underMonitoring() + tally.missingRegistration()
            + tally.missingTestProof() > 0) {
          dayRows.add(List.of(tally.day().toString(), nameOf(s, e.getKey()), new HtmlReport.Code(e.getKey().value()),
              tally.registeredToday(), tally.underMonitoring(), tally.missingRegistration(),
              tally.missingTestProof()));
        }
      }
    }
    // The latest day first, then the village with the most gaps: the reader acts on today's figures.
    dayRows.sort(Comparator.comparing((List<Object> r) -> (String) r.get(0)).reversed()
        .thenComparingInt(r -> -((Integer) r.get(5) + (Integer) r.get(6)))
        .thenComparing(r -> ((HtmlReport.Code) r.get(2)).text()));
    showList(new FullList("returnee-tallies", List.of(new FullList.Column("day", t("日期", "Day")),
        new FullList.Column("village", t("村（社区）", "Village")),
        new FullList.Column("code", t("区划代码", "Division code")),
        new FullList.Column("registered", t("当日登记", "Registered that day")),
        new FullList.Column("underMonitoring", t("在管", "Under monitoring")),
        new FullList.Column("missingRegistration", t("未按时登记", "Not registered in time")),
        new FullList.Column("missingTestProof", t("无有效核酸证明", "Without a valid test"))), dayRows),
        t("最新在前，同日缺项多的在前", "latest first, then the most gaps"));

    List<List<Object>> findingRows = new ArrayList<>();
    long withFindings = 0;
    for (Returnee r : records) {
      ReturneeStatus status = rule.status(r, lastDay);
      withFindings += status.findings().isEmpty() ? 0 : 1;
      for (ReturneeFinding f : status.findings()) {
        findingRows.add(List.of(new HtmlReport.Code(r.personId()), nameOf(s, r.village()), r.returnedOn().toString(),
            f.kind().in(lang), f.reason().text(lang), clausesOf(List.of(f.reason()))));
      }
    }
    // Worst first: no registration before a late one, no test before an old one, then the earliest return.
    findingRows.sort(Comparator.comparing((List<Object> r) -> kindRank((String) r.get(3)))
        .thenComparing(r -> (String) r.get(2)).thenComparing(r -> ((HtmlReport.Code) r.get(0)).text()));
    findingList(Urgency.RETURNEE_GAPS, "returnee-findings", t("返乡人员核查问题（截至 " + lastDay + "，§2.3）",
        "Returnee findings up to " + lastDay + " (§2.3)"), new FullList("returnee-findings", List.of(
            new FullList.Column("person", t("人员编号", "Person")), new FullList.Column("village", t("村（社区）", "Village")),
            new FullList.Column("returnedOn", t("返乡日期", "Returned on")),
            new FullList.Column("finding", t("问题", "Finding")), new FullList.Column("reason", t("理由", "Reason")),
            new FullList.Column("clauses", t("条款", "Clauses"))), findingRows), worstFirst());
    action(Urgency.RETURNEE_GAPS, missingRegistration, t("名返乡人员未按时登记报备（截至 " + lastDay + "）",
        "returnees not registered by their return day (up to " + lastDay + ")"), "§2.3", "returnee-findings",
        Map.of("kind", "returnee-registration"));
    action(Urgency.RETURNEE_GAPS, missingTest, t("名返乡人员无有效的返乡前核酸阴性证明（截至 " + lastDay + "）",
        "returnees without a valid negative pre-return test (up to " + lastDay + ")"), "§2.3", "returnee-findings",
        Map.of("kind", "returnee-test"));
    out.printf(Locale.ROOT, t("  %d 名返乡人员有核查问题%n", "  %d returnees with findings%n"), withFindings);
  }

  /** Where a returnee finding of a kind, named in the page's language, stands: the order of the kinds. */
  private int kindRank(String term) {
    for (ReturneeFindingKind k : ReturneeFindingKind.values()) {
      if (k.in(lang).equals(term)) {
        return k.ordinal();
      }
    }
    return ReturneeFindingKind.values().length;
  }

  // ---------------------------------------------------------------- population

  private Map<DivisionCode, SampleScenario.VillageDay[]> population(Policy policy, SampleScenario s,
      List<PersonFacts> residents, LocalDate snapshot) {
    out.println();
    out.println(t("二、重点人群分类（§2.2–§2.5、§5.3、§5.4）", "2. Key populations (§2.2–§2.5, §5.3, §5.4)"));
    PopulationClassifier classifier = PopulationClassifier.of(policy);
    ResidentTable table = step("建立居民列存表", "building the resident table", () -> ResidentTable.of(residents));
    CategoryCounts counts = step("全县分类计数（快速路径）", "county-wide category counts (hot path)",
        () -> classifier.count(table, snapshot));
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<Category, Long> e : counts.perCategory().entrySet()) {
      if (e.getValue() > 0) {
        String name = zh ? e.getKey().chinese() : e.getKey().english();
        out.printf(Locale.ROOT, "  %-34s %-5s %8d%n", name, e.getKey().clause().id(), e.getValue());
        rows.add(List.of(name, e.getKey().clause().id(), e.getValue()));
      }
    }
    html.section("population", t("重点人群（" + snapshot + "）", "Key populations on " + snapshot));
    html.table(new HtmlReport.Table(List.of(t("类别", "Category"), t("条款", "Clause"), t("人数", "People")), rows));

    DivisionCode focus = s.concealingVillage();
    List<PersonFacts> villageResidents = new ArrayList<>();
    for (int i = 0; i < residents.size(); i++) {
      if (s.residentVillages().get(i).equals(focus)) {
        villageResidents.add(residents.get(i));
      }
    }
    PopulationLedger ledger = step("一个村的工作清单", "one village's worker lists",
        () -> PopulationLedger.of(classifier, villageResidents, snapshot));
    String villageName = nameOf(s, focus);
    out.printf(Locale.ROOT, t("  %s：待摸排 %d，在管 %d，今日应检测 %d，今日期满 %d，走访 %d，扩大服务 %d，漏管 %d%n",
        "  %s: to survey %d, under management %d, tests due today %d, windows ending today %d, to visit %d,"
            + " in service scope %d, unmanaged %d%n"),
        villageName, ledger.toSurvey().size(), ledger.underManagement().size(), ledger.testsDueToday().size(),
        ledger.windowsEndingToday().size(), ledger.toVisit().size(), ledger.inServiceScope().size(),
        ledger.unmanaged().size());
    List<UnmanagedFinding> unmanaged = new ArrayList<>(ledger.unmanaged());
    unmanaged.sort(UNMANAGED_WORST_FIRST);
    for (UnmanagedFinding f : unmanaged.stream().limit(3).toList()) {
      out.println("    " + f.personId() + ": " + f.reason().text(lang));
    }
    html.subheading("worker-lists", villageName + t("的工作清单（" + snapshot + "）", ": worker lists on " + snapshot));
    html.table(new HtmlReport.Table(List.of(t("清单", "List"), t("人数", "People")), List.of(
        List.of(t("待摸排（§2.2）", "To survey (§2.2)"), ledger.toSurvey().size()),
        List.of(t("在管（§2.3–§2.5）", "Under management (§2.3–§2.5)"), ledger.underManagement().size()),
        List.of(t("今日应检测", "Tests due today"), ledger.testsDueToday().size()),
        List.of(t("今日期满", "Windows ending today"), ledger.windowsEndingToday().size()),
        List.of(t("走访慰问（§5.3）", "To visit (§5.3)"), ledger.toVisit().size()),
        List.of(t("扩大服务范围（§5.4）", "In service scope (§5.4)"), ledger.inServiceScope().size()),
        List.of(t("漏管（§2.3）", "Unmanaged (§2.3)"), ledger.unmanaged().size()))));
    List<List<Object>> unmanagedRows = new ArrayList<>();
    for (UnmanagedFinding f : unmanaged) {
      unmanagedRows.add(List.of(new HtmlReport.Code(f.personId()), zh ? f.kind().chinese() : f.kind().english(),
          String.join(t("、", ", "), f.categories().stream().map(c -> zh ? c.chinese() : c.english()).toList()),
          f.days().size(), f.reason().text(lang), clausesOf(List.of(f.reason()))));
    }
    findingList(Urgency.UNMANAGED, "unmanaged", villageName + t("的漏管人员（" + snapshot + "，§2.3）", ": people not managed as required on "
        + snapshot + " (§2.3)"), new FullList("unmanaged", List.of(new FullList.Column("person", t("人员编号", "Person")),
        new FullList.Column("finding", t("问题", "Finding")), new FullList.Column("categories", t("类别", "Categories")),
        new FullList.Column("days", t("天数", "Days")), new FullList.Column("reason", t("理由", "Reason")),
        new FullList.Column("clauses", t("条款", "Clauses"))), unmanagedRows), worstFirst());
    action(Urgency.UNMANAGED, unmanaged.size(), t("名管理对象漏管（" + villageName + "，" + snapshot + "）",
        "people not managed as required (" + villageName + ", " + snapshot + ")"), "§2.3", "unmanaged",
        Map.of("kind", "unmanaged"));

    // What each village holds on each day, from the hot path, for the concealment checks.
    return step("逐日计算各村在管人数", "daily managed counts per village", () -> knownPerDay(s, classifier, table));
  }

  /**
   * Unmanaged people worst first: isolation before contact tracing before monitoring (the track of the most
   * demanding category), then the most days, then by person id.
   */
  private static final Comparator<UnmanagedFinding> UNMANAGED_WORST_FIRST =
      Comparator.comparingInt((UnmanagedFinding f) -> -trackWeight(f))
          .thenComparingInt(f -> -f.days().size()).thenComparing(f -> f.kind().ordinal())
          .thenComparing(UnmanagedFinding::personId);

  private static int trackWeight(UnmanagedFinding f) {
    int worst = 0;
    for (Category c : f.categories()) {
      int w = c.track() == Track.ISOLATION ? 3 : c.track() == Track.CONTACT_TRACING ? 2
          : c.track() == Track.HEALTH_MONITORING ? 1 : 0;
      worst = Math.max(worst, w);
    }
    return worst;
  }

  /** The residents with the situation of their village's area on the snapshot day (§5.3/§5.4 depend on it). */
  private static List<PersonFacts> withAreas(SampleScenario s, RiskMap map, LocalDate snapshot) {
    Map<DivisionCode, AreaSituation> areas = new HashMap<>();
    List<PersonFacts> out = new ArrayList<>(s.residents().size());
    for (int i = 0; i < s.residents().size(); i++) {
      DivisionCode v = s.residentVillages().get(i);
      AreaSituation area = areas.computeIfAbsent(v, code -> AreaSituation.at(map.villageLevel(code, snapshot)));
      out.add(new PersonFacts.Builder().from(s.residents().get(i)).area(area).build());
    }
    return out;
  }

  private static Map<DivisionCode, SampleScenario.VillageDay[]> knownPerDay(SampleScenario s,
      PopulationClassifier classifier, ResidentTable table) {
    int days = (int) s.season().days();
    Map<DivisionCode, int[][]> tally = new HashMap<>();
    long monitoring = Category.maskOf(Track.HEALTH_MONITORING);
    for (int d = 0; d < days; d++) {
      DayClassifier day = classifier.on(s.season().start().plusDays(d));
      for (int row = 0; row < table.size(); row++) {
        long mask = day.effectiveMask(table, row);
        if (mask == 0) {
          continue;
        }
        int[][] t = tally.computeIfAbsent(s.residentVillages().get(row), k -> new int[days][4]);
        t[d][0] += Category.CLOSE_CONTACT.in(mask) ? 1 : 0;
        t[d][1] += Category.HOME_ISOLATION.in(mask) ? 1 : 0;
        t[d][2] += Category.CENTRALISED_ISOLATION.in(mask) ? 1 : 0;
        t[d][3] += (mask & monitoring) != 0 ? 1 : 0;
      }
    }
    Map<DivisionCode, SampleScenario.VillageDay[]> out = new HashMap<>();
    for (Division v : s.county().tree().villages()) {
      int[][] t = tally.getOrDefault(v.code(), new int[days][4]);
      SampleScenario.VillageDay[] perDay = new SampleScenario.VillageDay[days];
      for (int d = 0; d < days; d++) {
        perDay[d] = new SampleScenario.VillageDay(s.activeCases(v.code(), s.season().start().plusDays(d)),
            t[d][0], t[d][1], t[d][2], t[d][3]);
      }
      out.put(v.code(), perDay);
    }
    return out;
  }

  // ---------------------------------------------------------------- reporting

  private void reporting(Policy policy, SampleScenario s, Map<DivisionCode, SampleScenario.VillageDay[]> known) {
    out.println();
    out.println(t("三、日报告与零报告（§1.6、§2.3）", "3. Daily and zero reports (§1.6, §2.3)"));
    List<UnitChange> units = new ArrayList<>();
    for (Division v : s.county().tree().villages()) {
      units.add(UnitChange.opened(v.code(), SampleScenario.START.minusYears(1), v.name()));
    }
    UnitRegistry registry = UnitRegistry.of(units);
    ReportLedger ledger = ReportLedger.of(ReportingRules.of(policy), registry);
    List<DailyReport> reports = new ArrayList<>();
    for (SampleScenario.Report r : s.reports(known)) {
      reports.add(r.zero() ? DailyReport.zero(r.village(), r.day(), r.filerId(), r.filedAt())
          : DailyReport.ofFigures(r.village(), r.day(), r.filerId(), r.filedAt(), ReportFigures.ofCounts(r.figures())));
    }
    var accepted = step("接收日报（含重复提交）", "ingesting the daily reports (with resubmissions)",
        () -> ledger.submitAll(reports));
    out.printf(Locale.ROOT, t("  收到 %d 份，接受 %d 份，拒收 %d 份%n", "  %d received, %d accepted, %d rejected%n"),
        accepted.inputCount(), accepted.accepted().size(), accepted.rejected().size());
    PresenceBuilder builder = PresenceBuilder.of(registry, s.season());
    builder.addAll(ledger);
    Presence presence = step("建立逐日到报位图", "building the daily presence bitsets", builder::build);
    CompletenessTable table = step("汇总各级完整性", "rolling completeness up the tree", () -> presence.table(s.season()));
    List<String> header = List.of(t("单位", "Unit"), t("应报", "Expected"), t("已报", "Received"), t("按时", "On time"),
        t("迟报", "Late"), t("缺报", "Missing"), t("零报告", "Zero"), t("到报率", "Rate"));
    List<List<Object>> rows = new ArrayList<>();
    List<NodeCompleteness> townshipRows = new ArrayList<>(table.rows(DivisionLevel.TOWNSHIP));
    // Worst first: the lowest reporting rate, then the most missing.
    townshipRows.sort(Comparator.comparingDouble((NodeCompleteness n) -> n.counts().reportingRate().orElse(1.0))
        .thenComparingLong(n -> -n.counts().missing()).thenComparing(NodeCompleteness::node));
    for (NodeCompleteness node : townshipRows) {
      rows.add(countsRow(nameOf(s, node.node()), node.counts()));
    }
    rows.add(countsRow(t("全县", "County"), table.counts(SampleCounty.COUNTY)));
    out.printf(Locale.ROOT, "  %-10s %s%n", header.get(0), String.join("  ", header.subList(1, header.size())));
    rows.forEach(r -> out.printf(Locale.ROOT, "  %-10s %s%n", r.get(0), String.join("  ", r.subList(1, r.size()).stream()
        .map(FullList::plain).toList())));
    html.section("reporting", t("日报完整性（" + s.season().start() + " 起 " + s.season().days() + " 天，§1.6）",
        "Report completeness over " + s.season().days() + " days from " + s.season().start() + " (§1.6)"));
    html.meta(t("到报率最低的乡镇（街道）在前。", "Lowest reporting rate first."));
    html.table(new HtmlReport.Table(header, rows));

    LocalDate lastDay = s.season().lastDay().orElseThrow();
    List<UnitReportingRecord> records = new ArrayList<>(ReportingRecords.of(presence, SampleCounty.COUNTY, s.season()));
    for (UnitReportingRecord r : ReportingRecords.worst(records, 3)) {
      out.printf(Locale.ROOT, t("  缺报最多：%s 缺 %d 天，最长连续 %d 天，迟报 %d 天%n",
          "  most missing: %s missed %d days, longest run %d, late %d days%n"), nameOf(s, r.unit()), r.missingDays(),
          r.longestMissingStreak(), r.lateDays());
    }
    int stopDays = policy.reporting().stoppedReportingDays();
    records.sort(Comparator.comparingInt((UnitReportingRecord r) -> -r.trailingMissingStreak())
        .thenComparingInt(r -> -r.missingDays()).thenComparingInt(r -> -r.longestMissingStreak())
        .thenComparingInt(r -> -r.lateDays()).thenComparing(UnitReportingRecord::unit));
    List<List<Object>> recordRows = new ArrayList<>();
    long stopped = 0;
    long missingLastDay = 0;
    for (UnitReportingRecord r : records) {
      if (r.stoppedReporting(stopDays)) {
        stopped++;
      }
      if (presence.state(r.unit(), lastDay) == UnitDayState.MISSING) {
        missingLastDay++;
      }
      if (r.missingDays() + r.lateDays() > 0) {
        recordRows.add(List.of(nameOf(s, r.unit()), new HtmlReport.Code(r.unit().value()), r.trailingMissingStreak(),
            r.missingDays(), r.longestMissingStreak(), r.lateDays(),
            r.lastReceived().map(Object::toString).orElse("—")));
      }
    }
    html.subheading("missing-units", t("缺报、迟报的村（社区）", "Villages with missing or late reports"));
    showList(new FullList("missing-reports", List.of(new FullList.Column("unit", t("村（社区）", "Village")),
        new FullList.Column("code", t("区划代码", "Division code")),
        new FullList.Column("trailingMissing", t("截至末日连续缺报", "Missing up to the last day")),
        new FullList.Column("missingDays", t("缺报天数", "Missing days")),
        new FullList.Column("longestMissingRun", t("最长连续缺报", "Longest missing run")),
        new FullList.Column("lateDays", t("迟报天数", "Late days")),
        new FullList.Column("lastReceived", t("最近报送日", "Last received"))), recordRows), worstFirst());
    action(Urgency.NOT_REPORTING, stopped, t("个村（社区）已连续 " + stopDays + " 天以上未报告（截至 " + lastDay + "）",
        "villages have not reported for " + stopDays + " days or more (up to " + lastDay + ")"), "§1.6",
        "missing-units", Map.of("kind", "stopped-reporting"));
    action(Urgency.NOT_REPORTING, missingLastDay, t("个村（社区）缺报 " + lastDay + " 的日报", "villages missed the report of " + lastDay),
        "§1.6", "missing-units", Map.of("kind", "missing-last-day"));

    List<UnitDayFacts> facts = new ArrayList<>();
    known.forEach((village, perDay) -> {
      for (int d = 0; d < perDay.length; d++) {
        UnitDayFacts k = s.facts(village, s.season().start().plusDays(d), perDay[d]);
        if (k.hasRecords()) {
          facts.add(k);
        }
      }
    });
    // Worst first by the library's ranking: the severity of what the report contradicts, then the day.
    List<ConcealmentSignal> signals = ConcealmentChecks.ranked(step("检查瞒报、漏报迹象",
        "checking for signs of concealment", () -> ConcealmentChecks.scan(ledger, facts, s.season())));
    out.printf(Locale.ROOT, t("  瞒报/漏报迹象 %d 条，重复提交冲突 %d 条%n", "  %d concealment signals, %d submission conflicts%n"),
        signals.size(), ledger.conflicts().size());
    signals.stream().limit(3).forEach(sig -> out.println("    " + nameOf(s, sig.unit()) + " " + sig.day() + " ["
        + severity(sig.severity()) + "]: " + sig.reason().text(lang)));
    List<List<Object>> signalRows = new ArrayList<>();
    for (ConcealmentSignal sig : signals) {
      signalRows.add(List.of(severity(sig.severity()), sig.day().toString(), nameOf(s, sig.unit()),
          new HtmlReport.Code(sig.unit().value()), zh ? sig.kind().chinese() : sig.kind().english(),
          SignalFacts.knownCases(sig), SignalFacts.knownContacts(sig), sig.reason().text(lang),
          clausesOf(List.of(sig.reason()))));
    }
    findingList(signals.isEmpty() ? Urgency.CONCEALED_MONITORING
        : Urgency.of(signals.get(0).severity()), "signals", t("瞒报、漏报线索（§2.3）", "Concealment leads (§2.3)"), new FullList("concealment-signals",
        List.of(new FullList.Column("severity", t("严重程度", "Severity")), new FullList.Column("day", t("日期", "Day")),
            new FullList.Column("unit", t("村（社区）", "Village")),
            new FullList.Column("code", t("区划代码", "Division code")), new FullList.Column("kind", t("线索", "Lead")),
            new FullList.Column("activeCases", t("已掌握现有病例", "Known active cases")),
            new FullList.Column("closeContacts", t("已掌握密切接触者", "Known close contacts")),
            new FullList.Column("reason", t("理由", "Reason")), new FullList.Column("clauses", t("条款", "Clauses"))),
        signalRows), t("按严重程度排序，最严重在前；同等严重按日期", "worst first; equally severe by day"));
    Map<SignalSeverity, List<ConcealmentSignal>> bySeverity = new EnumMap<>(SignalSeverity.class);
    signals.forEach(sig -> bySeverity.computeIfAbsent(sig.severity(), k -> new ArrayList<>()).add(sig));
    bySeverity.forEach((severity, leads) -> {
      ConcealmentSignal worst = leads.get(0);
      String kind = zh ? worst.kind().chinese() : worst.kind().english();
      long cases = SignalFacts.knownCases(worst);
      long contacts = SignalFacts.knownContacts(worst);
      String name = nameOf(s, worst.unit());
      String first = leads.size() == 1 ? t("：", ": ") : t("；首条：", "; the first: ");
      // The counts that make a lead grave are named when there are any; a lead about arrivals or monitoring says so
      // through its severity.
      boolean counts = cases + contacts > 0;
      action(Urgency.of(severity), leads.size(), t("条瞒报、漏报线索待核查，严重程度：" + severity(severity) + first + name
              + " " + worst.day() + " " + kind + (counts ? "，已掌握现有病例 " + cases + " 例、密切接触者 " + contacts + " 人" : ""),
          "concealment leads to check, severity: " + severity(severity) + first + name + " on " + worst.day()
              + ", " + kind + (counts ? ", with " + cases + " active cases and " + contacts + " close contacts known"
              : "")),
          clausesOf(List.of(worst.reason())), "signals", Map.of("kind", "concealment", "severity", severity.code(),
              "unit", worst.unit().value(), "day", worst.day().toString(), "signal", worst.kind().code(),
              "active-cases", Long.toString(cases), "close-contacts", Long.toString(contacts)));
    });
    List<List<Object>> conflictRows = new ArrayList<>();
    List<SubmissionConflict> conflicts = new ArrayList<>(ledger.conflicts());
    conflicts.sort(Comparator.comparing(SubmissionConflict::day).reversed().thenComparing(SubmissionConflict::unit));
    for (SubmissionConflict c : conflicts) {
      conflictRows.add(List.of(c.day().toString(), nameOf(s, c.unit()), zh ? c.kind().chinese() : c.kind().english(),
          c.reason().text(lang), clausesOf(List.of(c.reason()))));
    }
    findingList(Urgency.NOT_REPORTING, "conflicts", t("重复提交冲突（§1.6）", "Submission conflicts (§1.6)"), new FullList("submission-conflicts",
        List.of(new FullList.Column("day", t("日期", "Day")), new FullList.Column("unit", t("村（社区）", "Village")),
            new FullList.Column("kind", t("冲突", "Conflict")), new FullList.Column("reason", t("理由", "Reason")),
            new FullList.Column("clauses", t("条款", "Clauses"))), conflictRows), latestFirst());

    int days = (int) s.season().days();
    List<ReportingHeatmap.Township> townships = new ArrayList<>();
    for (Division township : s.county().townships()) {
      List<ReportingHeatmap.Unit> villages = new ArrayList<>();
      for (Division v : s.county().tree().villagesUnder(township.code())) {
        List<UnitDayState> states = new ArrayList<>(days);
        List<Optional<java.time.Instant>> filed = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
          LocalDate day = s.season().start().plusDays(d);
          states.add(presence.state(v.code(), day));
          filed.add(ledger.unitDay(v.code(), day).map(UnitDayReports::firstFiledAt));
        }
        villages.add(new ReportingHeatmap.Unit(v.name(), v.code().value(), states, filed));
      }
      townships.add(new ReportingHeatmap.Township(township.name(), villages));
    }
    html.subheading("heatmap", t("到报热力图（乡镇 → 村 × 日）", "Reporting heatmap (townships → villages × days)"));
    html.raw(ReportingHeatmap.html(townships, s.season().start(), days, lang));
  }

  private List<Object> countsRow(String name, CompletenessCounts c) {
    return List.of(name, c.expected(), c.received(), c.onTime(), c.late(), c.missing(), c.zeroReports(),
        new HtmlReport.Right(c.reportingRate().isPresent()
            ? String.format(Locale.ROOT, "%.1f%%", 100 * c.reportingRate().getAsDouble()) : "—"));
  }

  // ---------------------------------------------------------------- services

  private void services(Policy policy, SampleScenario s, RiskMap map, List<PersonFacts> residents,
      LocalDate snapshot) {
    out.println();
    out.println(t("四、社区服务（§5.1–§5.5、§2.6、§6.6）", "4. Community services (§5.1–§5.5, §2.6, §6.6)"));
    PopulationClassifier classifier = PopulationClassifier.of(policy);
    ServiceEligibility eligibility = ServiceEligibility.under(policy);
    long[] perService = new long[CommunityService.all().size()];
    List<Resident> focusResidents = new ArrayList<>();
    step("全县服务资格（先分类，再判定）", "county-wide service eligibility (classify, then decide)", () -> {
      for (int i = 0; i < residents.size(); i++) {
        PersonFacts f = residents.get(i);
        Classification c = classifier.classify(f, snapshot);
        Resident r = new Resident.Builder().facts(f).classification(c).needs(needsOf(f, i)).build();
        long mask = eligibility.services(r, f.area().orElseThrow(), snapshot);
        for (CommunityService svc : CommunityService.all()) {
          if (svc.in(mask)) {
            perService[svc.ordinal()]++;
          }
        }
        if (s.residentVillages().get(i).equals(s.concealingVillage())) {
          focusResidents.add(r);
        }
      }
      return null;
    });
    List<List<Object>> rows = new ArrayList<>();
    for (CommunityService svc : CommunityService.all()) {
      if (perService[svc.ordinal()] > 0) {
        String name = zh ? svc.chinese() : svc.english();
        String clauses = String.join(" ", svc.clauses().stream().map(cl -> cl.id()).toList());
        out.printf(Locale.ROOT, "  %-30s %8d%n", name, perService[svc.ordinal()]);
        rows.add(List.of(name, clauses, perService[svc.ordinal()]));
      }
    }
    html.section("services", t("服务资格（" + snapshot + "）", "Service eligibility on " + snapshot));
    html.table(new HtmlReport.Table(List.of(t("服务", "Service"), t("条款", "Clauses"),
        t("符合条件人数", "Eligible people")), rows));

    DivisionCode focus = s.concealingVillage();
    String focusName = nameOf(s, focus);
    AreaSituation area = AreaSituation.at(map.villageLevel(focus, snapshot));
    Map<CommunityService, Integer> capacities = new EnumMap<>(CommunityService.class);
    capacities.put(CommunityService.DAILY_NECESSITIES, 40);
    capacities.put(CommunityService.CHRONIC_MEDICINE_DELIVERY, 15);
    capacities.put(CommunityService.KEY_GROUP_CARE, 10);
    VillageServicePlan plan = step("一个村的服务清单与运力分配", "one village's service lists and capacity allocation",
        () -> VillageServicePlanner.using(eligibility).plan(VillageDay.of(focus, snapshot, area), focusResidents,
            CapacityPlan.of(capacities)));
    List<List<Object>> queueRows = new ArrayList<>();
    long waiting = 0;
    List<String> shortfalls = new ArrayList<>();
    List<String> shortClauses = new ArrayList<>();
    for (ServiceQueue q : plan.allocation().orElseThrow().queues()) {
      if (q.capacity().isPresent()) {
        String name = zh ? q.service().chinese() : q.service().english();
        out.printf(Locale.ROOT, t("  %s %s：运力 %d，已安排 %d，等待 %d%n", "  %s %s: capacity %d, served %d, waiting %d%n"),
            focusName, name, q.capacity().get(), q.served().size(), q.waiting().size());
        queueRows.add(List.of(name, q.capacity().get(), q.served().size(), q.waiting().size()));
        if (!q.waiting().isEmpty()) {
          waiting += q.waiting().size();
          shortfalls.add(name + " " + html.number(q.waiting().size()));
          q.service().clauses().stream().map(cl -> cl.id()).filter(id -> !shortClauses.contains(id))
              .forEach(shortClauses::add);
        }
      }
    }
    html.subheading("capacity", focusName + t("的运力分配（" + snapshot + "，按优先级）",
        ": capacity allocation on " + snapshot + " by priority"));
    html.table(new HtmlReport.Table(List.of(t("服务", "Service"), t("运力", "Capacity"), t("已安排", "Served"),
        t("等待", "Waiting")), queueRows));
    action(Urgency.SERVICE_SHORTFALL, waiting, t("人因运力不足等待服务（" + focusName + "，" + snapshot + "：" + String.join("，", shortfalls) + "）",
        "people waiting for want of capacity (" + focusName + ", " + snapshot + ": " + String.join(", ", shortfalls)
            + ")"), String.join(" ", shortClauses), "capacity", Map.of("kind", "capacity"));
    List<List<Object>> channelRows = new ArrayList<>();
    List<ChannelFinding> channelFindings = new ArrayList<>(plan.findings());
    channelFindings.sort(Comparator.comparing((ChannelFinding f) -> f.kind().ordinal())
        .thenComparing(ChannelFinding::personId));
    for (ChannelFinding f : channelFindings) {
      channelRows.add(List.of(new HtmlReport.Code(f.personId()), zh ? f.service().chinese() : f.service().english(),
          zh ? f.kind().chinese() : f.kind().english(), f.reason().text(lang),
          clausesOf(List.of(f.reason()))));
    }
    findingList(Urgency.SERVICE_SHORTFALL, "channels", focusName + t("的线下渠道问题（" + snapshot + "）", ": offline channel findings on " + snapshot),
        new FullList("offline-channels", List.of(new FullList.Column("person", t("人员编号", "Person")),
            new FullList.Column("service", t("服务", "Service")), new FullList.Column("finding", t("问题", "Finding")),
            new FullList.Column("reason", t("理由", "Reason")), new FullList.Column("clauses", t("条款", "Clauses"))),
            channelRows), worstFirst());

    FacilityOperatingRules facility = FacilityRules.under(policy).on(Facility.of("facility-" + focus.value(), 200,
        Map.of(FacilityRoom.SERVICE_HALL, 60, FacilityRoom.DELIBERATION_ROOM, 30, FacilityRoom.READING_ROOM, 20,
            FacilityRoom.RECREATION_ROOM, 40, FacilityRoom.ELDERLY_ACTIVITY_ROOM, 30)), area, snapshot);
    List<List<Object>> roomRows = new ArrayList<>();
    for (RoomRule room : facility.rooms()) {
      roomRows.add(List.of(zh ? room.room().chinese() : room.room().english(),
          zh ? room.status().chinese() : room.status().english(),
          room.maxPeople().<Object>map(Long::valueOf).orElse("—")));
    }
    String facilityWhy = String.join(t("；", "; "), facility.reasons().stream().map(r -> r.text(lang)).toList());
    out.printf(Locale.ROOT, t("  综合服务设施：%s，限流 %s 人；%s%n", "  service facility: %s, at most %s people; %s%n"),
        facility.restricted() ? t("限制运行", "restricted") : t("正常运行", "normal"),
        facility.maxPeople().map(Object::toString).orElse("—"), facilityWhy);
    html.subheading("facility", focusName + t("综合服务设施运行规则（" + snapshot + "，§5.5）",
        ": community service facility rules on " + snapshot + " (§5.5)"));
    html.paragraph((facility.restricted() ? t("限制运行：", "Restricted: ") : t("正常运行：", "Normal: ")) + facilityWhy);
    html.table(new HtmlReport.Table(List.of(t("房间", "Room"), t("状态", "Status"), t("限流人数", "Limit")), roomRows));

    List<LevelHistory> timelines = new ArrayList<>();
    for (Division township : s.county().townships()) {
      Map<LocalDate, RiskLevel> changes = new HashMap<>();
      RiskLevel before = null;
      for (LocalDate d = s.season().start(); d.isBefore(s.season().endExclusive()); d = d.plusDays(1)) {
        RiskLevel l = map.levelOf(AreaId.of(township.code()), d);
        if (l != before) {
          changes.put(d, l);
          before = l;
        }
      }
      timelines.add(LevelHistory.of(AreaId.of(township.code()), changes));
    }
    List<WorkerDuty> duties = new ArrayList<>();
    for (int w = 0; w < 12; w++) {
      DivisionCode township = w < 8 ? s.outbreakTownship() : s.neighbourTownship();
      duties.add(WorkerDuty.of("worker-" + w, List.of(DutyPeriod.of(AreaId.of(township),
          DateWindow.ofDays(s.season().start().plusDays(5 + w), 25)))));
    }
    // No national subsidy amount exists (§6.6): the demo uses a sample provincial layer with example amounts.
    SubsidyCalculator subsidies = SubsidyCalculator.under(
        org.communityprevention.testkit.county.SampleProvince.on(policy), timelines);
    var entitlements = step("计算社区工作者补贴", "computing community worker subsidies",
        () -> subsidies.entitlements(duties, s.season()));
    long total = entitlements.accepted().stream().mapToLong(SubsidyEntitlement::totalYuan).sum();
    out.printf(Locale.ROOT, t("  %d 名社区工作者，补贴合计 %d 元%n", "  %d community workers, subsidies %d yuan in all%n"),
        entitlements.accepted().size(), total);
    String exampleAmounts = t("补贴金额是示例省级政策的示例金额（标记 U），不是任何省份的标准：国家未规定补助金额，补助标准由各省制定，"
            + "发放前请按本省规定替换",
        "the subsidy amounts are example amounts of a sample provincial layer (marked U), no province's rates: there "
            + "is no national amount and each province sets its own, so replace them before paying anything");
    warn(exampleAmounts);
    List<List<Object>> subsidyRows = new ArrayList<>();
    List<SubsidyEntitlement> accepted = new ArrayList<>(entitlements.accepted());
    accepted.sort(Comparator.comparingLong((SubsidyEntitlement e) -> -e.totalYuan())
        .thenComparing(SubsidyEntitlement::workerId));
    for (SubsidyEntitlement e : accepted) {
      subsidyRows.add(List.of(new HtmlReport.Code(e.workerId()), e.daysByLevel().getOrDefault(RiskLevel.MEDIUM, 0),
          e.daysByLevel().getOrDefault(RiskLevel.HIGH, 0), e.totalYuan()));
    }
    subsidyRows.add(List.of(t("合计", "Total"), "", "", total));
    html.subheading("subsidies", t("中高风险地区社区工作者补贴（§6.6）",
        "Subsidies for community workers in medium and high risk areas (§6.6)"));
    html.warning(t("示例金额：", "Example amounts: ") + exampleAmounts + t("。", "."));
    html.table(new HtmlReport.Table(List.of(t("工作者", "Worker"), t("中风险天数", "Medium days"),
        t("高风险天数", "High days"), t("补贴（元）", "Subsidy (yuan)")), subsidyRows));
  }

  private static ServiceNeeds needsOf(PersonFacts f, int index) {
    boolean disabled = f.socialStatuses().contains(SocialStatus.PERSON_WITH_DISABILITY);
    int age = f.birthDate().map(b -> SampleScenario.START.getYear() - b.getYear()).orElse(40);
    return new ServiceNeeds.Builder()
        .selfCare(disabled && index % 3 == 0 ? SelfCare.LOST : disabled ? SelfCare.PARTLY_LOST : SelfCare.ABLE)
        .chronicMedication(age >= 60 && index % 4 == 0)
        .noInternetAccess(age >= 70 && index % 2 == 0)
        .stayingForHoliday(f.socialStatuses().contains(SocialStatus.MIGRANT_WORKER_STAYING_FOR_HOLIDAY))
        .build();
  }

  // ---------------------------------------------------------------- helpers

  private String level(RiskLevel level) {
    return zh ? level.chinese() : level.english();
  }

  private String severity(SignalSeverity severity) {
    return zh ? severity.chinese() : severity.english();
  }

  private String state(ResponseState state) {
    return zh ? state.chinese() : state.english();
  }

  private static String nameOf(SampleScenario s, DivisionCode code) {
    return s.county().tree().get(code).map(Division::name).orElse(code.value());
  }

  private static String clausesOf(List<Reason> reasons) {
    return String.join(" ", reasons.stream().flatMap(r -> r.clauses().stream()).map(c -> c.id()).distinct()
        .toList());
  }
}
