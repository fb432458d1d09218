package org.communityprevention.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.testing.MessageBundles;
import org.communityprevention.services.eligibility.ChannelFindingKind;
import org.communityprevention.services.eligibility.EligibilityRule;
import org.communityprevention.services.eligibility.Trait;
import org.communityprevention.services.allocation.PriorityLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Services message texts")
class MessagesTest {

  @Test
  @DisplayName("every services code has an English and a Chinese text, under its own package's bundle")
  void bundlesComplete() {
    Map<String, Properties[]> bundles = MessageBundles.under("org/communityprevention/services/");
    assertThat(bundles).hasSize(6);
    bundles.forEach((base, texts) -> {
      assertThat(texts[1].stringPropertyNames()).as(base + " zh").isEqualTo(texts[0].stringPropertyNames());
      for (String code : texts[0].stringPropertyNames()) {
        assertThat(Messages.bundleOf(code).replace('.', '/')).as(code).isEqualTo(base);
        assertThat(texts[0].getProperty(code)).as(code).isNotBlank();
        assertThat(texts[1].getProperty(code)).as(code).isNotBlank();
      }
    });
  }

  @Test
  @DisplayName("every trait, rule, finding and priority level has its reason text in both languages")
  void reasonCodesHaveTexts() {
    for (Trait t : Trait.all()) {
      assertThat(Messages.hasText(t.reasonCode(), Messages.ZH)).as(t.reasonCode()).isTrue();
      assertThat(Messages.hasText(t.reasonCode(), Messages.EN)).as(t.reasonCode()).isTrue();
    }
    for (EligibilityRule r : EligibilityRule.all()) {
      assertThat(Messages.hasText(r.reasonCode(), Messages.ZH)).as(r.reasonCode()).isTrue();
      assertThat(Messages.hasText(r.reasonCode(), Messages.EN)).as(r.reasonCode()).isTrue();
    }
    for (ChannelFindingKind k : ChannelFindingKind.values()) {
      assertThat(Messages.hasText(k.reasonCode(), Messages.ZH)).as(k.reasonCode()).isTrue();
    }
    for (PriorityLevel l : PriorityLevel.values()) {
      String code = "services.eligibility.priority_" + l.name().toLowerCase(java.util.Locale.ROOT);
      assertThat(Messages.hasText(code, Messages.ZH)).as(code).isTrue();
      assertThat(Messages.hasText(code, Messages.EN)).as(code).isTrue();
    }
  }
}
