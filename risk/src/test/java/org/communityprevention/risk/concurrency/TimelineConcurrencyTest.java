package org.communityprevention.risk.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Concurrency.assertSameAsSingleThreaded;
import static org.communityprevention.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.communityprevention.core.testing.Concurrency;
import org.communityprevention.risk.testing.RiskGenerators;
import org.communityprevention.risk.testing.RiskGenerators.History;
import org.communityprevention.risk.timeline.RiskTimelines;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Risk timelines (风险等级时间线) computed by {@value Concurrency#TASKS} threads over shared rules and shared event
 * lists are exactly the single-threaded ones, explained timelines and hot-path level series alike.
 */
@DisplayName("Risk timelines shared between threads")
class TimelineConcurrencyTest {
  @Test
  @DisplayName("explained timelines are equal on 8 threads and on one")
  void timelines() {
    qt(1).forAll(histories()).checkAssert(histories -> assertThat(assertSameAsSingleThreaded(histories,
        h -> RiskTimelines.timeline(h.rules, h.area, h.window, h.reports, h.designations))).isEqualTo(80_000));
  }

  @Test
  @DisplayName("hot-path level series are equal on 8 threads and on one")
  void levels() {
    qt(1).forAll(histories()).checkAssert(histories -> assertThat(assertSameAsSingleThreaded(histories,
        h -> RiskTimelines.levels(h.rules, h.area, h.window, h.reports, h.designations))).isEqualTo(80_000));
  }

  private static Gen<List<History>> histories() {
    return lists().of(RiskGenerators.histories(60, 20, true)).ofSize(200);
  }
}
