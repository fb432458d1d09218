package org.communityprevention.flink;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.runtime.util.EnvironmentInformation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The same test sources run in module {@code flink} (Flink 2.x) and {@code flink-1.20}: each build says which Flink it
 * compiled against, and this checks that the MiniCluster tests beside it really run on that one.
 */
@DisplayName("the tests run on the Flink the module is built for")
class FlinkVersionTest {
  @Test
  @DisplayName("the Flink runtime on the class path is the module's Flink version")
  void runtimeIsTheModulesFlink() {
    String expected = System.getProperty("flink.expected.version");
    assertThat(expected).as("system property flink.expected.version, set by the module's build").isNotBlank();
    assertThat(EnvironmentInformation.getVersion()).isEqualTo(expected);
  }
}
