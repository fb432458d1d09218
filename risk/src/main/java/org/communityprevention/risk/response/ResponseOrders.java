package org.communityprevention.risk.response;

import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.BatchResult;

/**
 * Response orders in bulk (§2.1): the orders of a province's or county's platform for many villages and areas at
 * once. A bad order is rejected with its violations (named by its index and field) and the others are kept, so
 * {@code accepted + rejected = input}; the accepted ones are then handed to each village's response.
 */
public final class ResponseOrders {
  private ResponseOrders() {}

  /** Reads orders, one JSON object each; an order that does not parse or validate is rejected. */
  public static BatchResult<ResponseOrder> read(List<String> json) {
    return BatchResult.validateEach(json, j -> Json.read(j, ResponseOrder.class));
  }

  /** The orders whose area holds a village, in the order given: the ones its response takes. */
  public static List<ResponseOrder> applyingTo(List<ResponseOrder> orders, DivisionCode village) {
    List<ResponseOrder> out = new ArrayList<>();
    for (ResponseOrder o : orders) {
      if (o.appliesTo(village)) {
        out.add(o);
      }
    }
    return out;
  }
}
