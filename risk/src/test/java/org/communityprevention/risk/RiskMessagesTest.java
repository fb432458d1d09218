package org.communityprevention.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.testing.ArchitectureRules;
import org.communityprevention.core.testing.MessageBundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Risk message texts")
class RiskMessagesTest {

  @Test
  @DisplayName("every risk bundle has the same codes in English and Chinese, each in its own package's bundle")
  void bundlesComplete() {
    Map<String, Properties[]> bundles = MessageBundles.under("org/communityprevention/risk/");
    assertThat(bundles).containsOnlyKeys("org/communityprevention/risk/designation/Messages",
        "org/communityprevention/risk/timeline/Messages", "org/communityprevention/risk/response/Messages",
        "org/communityprevention/risk/restriction/Messages", "org/communityprevention/risk/election/Messages");
    bundles.forEach((base, texts) -> {
      assertThat(texts[1].stringPropertyNames()).as(base + " zh").isEqualTo(texts[0].stringPropertyNames());
      for (String code : texts[0].stringPropertyNames()) {
        assertThat(Messages.bundleOf(code).replace('.', '/')).as(code).isEqualTo(base);
        assertThat(texts[1].getProperty(code)).as(code + " zh").isNotBlank()
            .isNotEqualTo(texts[0].getProperty(code));
      }
    });
  }

  @Test
  @DisplayName("every code constant of the risk module, and every code the sources name, has both texts")
  void everyCodeHasText() throws Exception {
    List<String> codes = new ArrayList<>();
    for (com.tngtech.archunit.core.domain.JavaClass c : ArchitectureRules.importMain("org.communityprevention.risk")) {
      for (Field f : Class.forName(c.getName()).getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && Modifier.isFinal(f.getModifiers())) {
          f.setAccessible(true);
          Object v = f.get(null);
          if (v instanceof String && ((String) v).startsWith("risk.")) {
            codes.add((String) v);
          }
        }
      }
    }
    assertThat(codes).hasSizeGreaterThan(80);
    for (String code : codes) {
      assertThat(Messages.hasText(code, Messages.EN)).as(code).isTrue();
      assertThat(Messages.hasText(code, Messages.ZH)).as(code).isTrue();
    }
  }

  @Test
  @DisplayName("the Chinese and English texts of a code use the same placeholders, up to the Chinese terms")
  void placeholdersMatch() {
    Pattern p = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    MessageBundles.under("org/communityprevention/risk/").forEach((base, texts) -> {
      for (String code : texts[0].stringPropertyNames()) {
        List<String> en = new ArrayList<>();
        Matcher m = p.matcher(texts[0].getProperty(code));
        while (m.find()) {
          en.add(m.group(1));
        }
        Matcher z = p.matcher(texts[1].getProperty(code));
        while (z.find()) {
          String name = z.group(1).endsWith("Zh") ? z.group(1).substring(0, z.group(1).length() - 2) : z.group(1);
          assertThat(en).as(code + " uses {" + z.group(1) + "} only in Chinese").contains(name);
        }
      }
    });
  }
}
