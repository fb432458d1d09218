package org.communityprevention.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.communityprevention.core.testing.MessageBundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Message texts")
class MessagesTest {

  @Test
  @DisplayName("every core code has an English and a Chinese text, under its own package's bundle")
  void bundlesComplete() {
    Map<String, Properties[]> bundles = MessageBundles.under("org/communityprevention/core/");
    assertThat(bundles).isNotEmpty();
    bundles.forEach((base, texts) -> {
      assertThat(texts[1].stringPropertyNames()).as(base + " zh").isEqualTo(texts[0].stringPropertyNames());
      for (String code : texts[0].stringPropertyNames()) {
        assertThat(Messages.bundleOf(code).replace('.', '/')).as(code).isEqualTo(base);
        assertThat(Messages.hasText(code, Messages.ZH)).isTrue();
        assertThat(Messages.hasText(code, Messages.EN)).isTrue();
      }
    });
  }

  @Test
  @DisplayName("placeholders are filled from parameters, in Chinese and English")
  void rendersPlaceholders() {
    assertThat(Messages.render("core.policy.none_in_force", Map.of("date", "2019-12-01"), Messages.EN))
        .isEqualTo("no policy is in force on 2019-12-01");
    assertThat(Messages.render("core.policy.none_in_force", Map.of("date", "2019-12-01"), Messages.ZH))
        .isEqualTo("2019-12-01 没有有效的政策");
  }

  @Test
  @DisplayName("a code without text renders as the code, never fails")
  void unknownCode() {
    assertThat(Messages.render("core.nothing.here", Map.of(), Messages.EN)).isEqualTo("core.nothing.here");
    assertThat(Messages.render("core.nothing.here", Map.of("a", 1), Messages.ZH)).isEqualTo("core.nothing.here {a=1}");
  }

  @Test
  @DisplayName("English does not fall back to the machine's default locale")
  void noDefaultLocaleFallback() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
      assertThat(Messages.render("core.json.unknown_field", Map.of(), Messages.EN)).isEqualTo("unknown field");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  @DisplayName("a code names its bundle by module and package; a code without both is a programming error")
  void bundleNames() {
    assertThat(Messages.bundleOf("core.json.unknown_field")).isEqualTo("org.communityprevention.core.json.Messages");
    for (String bad : new String[] {"core", "core.json", ".json"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Messages.bundleOf(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Messages.hasText("core.nothing.here", Messages.EN)).isFalse();
    assertThat(Messages.hasText("core.json.unknown_field", Messages.EN)).isTrue();
  }

  @Test
  @DisplayName("a placeholder without its parameter stays as written")
  void missingParameter() {
    assertThat(Messages.render("core.policy.none_in_force", Map.of(), Messages.EN))
        .isEqualTo("no policy is in force on {date}");
  }
}
