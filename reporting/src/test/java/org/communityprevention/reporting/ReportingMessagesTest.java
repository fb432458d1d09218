package org.communityprevention.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.testing.MessageBundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("reporting message texts")
class ReportingMessagesTest {

  @Test
  @DisplayName("every reporting code has an English and a Chinese text, under its own package's bundle")
  void bundlesComplete() {
    Map<String, Properties[]> bundles = MessageBundles.under("org/communityprevention/reporting/");
    assertThat(bundles).hasSize(9);
    bundles.forEach((base, texts) -> {
      assertThat(texts[1].stringPropertyNames()).as(base + " zh").isEqualTo(texts[0].stringPropertyNames());
      for (String code : texts[0].stringPropertyNames()) {
        assertThat(Messages.bundleOf(code).replace('.', '/')).as(code).isEqualTo(base);
      }
    });
  }

  @Test
  @DisplayName("every code constant of the module has both texts")
  void everyConstantHasTexts() throws Exception {
    Set<String> codes = new TreeSet<>();
    for (ClassPath.ClassInfo info : ClassPath.from(getClass().getClassLoader())
        .getTopLevelClassesRecursive("org.communityprevention.reporting")) {
      if (info.getName().contains(".testing.") || info.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      for (Field f : info.load().getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
          String v = (String) f.get(null);
          if (v.startsWith("reporting.")) {
            codes.add(v);
          }
        }
      }
    }
    assertThat(codes).hasSizeGreaterThan(30);
    for (String code : codes) {
      assertThat(Messages.hasText(code, Messages.EN)).as(code).isTrue();
      assertThat(Messages.hasText(code, Messages.ZH)).as(code).isTrue();
    }
  }
}
