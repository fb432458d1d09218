package org.communityprevention.risk.response;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * An order (部署要求) of a local Party committee and government, or of a headquarters, that starts, raises or
 * keeps the emergency response of an area (§2.1 "按照当地党委和政府部署要求"): every village and community under the
 * area's division code runs its response at least at the ordered level, with the measures the policy lists there
 * and the measures the order adds, from {@link #start()} until {@link #endExclusive()} (half-open, like
 * {@link ClosedManagementOrder}; no end means until further notice). An order may start a response where the risk
 * level is low; it never lowers one: the level-driven response and the orders combine, the stricter winning.
 *
 * <p>The document reference names the order (e.g. 某县疫情防控指挥部通告第3号), never a person.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResponseOrder.class)
@JsonDeserialize(as = ImmutableResponseOrder.class)
public abstract class ResponseOrder {
  /** Violation code: the document reference is blank. */
  public static final String DOCUMENT_BLANK = "risk.response.order_document_blank";
  /** Violation code: the document reference is longer than {@link #DOCUMENT_MAX_LENGTH}. */
  public static final String DOCUMENT_TOO_LONG = "risk.response.order_document_too_long";
  /** Violation code: the document reference holds a run of digits like a phone or identity number. */
  public static final String DOCUMENT_PERSONAL = "risk.response.order_document_personal";
  /** Violation code: the authority does not govern an area of that level. */
  public static final String AREA_ABOVE_AUTHORITY = "risk.response.order_area_above_authority";
  /** Violation code: an order at low that adds no measure orders nothing. */
  public static final String ORDERS_NOTHING = "risk.response.order_orders_nothing";
  /** Violation code: the end is not after the start. */
  public static final String END_NOT_AFTER_START = "risk.response.order_end_not_after_start";
  /** The longest document reference. */
  public static final int DOCUMENT_MAX_LENGTH = 100;

  // Eleven digits or more in a row is a mobile number or an identity number, never a document number.
  private static final Pattern PERSONAL_DIGITS = Pattern.compile("\\d{11,}");

  /** Who issued the order. */
  public abstract OrderAuthority authority();

  /** The document reference (文号), such as 某县疫情防控指挥部通告第3号. */
  public abstract String document();

  /** The area: every village and community under this division. */
  public abstract DivisionCode area();

  /** The level of response ordered (low: routine prevention with the added measures only). */
  public abstract RiskLevel level();

  /** Measures the order adds to those the policy lists at its level. */
  @Value.NaturalOrder
  public abstract SortedSet<ResponseMeasure> measures();

  /** The first day in force. */
  public abstract LocalDate start();

  /** The first day no longer in force; empty until further notice. */
  public abstract Optional<LocalDate> endExclusive();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (document().isBlank()) {
      problems.add(Violation.of("document", DOCUMENT_BLANK));
    } else if (document().length() > DOCUMENT_MAX_LENGTH) {
      problems.add(Violation.of("document", DOCUMENT_TOO_LONG, "max", DOCUMENT_MAX_LENGTH));
    } else if (PERSONAL_DIGITS.matcher(document()).find()) {
      problems.add(Violation.of("document", DOCUMENT_PERSONAL));
    }
    if (!authority().reaches(area().level())) {
      problems.add(Violation.of("area", AREA_ABOVE_AUTHORITY, "authority", authority().english(),
          "authorityZh", authority().chinese(), "level", area().level().english(), "levelZh",
          area().level().chinese()));
    }
    if (level() == RiskLevel.LOW && measures().isEmpty()) {
      problems.add(Violation.of("measures", ORDERS_NOTHING));
    }
    if (endExclusive().isPresent() && !endExclusive().get().isAfter(start())) {
      problems.add(Violation.of("endExclusive", END_NOT_AFTER_START, "start", start()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Whether the order applies to a village or community: it lies under the order's area. */
  public boolean appliesTo(DivisionCode village) {
    return area().contains(village);
  }

  /** Whether the order is in force on a day. */
  public boolean inForce(LocalDate day) {
    return !day.isBefore(start()) && endExclusive().map(day::isBefore).orElse(true);
  }

  /** Whether the order applies to a village and is in force on a day. */
  public boolean governs(DivisionCode village, LocalDate day) {
    return inForce(day) && appliesTo(village);
  }

  /** Builder. */
  public static final class Builder extends ImmutableResponseOrder.Builder {}
}
