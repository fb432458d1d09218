package org.communityprevention.risk.response;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/** Where a village's or community's emergency response stands at the end of a day: the fold state. */
@Value.Immutable
@JsonSerialize(as = ImmutableResponseStatus.class)
@JsonDeserialize(as = ImmutableResponseStatus.class)
public abstract class ResponseStatus {
  /** The village or community. */
  public abstract DivisionCode village();

  /** The day. */
  public abstract LocalDate day();

  /** The response state. */
  public abstract ResponseState state();

  /** The governing level. */
  public abstract RiskLevel level();

  /** Whether a closed-management order was in force. */
  public abstract boolean closedManagementOrdered();

  /** The measures in force. */
  @Value.NaturalOrder
  public abstract SortedSet<ResponseMeasure> measures();

  /**
   * The level the response runs at: the stricter of the governing level and the levels of the response orders in
   * force; the governing level when no order is.
   */
  @Value.Default
  public RiskLevel responseLevel() {
    return level();
  }

  /** The response orders in force for the village on the day, in the order given. */
  public abstract List<ResponseOrder> orders();

  /** Builder. */
  public static final class Builder extends ImmutableResponseStatus.Builder {}
}
