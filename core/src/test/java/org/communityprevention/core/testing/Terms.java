package org.communityprevention.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the bilingual terms of a module's enums: every enum with {@code chinese()} and {@code english()} gives each
 * constant a non-blank term in both languages, and no two constants of one enum share a term (a vendor's screen
 * shows them side by side), unless the enum is named as one whose terms may repeat.
 */
public final class Terms {
  private Terms() {}

  /**
   * Checks every such enum under a root package and returns the enums checked.
   *
   * @param repeatsAllowed enums whose constants may share a term by design (their callers check what must be
   *     distinct)
   */
  public static List<Class<?>> checkAll(String rootPackage, Class<?>... repeatsAllowed) {
    Set<Class<?>> mayRepeat = Set.of(repeatsAllowed);
    List<Class<?>> checked = new ArrayList<>();
    for (JavaClass c : ArchitectureRules.importMain(rootPackage)) {
      if (!c.isEnum()) {
        continue;
      }
      Class<?> type = c.reflect();
      if (!type.isEnum()) {
        continue; // the class of a constant with a body: its enum is checked on its own
      }
      Method chinese = method(type, "chinese");
      Method english = method(type, "english");
      if (chinese == null || english == null) {
        continue;
      }
      Set<String> zh = new HashSet<>();
      Set<String> en = new HashSet<>();
      for (Object constant : type.getEnumConstants()) {
        String z = invoke(chinese, constant);
        String e = invoke(english, constant);
        assertThat(z).as("%s.%s chinese", type.getSimpleName(), constant).isNotBlank();
        assertThat(e).as("%s.%s english", type.getSimpleName(), constant).isNotBlank();
        if (!mayRepeat.contains(type)) {
          assertThat(zh.add(z)).as("%s: Chinese term '%s' used twice", type.getSimpleName(), z).isTrue();
          assertThat(en.add(e)).as("%s: English term '%s' used twice", type.getSimpleName(), e).isTrue();
        }
      }
      checked.add(type);
    }
    return checked;
  }

  private static Method method(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      return m.getReturnType() == String.class ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static String invoke(Method m, Object target) {
    try {
      return (String) m.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
