package org.communityprevention.flink.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.communityprevention.core.testing.Theories;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.reporting.testing.ReportingGenerators.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the report stream survives a restart")
class ReportStreamRestartTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  static final AtomicBoolean FAILED = new AtomicBoolean();
  static final AtomicInteger CHECKPOINTS = new AtomicInteger();
  static final AtomicInteger FAILED_AFTER_CHECKPOINTS = new AtomicInteger(-1);

  /** Passes lines through; after {@code after} lines it waits for a completed checkpoint, then fails once. */
  static final class FailOnce extends RichMapFunction<NumberedLine, NumberedLine> implements CheckpointListener {
    private static final long serialVersionUID = 1L;
    private final int after;
    private int seen;

    FailOnce(int after) {
      this.after = after;
    }

    @Override
    public NumberedLine map(NumberedLine line) throws Exception {
      if (!FAILED.get() && ++seen > after) {
        if (CHECKPOINTS.get() == 0) {
          Thread.sleep(20); // slow down until a checkpoint holds part of the input in state
        } else {
          FAILED.set(true);
          FAILED_AFTER_CHECKPOINTS.set(CHECKPOINTS.get());
          throw new IllegalStateException("injected failure after line " + line.line());
        }
      }
      return line;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      CHECKPOINTS.incrementAndGet();
    }
  }

  /** Twenty villages over ten days: most report, some late, some twice, some revised, some with figures. */
  static Scenario scenario() {
    java.util.Random random = new java.util.Random(Theories.SEED);
    java.time.LocalDate start = java.time.LocalDate.of(2021, 2, 1);
    java.util.List<org.communityprevention.reporting.registry.UnitChange> changes = new java.util.ArrayList<>();
    for (int v = 0; v < 20; v++) {
      changes.add(org.communityprevention.reporting.registry.UnitChange.opened(
          org.communityprevention.core.division.DivisionCode.ofLong(440983101001L + (v / 10) * 1000 + v % 10),
          start.minusDays(30), "村" + v));
    }
    org.communityprevention.reporting.registry.UnitRegistry registry =
        org.communityprevention.reporting.registry.UnitRegistry.of(changes);
    org.communityprevention.reporting.report.ReportingRules rules = org.communityprevention.reporting.report
        .ReportingRules.of(org.communityprevention.core.json.NationalBaselines.byId("ed7-2020"));
    java.util.List<org.communityprevention.reporting.report.DailyReport> reports = new java.util.ArrayList<>();
    for (org.communityprevention.reporting.registry.ReportingUnit u : registry.units()) {
      for (int d = 0; d < 10; d++) {
        java.time.LocalDate day = start.plusDays(d);
        if (random.nextInt(10) < 2) {
          continue;
        }
        java.time.Instant at = org.communityprevention.core.time.BeijingTime.startOf(day)
            .plusSeconds(random.nextInt(random.nextInt(4) == 0 ? 3 * 86_400 : 16 * 3600));
        org.communityprevention.reporting.report.DailyReport r = random.nextBoolean()
            ? org.communityprevention.reporting.report.DailyReport.zero(u.code(), day, "w1", at)
            : org.communityprevention.reporting.report.DailyReport.ofFigures(u.code(), day, "w1", at,
                org.communityprevention.reporting.report.ReportFigures.ofCounts(0, 0, 0, 0, 0, random.nextInt(3), 0,
                    random.nextInt(3), 5 - d / 3, 0));
        reports.add(r);
        if (random.nextInt(8) == 0) {
          reports.add(new org.communityprevention.reporting.report.DailyReport.Builder().from(r).revision(1)
              .filedAt(at.plusSeconds(3600)).build());
        }
      }
    }
    return new Scenario(registry, org.communityprevention.core.time.DateWindow.ofDays(start, 10), rules,
        reports);
  }

  @Test
  @DisplayName("a failure in the middle, restored from a checkpoint, changes no count, signal or rejection")
  void restartChangesNothing() throws Exception {
    Scenario s = scenario();
    StreamInputs in = StreamInputs.of(s, 7);
    assertThat(in.reports()).hasSizeGreaterThan(150);
    ReportStreamSetup setup = ReportStreamSetup.of(s.rules(), s.registry());
    ReportStreamSettings settings = ReportStreamSettings.from(s.window().start(), Duration.ZERO, Duration.ofHours(1))
        .until(s.window().lastDay().orElseThrow());

    StreamExecutionEnvironment plain = StreamExecutionEnvironment.getExecutionEnvironment();
    plain.setParallelism(2);
    StreamRun.Result once = StreamRun.run(plain, in.reports(), in.facts(), setup, settings, x -> x);

    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    env.enableCheckpointing(50);
    int half = in.reports().size() / 2;
    StreamRun.Result restarted = StreamRun.run(env, in.reports(), in.facts(), setup, settings,
        lines -> lines.map(new FailOnce(half)).setParallelism(1).name("fail once").uid("fail-once"));

    assertThat(FAILED.get()).as("the job failed once").isTrue();
    assertThat(FAILED_AFTER_CHECKPOINTS.get()).as("checkpoints before the failure").isPositive();
    assertThat(restarted.finalCompleteness()).isEqualTo(once.finalCompleteness());
    assertThat(restarted.finalSignals()).isEqualTo(once.finalSignals());
    assertThat(restarted.rejected().stream().map(ReferenceRun::key).sorted().toList())
        .isEqualTo(once.rejected().stream().map(ReferenceRun::key).sorted().toList());
    ReferenceRun memory = new ReferenceRun(in.reports(), in.facts(), s.rules(), s.registry(), s.window());
    assertThat(restarted.finalCompleteness()).isEqualTo(memory.counts).hasSize(10 * (20 + 2 + 3 + 1)); // 20 units, 2 townships, county, prefecture, province, country
    assertThat(restarted.finalSignals()).isEqualTo(memory.signals).isNotEmpty();
  }
}
