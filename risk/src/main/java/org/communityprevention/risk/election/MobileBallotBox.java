package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A mobile ballot box (流动票箱) of the special voting method (专门的投票办法, §4.4): the staff who carry it and its
 * route, the voters it visits in visiting order, by the caller's opaque ids.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMobileBallotBox.class)
@JsonDeserialize(as = ImmutableMobileBallotBox.class)
public abstract class MobileBallotBox {
  /** The caller's id of the box. */
  public abstract String id();

  /** The number of election staff carrying the box. */
  public abstract int staff();

  /** The voters the box visits, in visiting order. */
  public abstract List<String> route();

  @Value.Check
  void check() {
    Ids.check("id", id());
    if (staff() < 0) {
      throw ValidationException.of("staff", TimeSlot.NEGATIVE, "value", staff());
    }
    for (int i = 0; i < route().size(); i++) {
      Ids.check("route[" + i + "]", route().get(i));
    }
  }

  /** A box. */
  public static MobileBallotBox of(String id, int staff, String... route) {
    return ImmutableMobileBallotBox.builder().id(id).staff(staff).addRoute(route).build();
  }
}
