package org.communityprevention.core.message;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders stable message codes (reason codes, violation codes) to Chinese or English text.
 *
 * <p>A code has the form {@code <module>.<package>.<key>}, for example {@code core.person.id_number_check}. Its text
 * lives in the resource bundle {@code org.communityprevention.<module>.<package>.Messages} (English in
 * {@code Messages.properties}, Chinese in {@code Messages_zh.properties}), so each package owns its own texts.
 * Placeholders are written {@code {name}} and filled from the parameters. A code without text renders as the code
 * itself followed by its parameters: rendering never fails.
 */
public final class Messages {
  /** Simplified Chinese, the default language of the library's texts. */
  public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  /** English. */
  public static final Locale EN = Locale.ENGLISH;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
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
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(bundleOf(code), target, Messages.class.getClassLoader(), NO_FALLBACK);
      return bundle.containsKey(code) ? bundle.getString(code) : null;
    } catch (MissingResourceException | IllegalArgumentException e) {
      return null;
    }
  }
}
