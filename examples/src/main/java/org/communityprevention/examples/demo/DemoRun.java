package org.communityprevention.examples.demo;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.communityprevention.core.area.AreaFeature;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.Division;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.population.AreaSituation;
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
import org.communityprevention.core.policy.Policy;
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
import org.communityprevention.reporting.signal.ConcealmentChecks;
import org.communityprevention.reporting.signal.ConcealmentSignal;
import org.communityprevention.reporting.signal.UnitDayFacts;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.core.area.LevelHistory;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.response.EmergencyResponse;
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
import org.communityprevention.testkit.county.SampleScenario;

/** One run of the demo: every step of the library over the sample season, with its timing, then the HTML. */
final class DemoRun {
  private final Demo.DemoOptions options;
  private final PrintStream out;
  private final Locale lang;
  private final boolean zh;
  private final List<String[]> timings = new ArrayList<>();
  private final List<String[]> findings = new ArrayList<>();
  private final HtmlReport html;

  private DemoRun(Demo.DemoOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.lang = options.lang();
    this.zh = options.zh();
    this.html = new HtmlReport(zh ? "城乡社区防控规则库 · 演示报告（青山县，虚构）"
        : "community-prevention · demo report (Qingshan county, fictional)", zh ? "zh-CN" : "en");
  }

  static DemoRun execute(Demo.DemoOptions options, PrintStream out) {
    DemoRun run = new DemoRun(options, out);
    run.all();
    return run;
  }

