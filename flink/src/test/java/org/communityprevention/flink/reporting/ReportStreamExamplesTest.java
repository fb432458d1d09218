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
}
