package org.communityprevention.risk.restriction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;

/**
 * §5.5: community service facilities follow prevention norms; in areas with an outbreak they check temperatures and
 * health codes, limit flow and clean and disinfect, and reduce or suspend gatherings in deliberation, reading,
 * recreation (mahjong and chess) and elderly activity rooms (day care). At {@code activities.facilityRestrictionsFrom}
 * every room is limited to {@code activities.facilityFlowLimitShare} of its capacity (at least one person); from
 * {@code activities.gatheringRoomsSuspendedFrom} the gathering rooms are suspended. The service hall is never
 * suspended, so that services go on (§5.1).
 */
public final class Facilities {
  /** Violation code: a capacity below 1. */
  public static final String CAPACITY = "risk.restriction.capacity";
  /** Reason code: open under routine norms. */
  public static final String OPEN = "risk.restriction.facility_open";
  /** Reason code: open with checks and a flow limit. */
  public static final String LIMITED = "risk.restriction.facility_limited";
  /** Reason code: a gathering room suspended. */
  public static final String SUSPENDED = "risk.restriction.facility_suspended";

  private Facilities() {}

  /** How a room opens, without reasons (the hot path). */
  public static FacilityStatus status(ActivityPolicy policy, RiskLevel level, FacilityRoom room) {
    if (room.isGatheringRoom() && level.atLeast(policy.gatheringRoomsSuspendedFrom())) {
      return FacilityStatus.SUSPENDED;
    }
    return level.atLeast(policy.facilityRestrictionsFrom()) || level.atLeast(policy.gatheringRoomsSuspendedFrom())
        ? FacilityStatus.LIMITED : FacilityStatus.OPEN;
  }

  /**
   * The ruling for a room of a given capacity, with its reason.
   *
   * @throws ValidationException with {@value #CAPACITY} for a capacity below 1
   */
  public static Decision<FacilityRuling> decide(Policy policy, RiskLevel level, FacilityRoom room, int capacity) {
    if (capacity < 1) {
      throw ValidationException.of("capacity", CAPACITY, "value", capacity);
    }
    ActivityPolicy a = policy.activities();
    FacilityStatus status = status(a, level, room);
    FacilityRuling.Builder ruling = new FacilityRuling.Builder();
    ruling.room(room).status(status);
    List<Reason> why = new ArrayList<>(1);
    Reason.Builder r;
    if (status == FacilityStatus.OPEN) {
      r = Reason.of(OPEN, Clause.S5_5).policy("activities.facilityRestrictionsFrom", a.facilityRestrictionsFrom());
    } else if (status == FacilityStatus.LIMITED) {
      int max = Math.max(1, (int) Math.floor(capacity * a.facilityFlowLimitShare()));
      ruling.maxPeopleAtOnce(max).addAllMeasures(EnumSet.allOf(FacilityMeasure.class));
      r = Reason.of(LIMITED, Clause.S5_5).fact("capacity", capacity).fact("max", max)
          .policy("activities.facilityRestrictionsFrom", a.facilityRestrictionsFrom())
          .policy("activities.facilityFlowLimitShare", a.facilityFlowLimitShare());
    } else {
      ruling.addMeasures(FacilityMeasure.CLEANING_AND_DISINFECTION);
      r = Reason.of(SUSPENDED, Clause.S5_5)
          .policy("activities.gatheringRoomsSuspendedFrom", a.gatheringRoomsSuspendedFrom());
    }
    why.add(r.fact("room", room).fact("roomZh", room.chinese()).fact("level", level)
        .fact("levelZh", level.chinese()).build());
    return Decision.of(ruling.build(), policy.ref(), why);
  }
}
