package org.communityprevention.flink.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.signal.SignalKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the report stream on examples")
class ReportStreamExamplesTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  static final String A = "440983102001";
  static final String B = "440983102002";
  static final String C = "440983102003";
  static final String TOWNSHIP = "440983102000";
  static final String PROVINCE = "440000000000";
  static final LocalDate FEB1 = LocalDate.of(2021, 2, 1);
  static final LocalDate FEB2 = LocalDate.of(2021, 2, 2);
  static ReportStreamSetup setup;
  static ReportingRules rules;

  @BeforeAll
  static void register() {
    UnitRegistry registry = UnitRegistry.of(List.of(
        UnitChange.opened(DivisionCode.parse(A), LocalDate.of(2020, 1, 1), "水口村"),
        UnitChange.opened(DivisionCode.parse(B), LocalDate.of(2020, 1, 1), "河背村"),
        UnitChange.opened(DivisionCode.parse(C), LocalDate.of(2020, 1, 1), "新联社区")));
    rules = ReportingRules.of(NationalBaselines.byId("ed7-2020"));
    setup = ReportStreamSetup.of(rules, registry);
  }

  static String zero(String unit, LocalDate day, String filedAt) {
    return "{\"unit\":\"" + unit + "\",\"day\":\"" + day + "\",\"filerId\":\"w-1\",\"filedAt\":\"" + filedAt
        + "\",\"content\":{\"type\":\"ZERO\"}}";
  }

  static String figures(String unit, LocalDate day, String filedAt, int revision, int homeIsolation) {
    return "{\"unit\":\"" + unit + "\",\"day\":\"" + day + "\",\"filerId\":\"w-1\",\"filedAt\":\"" + filedAt
        + "\",\"revision\":" + revision + ",\"content\":{\"type\":\"FIGURES\",\"newFeverReferrals\":0,"
        + "\"newSuspected\":0,\"newConfirmed\":0,\"newAsymptomatic\":0,\"closeContactsTraced\":0,"
        + "\"underHomeIsolation\":" + homeIsolation + ",\"underCentralisedIsolation\":0,"
        + "\"underHealthMonitoring\":0,\"cumulativeConfirmed\":0,\"cumulativeAsymptomatic\":0}}";
  }

  static List<NumberedLine> numbered(String... lines) {
    List<NumberedLine> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      out.add(NumberedLine.of("reports.jsonl", i + 1, lines[i]));
    }
    return out;
  }

  static StreamExecutionEnvironment env(int parallelism) {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(parallelism);
    env.getConfig().setAutoWatermarkInterval(20L);
    return env;
  }

  static ReportStreamSettings settings(LocalDate first, LocalDate last) {
    return ReportStreamSettings.from(first, Duration.ofMinutes(10), Duration.ofHours(1)).until(last);
  }

  @Test
  @DisplayName("a report just before Beijing midnight is on time for its day; one just after is late; counted once")
  void midnightAndDuplicates() throws Exception {
    List<NumberedLine> lines = numbered(
        zero(A, FEB1, "2021-02-01T07:59:59Z"),          // 15:59:59 Beijing: on time
        zero(B, FEB1, "2021-02-01T16:30:00Z"),          // 00:30 on 2 Feb Beijing: late for 1 Feb
        zero(A, FEB2, "2021-02-01T16:30:00Z"),          // 00:30 on 2 Feb Beijing: on time for 2 Feb
        zero(B, FEB2, "2021-02-01T15:59:59Z"),          // 23:59:59 on 1 Feb: before 2 Feb began, refused
        zero(A, FEB1, "2021-02-01T07:59:59Z"));         // an exact duplicate: counted once
    StreamRun.Result r = StreamRun.run(env(1), lines, List.of(), setup, settings(FEB1, FEB2), s -> s);

    Map<String, DivisionDayCounts> rows = r.finalCounts();
    DivisionDayCounts feb1 = rows.get(Long.parseLong(TOWNSHIP) + " " + FEB1);
    assertThat(feb1.counts().expected()).isEqualTo(3);
    assertThat(feb1.counts().onTime()).isEqualTo(1);
    assertThat(feb1.counts().late()).isEqualTo(1);
    assertThat(feb1.counts().missing()).isEqualTo(1);
    assertThat(feb1.counts().zeroReports()).isEqualTo(2);
    assertThat(feb1.stage()).isEqualTo(RowStage.FINAL);
    DivisionDayCounts feb2 = rows.get(Long.parseLong(PROVINCE) + " " + FEB2);
    assertThat(feb2.counts().onTime()).isEqualTo(1);
    assertThat(feb2.counts().missing()).isEqualTo(2);
    assertThat(rows.get(Long.parseLong(C) + " " + FEB1).counts().missing()).isEqualTo(1);
    assertThat(r.rejected()).hasSize(1);
    assertThat(r.rejected().get(0).line()).isEqualTo(4);
    assertThat(r.rejected().get(0).codeList()).containsExactly("reporting.report.filed_before_day");
  }

  @Test
  @DisplayName("a revision replaces the zero report; timeliness stays with the first filing")
  void revisions() throws Exception {
    List<NumberedLine> lines = numbered(
        zero(A, FEB1, "2021-02-01T02:00:00Z"),                   // 10:00 Beijing: on time, zero
        figures(A, FEB1, "2021-02-01T12:00:00Z", 1, 3),           // 20:00 Beijing: a later revision with figures
        figures(B, FEB1, "2021-02-01T03:00:00Z", 0, 1),           // on time, figures
        zero(B, FEB1, "2021-02-01T03:00:00Z"));                   // same revision, other content: a conflict
    StreamRun.Result r = StreamRun.run(env(1), lines, List.of(), setup, settings(FEB1, FEB1), s -> s);

    DivisionDayCounts a = r.finalCounts().get(Long.parseLong(A) + " " + FEB1);
    assertThat(a.counts().onTime()).isEqualTo(1);
    assertThat(a.counts().figuresReports()).isEqualTo(1);
    DivisionDayCounts township = r.finalCounts().get(Long.parseLong(TOWNSHIP) + " " + FEB1);
    assertThat(township.counts().received()).isEqualTo(2);
    assertThat(township.counts().onTime()).isEqualTo(2);
    assertThat(township.counts().figuresReports()).isEqualTo(2);
    assertThat(township.counts().zeroReports()).isZero();
    assertThat(r.rejected()).isEmpty();
  }

  @Test
  @DisplayName("bad lines are rejected with their line numbers and codes; good lines around them count")
  void badLines() throws Exception {
    List<NumberedLine> lines = numbered(
        "{\"unit\":\"4409831020\uFF101\",\"day\":\"2021-02-01\",\"filerId\":\"w-1\","
            + "\"filedAt\":\"2021-02-01T02:00:00Z\",\"content\":{\"type\":\"ZERO\"}}",
        "not json",
        zero("440983102009", FEB1, "2021-02-01T02:00:00Z"),       // a unit the register does not know
        zero(A, FEB1, "2021-02-01T02:00:00"),                     // no offset: the zone is never guessed
        zero(C, FEB1, "2021-02-01T02:00:00Z"));
    StreamRun.Result r = StreamRun.run(env(1), lines, List.of(), setup, settings(FEB1, FEB1), s -> s);

    assertThat(r.rejected().stream().map(ReferenceRun::key).sorted().toList()).containsExactly(
        "reports.jsonl:1 [core.division.code_characters]",
        "reports.jsonl:2 [core.json.malformed]",
        "reports.jsonl:3 [reporting.report.unit_unknown]",
        "reports.jsonl:4 [reporting.json.instant_without_offset]");
    DivisionDayCounts township = r.finalCounts().get(Long.parseLong(TOWNSHIP) + " " + FEB1);
    assertThat(township.counts().received()).isEqualTo(1);
    assertThat(township.counts().missing()).isEqualTo(2);
  }

  @Test
  @DisplayName("a report arriving after the allowed lateness is counted: a correction row and a late-arrival record")
  void lateAfterGrace() throws Exception {
    LocalDate feb10 = LocalDate.of(2021, 2, 10);
    List<NumberedLine> lines = numbered(
        zero(A, FEB1, "2021-02-01T02:00:00Z"),
        zero(A, feb10, "2021-02-10T02:00:00Z"),                   // moves the watermark past 1 Feb's final rows
        zero(B, FEB1, "2021-02-01T03:00:00Z"));                   // filed on time, but reaches the stream late
    ReportStreamSettings settings = ReportStreamSettings.from(FEB1, Duration.ZERO, Duration.ofHours(1))
        .until(feb10);
    // Hold line 2 long enough for a periodic watermark to follow it before line 3 is read.
    StreamRun.Result r = StreamRun.run(env(1), lines, List.of(), setup, settings, s -> s.map(l -> {
      if (l.line() == 2) {
        Thread.sleep(500);
      }
      return l;
    }).returns(TypeInformation.of(NumberedLine.class)));

    DivisionDayCounts township = r.finalCounts().get(Long.parseLong(TOWNSHIP) + " " + FEB1);
    assertThat(township.stage()).isEqualTo(RowStage.CORRECTION);
    assertThat(township.version()).isEqualTo(2);
    assertThat(township.counts().onTime()).isEqualTo(2);
    assertThat(township.counts().missing()).isEqualTo(1);
    assertThat(r.rows()).anySatisfy(row -> {
      assertThat(row.division()).isEqualTo(Long.parseLong(TOWNSHIP));
      assertThat(row.day()).isEqualTo(FEB1);
      assertThat(row.stage()).isEqualTo(RowStage.FINAL);
      assertThat(row.counts().onTime()).isEqualTo(1);
    });
    assertThat(r.late()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(LateArrival.Kind.COUNTED);
      assertThat(l.line()).isEqualTo(3);
      assertThat(l.day()).isEqualTo(FEB1);
    });
    // A correction names only the nodes above the changed unit: B, its ancestors and the country, not A or C.
    assertThat(r.rows().stream().filter(row -> row.stage() == RowStage.CORRECTION).map(DivisionDayCounts::division))
        .containsExactlyInAnyOrder(Long.parseLong(B), Long.parseLong(TOWNSHIP), 440983000000L, 440900000000L,
            Long.parseLong(PROVINCE), DivisionDayCounts.NATIONAL);
    assertThat(r.finalCounts().get(DivisionDayCounts.NATIONAL + " " + FEB1)).satisfies(row -> {
      assertThat(row.stage()).isEqualTo(RowStage.CORRECTION);
      assertThat(row.counts()).isEqualTo(r.finalCounts().get(Long.parseLong(PROVINCE) + " " + FEB1).counts());
    });
  }

  @Test
  @DisplayName("§2.3 a zero report on a day new isolation orders are known is a signal, ongoing isolation alone is not;"
      + " facts on the second stream join it")
  void concealmentSignals() throws Exception {
    List<NumberedLine> lines = numbered(
        zero(A, FEB1, "2021-02-01T02:00:00Z"),
        zero(B, FEB1, "2021-02-01T02:00:00Z"));
    List<NumberedLine> facts = List.of(
        NumberedLine.of("facts.jsonl", 1, "{\"unit\":\"" + A + "\",\"day\":\"2021-02-01\",\"activeCases\":0,"
            + "\"closeContacts\":0,\"homeIsolation\":2,\"centralisedIsolation\":0,\"healthMonitoring\":0,"
            + "\"newIsolationOrders\":2}"),
        NumberedLine.of("facts.jsonl", 2, "{\"unit\":\"" + B + "\",\"day\":\"2021-02-01\",\"activeCases\":0,"
            + "\"closeContacts\":0,\"homeIsolation\":2,\"centralisedIsolation\":0,\"healthMonitoring\":0}"),
        NumberedLine.of("facts.jsonl", 3, "{\"unit\":\"" + C + "\",\"day\":\"2021-02-01\",\"activeCases\":1,"
            + "\"closeContacts\":0,\"homeIsolation\":0,\"centralisedIsolation\":0,\"healthMonitoring\":0}"),
        NumberedLine.of("facts.jsonl", 4, "{\"unit\":\"" + C + "\",\"day\":\"2021-02-01\"}"));
    StreamRun.Result r = StreamRun.run(env(1), lines, facts, setup, settings(FEB1, FEB1), s -> s);

    assertThat(r.finalSignals()).containsOnlyKeys(Long.parseLong(A) + " " + FEB1, Long.parseLong(C) + " " + FEB1);
    UnitDaySignals a = r.signalRows().stream().filter(s -> s.unit() == Long.parseLong(A)).reduce((x, y) -> y)
        .orElseThrow();
    assertThat(a.kinds()).containsExactly(SignalKind.ZERO_REPORT_CONTRADICTED);
    assertThat(a.signalsJson()).singleElement().asString().contains("\"clauses\":[\"§2.3\",\"§1.6\"]");
    UnitDaySignals c = r.signalRows().stream().filter(s -> s.unit() == Long.parseLong(C)).reduce((x, y) -> y)
        .orElseThrow();
    assertThat(c.kinds()).containsExactly(SignalKind.MISSING_WITH_KNOWN_RECORDS);
    assertThat(r.rejected()).singleElement().satisfies(x -> {
      assertThat(x.source()).isEqualTo("facts.jsonl");
      assertThat(x.line()).isEqualTo(4);
      // Each absent count is named, one violation per field, never one violation at "".
      assertThat(x.codeList()).hasSize(5).containsOnly("core.json.missing_field");
      assertThat(x.fields()).containsExactlyInAnyOrder("activeCases", "closeContacts", "homeIsolation",
          "centralisedIsolation", "healthMonitoring");
    });
  }

  @Test
  @DisplayName("the country's row of each stage is the sum of the province rows of that stage")
  void nationalRow() throws Exception {
    String d = "360102001001";
    ReportStreamSetup twoProvinces = ReportStreamSetup.of(rules, UnitRegistry.of(List.of(
        UnitChange.opened(DivisionCode.parse(A), LocalDate.of(2020, 1, 1), "水口村"),
        UnitChange.opened(DivisionCode.parse(B), LocalDate.of(2020, 1, 1), "河背村"),
        UnitChange.opened(DivisionCode.parse(d), LocalDate.of(2020, 1, 1), "东湖社区"))));
    List<NumberedLine> lines = numbered(
        zero(A, FEB1, "2021-02-01T02:00:00Z"),                    // 10:00 Beijing: on time
        figures(d, FEB1, "2021-02-01T10:00:00Z", 0, 1));          // 18:00 Beijing: late, figures
    StreamRun.Result r = StreamRun.run(env(2), lines, List.of(), twoProvinces, settings(FEB1, FEB1), x -> x);

    List<DivisionDayCounts> national = r.rows().stream().filter(DivisionDayCounts::isNational)
        .sorted(java.util.Comparator.comparingInt(DivisionDayCounts::version)).toList();
    for (long province : new long[] {440000000000L, 360000000000L}) {
      assertThat(r.rows().stream().filter(x -> x.division() == province)
          .sorted(java.util.Comparator.comparingInt(DivisionDayCounts::version)).map(DivisionDayCounts::stage))
          .as("province %d", province).containsExactlyElementsOf(national.stream().map(DivisionDayCounts::stage)
              .toList());
    }
    for (DivisionDayCounts row : national) {
      CompletenessCounts sum = r.rows().stream().filter(x -> x.isProvince() && x.stage() == row.stage())
          .map(DivisionDayCounts::counts).reduce(CompletenessCounts.none(), CompletenessCounts::plus);
      assertThat(row.counts()).as(row.stage().name()).isEqualTo(sum);
      assertThat(row.code()).isEmpty();
      assertThat(row.level()).isEmpty();
    }
    DivisionDayCounts last = national.get(national.size() - 1);
    assertThat(last.stage()).isEqualTo(RowStage.FINAL);
    assertThat(last.day()).isEqualTo(FEB1);
    assertThat(last.counts()).isEqualTo(CompletenessCounts.of(3, 2, 1, 1));
    assertThat(last.counts().missing()).isEqualTo(1);
    assertThat(last.counts().zeroReports()).isEqualTo(1);
  }
}
