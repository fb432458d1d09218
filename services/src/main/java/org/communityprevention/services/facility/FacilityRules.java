package org.communityprevention.services.facility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;

/**
 * The §5.5 operating rules of community service facilities under one policy (设施防疫规范). Immutable and
 * thread-safe.
 *
 * <p>A facility is <b>restricted</b> in an area with an outbreak (its explicit flag, else its level from
 * {@code services.outbreakFrom}) and in any area at or above {@code activities.facilityRestrictionsFrom}. A
 * restricted facility checks temperature and health codes, cleans and disinfects, and admits at most
 * {@code floor(capacity × activities.facilityFlowLimitShare)} people at once; each room likewise. Gathering rooms
 * are <b>suspended</b> rather than reduced from {@code activities.gatheringRoomsSuspendedFrom}, the level the risk
 * module's facility restrictions use too; a room whose limit rounds down to nobody is suspended too. Outside those
 * areas the facility runs normally.
 */
public final class FacilityRules {
  private final Policy policy;
  private final RiskLevel outbreakFrom;
  private final RiskLevel restrictionsFrom;
  private final double share;
  private final RiskLevel gatheringRoomsSuspendedFrom;

  private FacilityRules(Policy policy) {
    this.policy = policy;
    this.outbreakFrom = policy.services().outbreakFrom();
    this.restrictionsFrom = policy.activities().facilityRestrictionsFrom();
    // The policy guarantees 0 ≤ share ≤ 1 (core.policy.share_range).
    this.share = policy.activities().facilityFlowLimitShare();
    this.gatheringRoomsSuspendedFrom = policy.activities().gatheringRoomsSuspendedFrom();
  }

  /** The rules under a policy. */
  public static FacilityRules under(Policy policy) {
    return new FacilityRules(policy);
  }

  /** How a facility operates in an area on a day. */
  public FacilityOperatingRules on(Facility facility, AreaSituation area, LocalDate date) {
    RiskLevel level = area.riskLevel();
    boolean outbreak = area.hasOutbreak(outbreakFrom);
    boolean restricted = outbreak || level.atLeast(restrictionsFrom);
    FacilityOperatingRules.Builder out = new FacilityOperatingRules.Builder().facilityId(facility.facilityId())
        .date(date).area(area).restricted(restricted).policy(policy.ref());
    Reason.Builder why = Reason.of(restricted ? "services.facility.restricted" : "services.facility.normal",
        Clause.S5_5).fact("riskLevel", level).fact("outbreak", outbreak)
        .policy("activities.facilityRestrictionsFrom", restrictionsFrom);
    if (area.outbreak().isPresent()) {
      why.fact("outbreakDeclared", area.outbreak().get());
    } else {
      why.policy("services.outbreakFrom", outbreakFrom);
    }
    out.addReasons(why.build());
    if (!restricted) {
      for (FacilityRoom room : inRoomOrder(facility).keySet()) {
        out.addRooms(RoomRule.of(room, RoomStatus.OPEN, Optional.empty()));
      }
      return out.build();
    }

    out.addAllMeasures(EnumSet.allOf(FacilityMeasure.class));
    int facilityLimit = limit(facility.capacity());
    out.maxPeople(facilityLimit);
    out.addReasons(Reason.of("services.facility.flow_limit", Clause.S5_5).fact("capacity", facility.capacity())
        .fact("maxPeople", facilityLimit).policy("activities.facilityFlowLimitShare", share).build());

    boolean suspendGatherings = level.atLeast(gatheringRoomsSuspendedFrom);
    Set<FacilityRoom> tooSmall = EnumSet.noneOf(FacilityRoom.class);
    Set<FacilityRoom> suspended = EnumSet.noneOf(FacilityRoom.class);
    for (Map.Entry<FacilityRoom, Integer> e : inRoomOrder(facility).entrySet()) {
      FacilityRoom room = e.getKey();
      int roomLimit = limit(e.getValue());
      if (room.isGatheringRoom() && suspendGatherings) {
        suspended.add(room);
        out.addRooms(RoomRule.of(room, RoomStatus.SUSPENDED, Optional.empty()));
      } else if (roomLimit == 0) {
        tooSmall.add(room);
        out.addRooms(RoomRule.of(room, RoomStatus.SUSPENDED, Optional.empty()));
      } else {
        out.addRooms(RoomRule.of(room, RoomStatus.REDUCED, Optional.of(roomLimit)));
      }
    }
    if (!suspended.isEmpty()) {
      out.addReasons(Reason.of("services.facility.gatherings_suspended", Clause.S5_5)
          .fact("rooms", suspended).fact("riskLevel", level)
          .policy("activities.gatheringRoomsSuspendedFrom", gatheringRoomsSuspendedFrom)
          .build());
    }
    if (!tooSmall.isEmpty()) {
      out.addReasons(Reason.of("services.facility.room_limit_zero", Clause.S5_5).fact("rooms", tooSmall)
          .policy("activities.facilityFlowLimitShare", share).build());
    }
    return out.build();
  }

  /** {@code floor(capacity × share)}, computed in decimal so that 0.29 × 100 is 29, not 28. */
  int limit(int capacity) {
    return BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(capacity)).setScale(0, RoundingMode.FLOOR)
        .intValueExact();
  }

  private static Map<FacilityRoom, Integer> inRoomOrder(Facility facility) {
    Map<FacilityRoom, Integer> out = new EnumMap<>(FacilityRoom.class);
    out.putAll(facility.rooms());
    return out;
  }
}