  String html() {
    return html.render();
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

  private void all() {
    Policy policy = NationalBaselines.inForceOn(SampleScenario.START);
    out.println(t("城乡社区防控规则库 · 演示（民发〔2021〕11号）", "community-prevention · demo (民发〔2021〕11号)"));
    out.println(t("政策：", "Policy: ") + policy.ref() + " — " + (zh ? policy.titleZh() : policy.titleEn()));
    SampleScenario s = step("生成虚构县：村（社区）、居民、疫情和日报", "building the fictional county, residents, wave and reports",
        () -> SampleScenario.build(options.seed(), options.villages(), options.residents(), options.days()));
    DateWindow season = s.season();
    LocalDate snapshot = s.snapshotDay();
    out.printf(t("  %d 个乡镇（街道），%d 个村（社区），%d 名居民；%s 至 %s；重点日 %s%n",
        "  %d townships, %d villages and communities, %d residents; %s to %s; snapshot day %s%n"),
        s.county().townships().size(), s.county().tree().villageCount(), s.residents().size(), season.start(),
        season.lastDay().orElseThrow(), snapshot);
    html.paragraph(t("数据为虚构，由种子 " + s.seed() + " 确定生成；政策 " + policy.ref() + "。",
        "Fictional data, deterministic from seed " + s.seed() + "; policy " + policy.ref() + "."));

    RiskMap riskMap = risk(policy, s);
    List<PersonFacts> residents = withAreas(s, riskMap, snapshot);
    Map<DivisionCode, SampleScenario.VillageDay[]> known = population(policy, s, residents, snapshot);
    reporting(policy, s, known);
    services(policy, s, riskMap, residents, snapshot);

    html.heading(t("发现（含理由与条款）", "Findings, with reasons and clauses"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t("类别", "Kind"), t("对象", "Subject"), t("理由", "Reason"), t("条款", "Clauses")));
    findings.stream().limit(60).forEach(f -> rows.add(List.of(f)));
    html.table(rows);
    html.heading(t("各步骤耗时", "Time per step"));
    List<List<String>> timingRows = new ArrayList<>();
    timingRows.add(List.of(t("步骤", "Step"), "ms"));
    timings.forEach(tm -> timingRows.add(List.of(tm)));
    html.table(timingRows);
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
    for (RiskTimeline timeline : batch.timelines()) {
      for (LevelTransition tr : timeline.transitions()) {
        String name = nameOf(s, timeline.area().division());
        out.printf("  %s %s: %s → %s%n", tr.effectiveDate(), name, level(tr.fromLevel()), level(tr.toLevel()));
        String why = String.join("；", tr.explain(lang));
        out.println("      " + why);
        findings.add(new String[] {t("等级变化", "Level change"), tr.effectiveDate() + " " + name,
            level(tr.fromLevel()) + " → " + level(tr.toLevel()) + ": " + why, clausesOf(tr.reasons())});
      }
    }
    Map<String, List<RiskLevel>> rows = new LinkedHashMap<>();
    for (Division township : s.county().townships()) {
      List<RiskLevel> levels = new ArrayList<>();
      for (LocalDate d = s.season().start(); d.isBefore(s.season().endExclusive()); d = d.plusDays(1)) {
        levels.add(map.levelOf(AreaId.of(township.code()), d));
      }
      rows.put(township.name(), levels);
    }
    html.heading(t("各乡镇风险等级时间线", "Risk level per township, day by day"));
    html.riskTimeline(rows, s.season().start(), Map.of(RiskLevel.LOW, level(RiskLevel.LOW), RiskLevel.MEDIUM,
        level(RiskLevel.MEDIUM), RiskLevel.HIGH, level(RiskLevel.HIGH)));

    Division village = s.county().tree().villagesUnder(s.outbreakTownship()).get(0);
    AreaProfile profile = AreaProfile.of(!village.isCommunity(), AreaFeature.MANY_OUTBOUND_MIGRANT_WORKERS);
    ResponseTimeline response = step("计算村（社区）应急响应", "computing the village emergency response",
        () -> EmergencyResponse.timeline(policy, village.code(), profile, map.villageSeries(village.code()),
            List.of()));
    out.println(t("  ", "  ") + village.name() + t("（外出务工人员多）应急响应：", " (many outbound migrant workers), emergency response:"));
    List<List<String>> responseRows = new ArrayList<>();
    responseRows.add(List.of(t("日期", "Date"), t("状态", "State"), t("措施", "Measures")));
    for (ResponseTransition tr : response.transitions()) {
      String measures = String.join(t("、", ", "), response.measuresOn(tr.date()).stream()
          .map(m -> zh ? m.chinese() : m.english()).toList());
      out.printf("    %s %s → %s: %s%n", tr.date(), tr.fromState(), tr.toState(), measures);
      responseRows.add(List.of(tr.date().toString(), tr.fromState() + " → " + tr.toState(),
          measures.isEmpty() ? "—" : measures));
    }
    html.heading(village.name() + t("的应急响应（§1.4、§2.1、§1.8）", ": emergency response (§1.4, §2.1, §1.8)"));
    html.table(responseRows);
    return map;
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
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t("类别", "Category"), t("条款", "Clause"), t("人数", "People")));
    for (Map.Entry<Category, Long> e : counts.perCategory().entrySet()) {
      if (e.getValue() > 0) {
        String name = zh ? e.getKey().chinese() : e.getKey().english();
        out.printf("  %-34s %-5s %8d%n", name, e.getKey().clause().id(), e.getValue());
        rows.add(List.of(name, e.getKey().clause().id(), Long.toString(e.getValue())));
      }
    }
    html.heading(t("重点人群（" + snapshot + "）", "Key populations on " + snapshot));
    html.table(rows);

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
    out.printf(t("  %s：待摸排 %d，在管 %d，今日应检测 %d，今日期满 %d，走访 %d，扩大服务 %d，漏管 %d%n",
        "  %s: to survey %d, under management %d, tests due today %d, windows ending today %d, to visit %d,"
            + " in service scope %d, unmanaged %d%n"),
        villageName, ledger.toSurvey().size(), ledger.underManagement().size(), ledger.testsDueToday().size(),
        ledger.windowsEndingToday().size(), ledger.toVisit().size(), ledger.inServiceScope().size(),
        ledger.unmanaged().size());
    for (UnmanagedFinding f : ledger.unmanaged().stream().limit(3).toList()) {
      out.println("    " + f.personId() + ": " + f.reason().text(lang));
    }
    ledger.unmanaged().stream().limit(10).forEach(f -> findings.add(new String[] {t("漏管", "Unmanaged"),
        villageName + " " + f.personId(), f.reason().text(lang), clausesOf(List.of(f.reason()))}));
    html.heading(villageName + t(" 的工作清单（" + snapshot + "）", ": worker lists on " + snapshot));
    html.table(List.of(List.of(t("清单", "List"), t("人数", "People")),
        List.of(t("待摸排（§2.2）", "To survey (§2.2)"), Integer.toString(ledger.toSurvey().size())),
        List.of(t("在管（§2.3–§2.5）", "Under management (§2.3–§2.5)"),
            Integer.toString(ledger.underManagement().size())),
        List.of(t("今日应检测", "Tests due today"), Integer.toString(ledger.testsDueToday().size())),
        List.of(t("今日期满", "Windows ending today"), Integer.toString(ledger.windowsEndingToday().size())),
        List.of(t("走访慰问（§5.3）", "To visit (§5.3)"), Integer.toString(ledger.toVisit().size())),
        List.of(t("扩大服务范围（§5.4）", "In service scope (§5.4)"), Integer.toString(ledger.inServiceScope().size())),
        List.of(t("漏管（§2.3）", "Unmanaged (§2.3)"), Integer.toString(ledger.unmanaged().size()))));

