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
  @DisplayName("a counted word agrees with its count in English: 1 past day, 0 and 3 past days; Chinese has no plural")
  void plurals() {
    java.util.function.IntFunction<Map<String, Object>> p = n -> Map.of("count", n, "first", "2021-02-01",
        "last", "2021-02-03", "categories", "x");
    assertThat(Messages.render("core.population.unmanaged_missed_check_in", p.apply(1), Messages.EN))
        .startsWith("1 past day without");
    assertThat(Messages.render("core.population.unmanaged_missed_check_in", p.apply(0), Messages.EN))
        .startsWith("0 past days without");
    assertThat(Messages.render("core.population.unmanaged_missed_check_in", p.apply(3), Messages.EN))
        .startsWith("3 past days without");
    assertThat(Messages.render("core.population.unmanaged_missed_check_in", p.apply(1), Messages.ZH))
        .doesNotContain("|").doesNotContain("{");
  }

  @Test
  @DisplayName("every English text of core that counts a word makes it agree, and no Chinese text keeps the form")
  void pluralForms() {
    Map<String, Properties[]> bundles = MessageBundles.under("org/communityprevention/core/");
    java.util.regex.Pattern form = java.util.regex.Pattern.compile("\\{[A-Za-z0-9_.]+\\|");
    bundles.forEach((base, texts) -> {
      for (String code : texts[1].stringPropertyNames()) {
        assertThat(form.matcher(texts[1].getProperty(code)).find()).as(code + " zh").isFalse();
      }
      for (String code : texts[0].stringPropertyNames()) {
        assertThat(texts[0].getProperty(code)).as(code).doesNotContainPattern("\\{[A-Za-z0-9_.]+} [a-z]+\\(s\\)");
      }
    });
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
