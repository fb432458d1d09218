package org.communityprevention.core.isolation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * An order to take everyone in an area to centralised isolation (大规模集中隔离指令, §2.5): the document that orders
 * it, the village, community or part of one it covers, and when its information release (信息发布) told the residents
 * what will happen, which must come before the first vehicle leaves.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMassIsolationOrder.class)
@JsonDeserialize(as = ImmutableMassIsolationOrder.class)
public abstract class MassIsolationOrder {
  /** The order's document reference (文号), an opaque id. */
  public abstract String orderId();

  /** The village or community whose residents are taken (its 12-digit code). */
  public abstract DivisionCode area();

  /** When the information release was published to the residents. */
  public abstract Instant announcedAt();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    Ids.check(orderId(), "orderId", problems);
    area().villageViolation("area").ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** An order. */
  public static MassIsolationOrder of(String orderId, DivisionCode area, Instant announcedAt) {
    return ImmutableMassIsolationOrder.builder().orderId(orderId).area(area).announcedAt(announcedAt).build();
  }
}
