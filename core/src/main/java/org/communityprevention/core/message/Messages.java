package org.communityprevention.core.message;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders stable message codes (reason codes, violation codes) to Chinese or English text.
 *
 * <p>A code has the form {@code <module>.<package>.<key>}, for example {@code core.person.id_number_check}. Its text
 * lives in the resource bundle {@code org.communityprevention.<module>.<package>.Messages} (English in
 * {@code Messages.properties}, Chinese in {@code Messages_zh.properties}), so each package owns its own texts.
 * Placeholders are written {@code {name}} and filled from the parameters. A word that agrees with a count is
 * written {@code {name|singular|plural}}: it renders as the singular when the parameter is 1 and as the plural
 * otherwise ({@code {count} past {count|day|days}} gives "1 past day", "3 past days"); Chinese texts need none. A
 * code without text renders as the code itself followed by its parameters: rendering never fails.
 *
 * <p>Bundles load on the class path and on the module path alike: in a named module a bundle is looked up in the
 * module that holds its package (the library's modules are open, so their bundles are visible to this one), since
 * a {@link ResourceBundle.Control} is not supported there.
 */
public final class Messages {
  /** Simplified Chinese, the default language of the library's texts. */
  public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  /** English. */
  public static final Locale EN = Locale.ENGLISH;

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{([A-Za-z0-9_.]+)(?:\\|([^|{}]*)\\|([^|{}]*))?}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The module of each bundle package, looked up once: the module layer does not change while running. */
  private static final Map<String, Optional<Module>> OWNERS = new ConcurrentHashMap<>();

  private Messages() {}

  /**
   * Renders a code in a language.
   *
   * @param code a stable code such as {@code core.person.id_number_check}
   * @param params values for the placeholders of the text; never personal data
   * @param locale {@link #ZH} or {@link #EN} (other locales fall back to English)
   * @return the text, never null
   */
  public static String render(String code, Map<String, ?> params, Locale locale) {
    Preconditions.checkNotNull(code, "code");
    String template = template(code, locale);
    if (template == null) {
      return params.isEmpty() ? code : code + " " + params;
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 16);
    while (m.find()) {
      Object value = params.get(m.group(1));
      String text;
      if (value == null) {
        text = m.group();
      } else if (m.group(2) != null) {
        text = isOne(String.valueOf(value)) ? m.group(2) : m.group(3);
      } else {
        text = String.valueOf(value);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean isOne(String count) {
    String c = count.strip();
    return c.equals("1") || c.equals("-1");
  }

  /** Whether a text exists for the code in the language (used by tests that every code has both texts). */
  public static boolean hasText(String code, Locale locale) {
    return template(code, locale) != null;
  }

  /** The bundle base name that holds a code's texts. */
  public static String bundleOf(String code) {
    int first = code.indexOf('.');
    int second = first < 0 ? -1 : code.indexOf('.', first + 1);
    Preconditions.checkArgument(second > 0, "a message code has the form module.package.key: %s", code);
    return "org.communityprevention." + code.substring(0, second) + ".Messages";
  }

  private static String template(String code, Locale locale) {
    Locale target = "zh".equals(locale.getLanguage()) ? ZH : Locale.ROOT;
    String base;
    try {
      base = bundleOf(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
    try {
      ResourceBundle bundle = bundle(base, target);
      return bundle.containsKey(code) ? bundle.getString(code) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static ResourceBundle bundle(String base, Locale target) {
    Module self = Messages.class.getModule();
    if (!self.isNamed()) {
      // The class path: no fallback to the machine's default locale, so English never turns into Chinese.
      return ResourceBundle.getBundle(base, target, Messages.class.getClassLoader(), NO_FALLBACK);
    }
    String pkg = base.substring(0, base.lastIndexOf('.'));
    Optional<Module> owner = OWNERS.computeIfAbsent(pkg, p -> ownerOf(self, p));
    if (owner.isEmpty()) {
      throw new MissingResourceException("no module holds " + pkg, base, "");
    }
    ResourceBundle bundle = ResourceBundle.getBundle(base, target, owner.get());
    // Without a Control, a missing Chinese bundle may fall back to the default locale's; only an exact or root
    // bundle counts, as on the class path.
    Locale found = bundle.getLocale();
    if (!found.equals(Locale.ROOT) && !found.getLanguage().equals(target.getLanguage())) {
      throw new MissingResourceException("no bundle for " + target, base, "");
    }
    return bundle;
  }

  private static Optional<Module> ownerOf(Module self, String pkg) {
    if (self.getPackages().contains(pkg)) {
      return Optional.of(self);
    }
    ModuleLayer layer = self.getLayer() == null ? ModuleLayer.boot() : self.getLayer();
    return layer.modules().stream().filter(m -> m.getPackages().contains(pkg)).findFirst()
        .or(() -> layer.parents().stream().flatMap(l -> l.modules().stream())
            .filter(m -> m.getPackages().contains(pkg)).findFirst());
  }
}
