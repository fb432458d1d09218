package org.communityprevention.examples.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.population.Category;
import org.communityprevention.services.catalogue.Channel;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.facility.FacilityRoom;

/**
 * A reason's text for the page, with the enum values among its facts and policy values in the page's language.
 *
 * <p>Some reasons carry enum codes as fact values ({@code categories → close_contact, centralised_isolation},
 * {@code riskLevel → HIGH}) and their message texts print the values as they are, so a Chinese sentence would show
 * English codes. Until the message bundles render such values through the enums' terms, the page replaces every
 * value that is wholly a code (or a list of codes) of a known enum by its term before rendering; any other value,
 * and the reason itself, is left as it is.
 */
final class ReasonText {
  private static final Map<String, String[]> TERMS = new HashMap<>();

  static {
    for (Category c : Category.values()) {
      put(c.code(), c.chinese(), c.english());
      put(c.name(), c.chinese(), c.english());
    }
    for (RiskLevel l : RiskLevel.values()) {
      put(l.name(), l.chinese(), l.english());
    }
    for (FacilityRoom r : FacilityRoom.values()) {
      put(r.name(), r.chinese(), r.english());
    }
    for (CommunityService c : CommunityService.values()) {
      put(c.code(), c.chinese(), c.english());
      put(c.name(), c.chinese(), c.english());
    }
    for (Channel c : Channel.values()) {
      put(c.name(), c.chinese(), c.english());
    }
  }

  private ReasonText() {}

  private static void put(String code, String chinese, String english) {
    TERMS.putIfAbsent(code, new String[] {chinese, english});
  }

  /** The reason's text in a language, enum codes among its values shown as their terms. */
  static String of(Reason reason, Locale lang) {
    boolean zh = "zh".equals(lang.getLanguage());
    Reason.Builder b = Reason.of(reason.code());
    b.addAllClauses(reason.clauses());
    reason.facts().forEach((k, v) -> b.fact(k, localise(v, zh)));
    reason.policyValues().forEach((k, v) -> b.policy(k, localise(v, zh)));
    return b.build().text(lang);
  }

  /** The value with its codes replaced by terms, if it is wholly a code or a list of codes; else the value. */
  static String localise(String value, boolean zh) {
    String inner = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
    List<String> terms = new ArrayList<>();
    for (String token : inner.split(",")) {
      String[] term = TERMS.get(token.strip());
      if (term == null) {
        return value;
      }
      terms.add(zh ? term[0] : term[1]);
    }
    return String.join(zh ? "、" : ", ", terms);
  }
}
