package org.communityprevention.flink.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.communityprevention.core.testing.Theories;
import org.communityprevention.reporting.testing.ReportingGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the report stream agrees with the in-memory library")
class ReportStreamProperties {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  /** Each example runs a whole job on the MiniCluster, so a dozen examples; -DQT_EXAMPLES does not scale it. */
  private static final int EXAMPLES = Integer.getInteger("FLINK_QT_EXAMPLES", 12);

  @Test
  @DisplayName("counts at every level, signals and rejected lines equal the library's for shuffled, resent input")
  void equalsInMemory() {
    Theories.qt(EXAMPLES).forAll(ReportingGenerators.scenarios(), longs().all()).checkAssert((s, seed) -> {
      StreamInputs in = StreamInputs.of(s, seed);
      // Half the runs let no report fall behind the watermark, and watermarks go out every millisecond, so many
      // reports arrive after their day's final rows and must come back as corrections.
      Duration outOfOrder = seed % 2 == 0 ? Duration.ZERO : Duration.ofMinutes(30);
      ReportStreamSettings settings = ReportStreamSettings.from(s.window().start(), outOfOrder,
          Duration.ofHours(1)).until(s.window().lastDay().orElseThrow());
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      env.setParallelism(2);
      env.getConfig().setAutoWatermarkInterval(1L);
      StreamRun.Result flink;
      try {
        flink = StreamRun.run(env, in.reports(), in.facts(), ReportStreamSetup.of(s.rules(), s.registry()),
            settings, x -> x);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      ReferenceRun memory = new ReferenceRun(in.reports(), in.facts(), s.rules(), s.registry(), s.window());

      assertThat(flink.finalCompleteness()).isEqualTo(memory.counts);
      assertThat(flink.finalSignals()).isEqualTo(memory.signals);
      assertThat(flink.rejected().stream().map(ReferenceRun::key).sorted().toList())
          .isEqualTo(memory.rejected.stream().sorted().toList());
    });
  }
}