    // What each village holds on each day, from the hot path, for the concealment checks.
    return step("逐日计算各村在管人数", "daily managed counts per village", () -> knownPerDay(s, classifier, table));
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
    out.printf(t("  收到 %d 份，接受 %d 份，拒收 %d 份%n", "  %d received, %d accepted, %d rejected%n"),
        accepted.inputCount(), accepted.accepted().size(), accepted.rejected().size());
    PresenceBuilder builder = PresenceBuilder.of(registry, s.season());
    builder.addAll(ledger);
    Presence presence = step("建立逐日到报位图", "building the daily presence bitsets", builder::build);
    CompletenessTable table = step("汇总各级完整性", "rolling completeness up the tree", () -> presence.table(s.season()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t("单位", "Unit"), t("应报", "Expected"), t("已报", "Received"), t("按时", "On time"),
        t("迟报", "Late"), t("缺报", "Missing"), t("零报告", "Zero"), t("到报率", "Rate")));
    for (NodeCompleteness node : table.rows(DivisionLevel.TOWNSHIP)) {
      rows.add(countsRow(nameOf(s, node.node()), node.counts()));
    }
    rows.add(countsRow(t("全县", "County"), table.counts(org.communityprevention.testkit.county.SampleCounty.COUNTY)));
    rows.forEach(r -> out.printf("  %-10s %s%n", r.get(0), String.join("  ", r.subList(1, r.size()))));
    html.heading(t("日报完整性（" + s.season().start() + " 起 " + s.season().days() + " 天）",
        "Report completeness over " + s.season().days() + " days from " + s.season().start()));
    html.table(rows);

    List<UnitReportingRecord> records = ReportingRecords.of(presence,
        org.communityprevention.testkit.county.SampleCounty.COUNTY, s.season());
    for (UnitReportingRecord r : ReportingRecords.worst(records, 3)) {
      out.printf(t("  缺报最多：%s 缺 %d 天，最长连续 %d 天，迟报 %d 天%n",
          "  most missing: %s missed %d days, longest run %d, late %d days%n"), nameOf(s, r.unit()), r.missingDays(),
          r.longestMissingStreak(), r.lateDays());
    }
    List<UnitDayFacts> facts = new ArrayList<>();
    known.forEach((village, perDay) -> {
      for (int d = 0; d < perDay.length; d++) {
        UnitDayFacts k = s.facts(village, s.season().start().plusDays(d), perDay[d]);
        if (k.hasRecords()) {
          facts.add(k);
        }
      }
    });
    List<ConcealmentSignal> signals = step("检查瞒报、漏报迹象", "checking for signs of concealment",
        () -> ConcealmentChecks.scan(ledger, facts, s.season()));
    out.printf(t("  瞒报/漏报迹象 %d 条，重复提交冲突 %d 条%n", "  %d concealment signals, %d submission conflicts%n"),
        signals.size(), ledger.conflicts().size());
    signals.stream().filter(sig -> sig.unit().equals(s.concealingVillage())).limit(2)
        .forEach(sig -> out.println("    " + nameOf(s, sig.unit()) + " " + sig.day() + ": " + sig.text(lang)));
    signals.stream().sorted(ConcealmentChecks.RANKING).limit(25).forEach(sig -> findings.add(new String[] {
        t("瞒报迹象", "Concealment signal"), nameOf(s, sig.unit()) + " " + sig.day(), sig.text(lang),
        clausesOf(List.of(sig.reason()))}));
    for (SubmissionConflict c : ledger.conflicts()) {
      findings.add(new String[] {t("提交冲突", "Submission conflict"), nameOf(s, c.unit()) + " " + c.day(),
          c.kind().toString(), "§1.6"});
    }

