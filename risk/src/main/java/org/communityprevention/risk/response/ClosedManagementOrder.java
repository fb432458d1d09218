package org.communityprevention.risk.response;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A local Party committee's and government's direction to apply closed management (封闭管理) to a village or
 * community over a half-open window of days. §2.1 applies closed management "where needed", as they direct: the
 * measure holds only while an order is in force and the level is one the policy lists it for.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClosedManagementOrder.class)
@JsonDeserialize(as = ImmutableClosedManagementOrder.class)
public abstract class ClosedManagementOrder {
  /** Violation code: the order is not for a village or community. */
  public static final String NOT_VILLAGE = "risk.response.order_not_village";

  /** The village or community. */
  public abstract DivisionCode village();

  /** The days the order is in force, half-open. */
  public abstract DateWindow window();

  /** The order's document, if given. */
  public abstract Optional<String> document();

  @Value.Check
  void check() {
    if (village().level() != DivisionLevel.VILLAGE) {
      throw ValidationException.of("village", NOT_VILLAGE, "level", village().level().code(),
          "levelZh", village().level().chinese());
    }
  }

  /** An order. */
  public static ClosedManagementOrder of(DivisionCode village, DateWindow window) {
    return ImmutableClosedManagementOrder.builder().village(village).window(window).build();
  }
}
