package org.communityprevention.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.testing.MessageBundles;
import org.communityprevention.flink.population.json.ResidentLines;
import org.communityprevention.flink.reporting.ReportStreamSettings;
import org.communityprevention.flink.reporting.UnitDayFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("flink message texts")
class FlinkMessagesTest {
  @Test
  @DisplayName("every flink code has an English and a Chinese text, under its own package's bundle")
  void bundlesComplete() {
    Map<String, Properties[]> bundles = MessageBundles.under("org/communityprevention/flink/");
    assertThat(bundles).hasSize(2);
    bundles.forEach((base, texts) -> {
      assertThat(texts[1].stringPropertyNames()).as(base + " zh").isEqualTo(texts[0].stringPropertyNames());
      for (String code : texts[0].stringPropertyNames()) {
        assertThat(Messages.bundleOf(code).replace('.', '/')).as(code).isEqualTo(base);
      }
    });
    for (String code : new String[] {ReportStreamSettings.INVALID, UnitDayFunction.FACTS_AFTER_RETENTION,
        ResidentLines.NOT_A_VILLAGE}) {
      assertThat(Messages.hasText(code, Messages.EN)).as(code).isTrue();
      assertThat(Messages.hasText(code, Messages.ZH)).as(code).isTrue();
    }
  }
}