    List<Division> villages = s.county().tree().villages();
    HtmlReport.Cell[][] cells = new HtmlReport.Cell[villages.size()][(int) s.season().days()];
    List<String> labels = new ArrayList<>();
    for (int v = 0; v < villages.size(); v++) {
      labels.add(villages.get(v).name());
      for (int d = 0; d < cells[v].length; d++) {
        cells[v][d] = cell(presence.state(villages.get(v).code(), s.season().start().plusDays(d)));
      }
    }
    html.heading(t("到报热力图（村 × 日）", "Reporting heatmap (villages × days)"));
    Map<HtmlReport.Cell, String> names = new EnumMap<>(HtmlReport.Cell.class);
    names.put(HtmlReport.Cell.ON_TIME, t("按时数据报告", "figures on time"));
    names.put(HtmlReport.Cell.ZERO, t("按时零报告", "zero report on time"));
    names.put(HtmlReport.Cell.LATE, t("迟报", "late"));
    names.put(HtmlReport.Cell.MISSING, t("缺报", "missing"));
    names.put(HtmlReport.Cell.NOT_DUE, t("不应报/待报", "not due / pending"));
    html.heatmap(labels, cells, s.season().start(), names);
  }

  private static HtmlReport.Cell cell(UnitDayState state) {
    switch (state) {
      case ON_TIME_FIGURES:
        return HtmlReport.Cell.ON_TIME;
      case ON_TIME_ZERO:
        return HtmlReport.Cell.ZERO;
      case LATE_ZERO:
      case LATE_FIGURES:
        return HtmlReport.Cell.LATE;
      case MISSING:
        return HtmlReport.Cell.MISSING;
      default:
        return HtmlReport.Cell.NOT_DUE;
    }
  }

  private List<String> countsRow(String name, CompletenessCounts c) {
    return List.of(name, Long.toString(c.expected()), Long.toString(c.received()), Long.toString(c.onTime()),
        Long.toString(c.late()), Long.toString(c.missing()), Long.toString(c.zeroReports()),
        c.reportingRate().isPresent() ? String.format("%.1f%%", 100 * c.reportingRate().getAsDouble()) : "—");
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
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t("服务", "Service"), t("条款", "Clauses"), t("符合条件人数", "Eligible people")));
    for (CommunityService svc : CommunityService.all()) {
      if (perService[svc.ordinal()] > 0) {
        String name = zh ? svc.chinese() : svc.english();
        String clauses = String.join(" ", svc.clauses().stream().map(cl -> cl.id()).toList());
        out.printf("  %-30s %8d%n", name, perService[svc.ordinal()]);
        rows.add(List.of(name, clauses, Long.toString(perService[svc.ordinal()])));
      }
    }
    html.heading(t("服务资格（" + snapshot + "）", "Service eligibility on " + snapshot));
    html.table(rows);

    DivisionCode focus = s.concealingVillage();
    AreaSituation area = AreaSituation.at(map.villageLevel(focus, snapshot));
    Map<CommunityService, Integer> capacities = new EnumMap<>(CommunityService.class);
    capacities.put(CommunityService.DAILY_NECESSITIES, 40);
    capacities.put(CommunityService.CHRONIC_MEDICINE_DELIVERY, 15);
    capacities.put(CommunityService.KEY_GROUP_CARE, 10);
    VillageServicePlan plan = step("一个村的服务清单与运力分配", "one village's service lists and capacity allocation",
        () -> VillageServicePlanner.using(eligibility).plan(VillageDay.of(focus, snapshot, area), focusResidents,
            CapacityPlan.of(capacities)));
    List<List<String>> queueRows = new ArrayList<>();
    queueRows.add(List.of(t("服务", "Service"), t("运力", "Capacity"), t("已安排", "Served"), t("等待", "Waiting")));
    for (ServiceQueue q : plan.allocation().orElseThrow().queues()) {
      if (q.capacity().isPresent()) {
        String name = zh ? q.service().chinese() : q.service().english();
        out.printf(t("  %s %s：运力 %d，已安排 %d，等待 %d%n", "  %s %s: capacity %d, served %d, waiting %d%n"),
            nameOf(s, focus), name, q.capacity().get(), q.served().size(), q.waiting().size());
        queueRows.add(List.of(name, q.capacity().get().toString(), Integer.toString(q.served().size()),
            Integer.toString(q.waiting().size())));
      }
    }
    plan.findings().stream().limit(5).forEach(f -> findings.add(new String[] {t("线下渠道", "Offline channel"),
        nameOf(s, focus) + " " + f.personId(), f.reason().text(lang), clausesOf(List.of(f.reason()))}));
    html.heading(nameOf(s, focus) + t(" 的运力分配（按优先级）", ": capacity allocation by priority"));
    html.table(queueRows);

    FacilityOperatingRules facility = FacilityRules.under(policy).on(Facility.of("facility-" + focus.value(), 200,
        Map.of(FacilityRoom.SERVICE_HALL, 60, FacilityRoom.DELIBERATION_ROOM, 30, FacilityRoom.READING_ROOM, 20,
            FacilityRoom.RECREATION_ROOM, 40, FacilityRoom.ELDERLY_ACTIVITY_ROOM, 30)), area, snapshot);
    List<List<String>> roomRows = new ArrayList<>();
    roomRows.add(List.of(t("房间", "Room"), t("状态", "Status"), t("限流人数", "Limit")));
    for (RoomRule room : facility.rooms()) {
      roomRows.add(List.of(zh ? room.room().chinese() : room.room().english(), room.status().toString(),
          room.maxPeople().map(Object::toString).orElse("—")));
    }
    out.printf(t("  综合服务设施：%s，限流 %s 人；%s%n", "  service facility: %s, at most %s people; %s%n"),
        facility.restricted() ? t("限制运行", "restricted") : t("正常运行", "normal"),
        facility.maxPeople().map(Object::toString).orElse("—"),
        String.join("；", facility.toDecision().explain(lang)));
    html.heading(t("综合服务设施运行规则（§5.5）", "Community service facility rules (§5.5)"));
    html.table(roomRows);

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
    out.printf(t("  %d 名社区工作者，补贴合计 %d 元（示例省级政策的示例金额，标记 U；补助标准由各省制定）%n",
        "  %d community workers, subsidies %d yuan in all (example amounts of a sample provincial layer, marked U;"
            + " each province sets its own)%n"),
        entitlements.accepted().size(), total);
    List<List<String>> subsidyRows = new ArrayList<>();
    subsidyRows.add(List.of(t("工作者", "Worker"), t("中风险天数", "Medium days"), t("高风险天数", "High days"),
        t("补贴（元）", "Subsidy (yuan)")));
    for (SubsidyEntitlement e : entitlements.accepted()) {
      subsidyRows.add(List.of(e.workerId(), String.valueOf(e.daysByLevel().getOrDefault(RiskLevel.MEDIUM, 0)),
          String.valueOf(e.daysByLevel().getOrDefault(RiskLevel.HIGH, 0)), Long.toString(e.totalYuan())));
    }
    html.heading(t("中高风险地区社区工作者补贴（§6.6）", "Subsidies for community workers in medium and high risk areas (§6.6)"));
    html.table(subsidyRows);
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

  private static String nameOf(SampleScenario s, DivisionCode code) {
    return s.county().tree().get(code).map(Division::name).orElse(code.value());
  }

  private static String clausesOf(List<Reason> reasons) {
    return String.join(" ", reasons.stream().flatMap(r -> r.clauses().stream()).map(c -> c.id()).distinct()
        .toList());
  }
}
