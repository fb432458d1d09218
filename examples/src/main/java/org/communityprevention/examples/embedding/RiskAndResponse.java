package org.communityprevention.examples.embedding;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.area.AreaFeature;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.response.EmergencyResponse;
import org.communityprevention.risk.response.ResponseTimeline;
import org.communityprevention.risk.timeline.LevelSeries;
import org.communityprevention.risk.timeline.RiskMap;
import org.communityprevention.risk.timeline.RiskTimeline;
import org.communityprevention.risk.timeline.RiskTimelines;
import org.communityprevention.risk.timeline.TimelineBatch;

/** An area's risk timeline and the emergency response it starts in a village (风险等级与应急响应, §1.4, §2.1, §1.8). */
public final class RiskAndResponse {
  private RiskAndResponse() {}

  /** What the example gives back, for the test. */
  public record Result(RiskTimeline township, LevelSeries villageLevels, ResponseTimeline response) {}

  /** One confirmed case in a village in February 2021, under a policy that designates townships. */
  public static Result run(Policy policy) {
    // tag::risk[]
    DesignationRules rules = DesignationRules.of(policy);              // refuses a policy that cannot drive a timeline
    DivisionCode village = DivisionCode.parse("440983102201");
    DateWindow february = DateWindow.of(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 1));   // half-open

    CaseReport report = CaseReport.of("r-1", AreaId.of(village), LocalDate.of(2021, 2, 3), 1, 0);
    TimelineBatch batch = RiskTimelines.timelines(rules, february, List.of(report), List.of());
    RiskTimeline township = batch.timelines().get(0);   // the report counts for township 440983102000 under ed7-2020
    // township.transitions(): LOW → MEDIUM on 02-03 (FACTS), MEDIUM → LOW on 02-18 (14 clean days), with reasons

    RiskMap map = RiskMap.ofTimelines(policy, february, batch.timelines());
    LevelSeries levels = map.villageSeries(village);                   // the village's governing level, day by day
    ResponseTimeline response = EmergencyResponse.timeline(policy, village,
        AreaProfile.of(true, AreaFeature.NEAR_AIRPORT), levels, List.of());
    // response.transitions(): ACTIVATED on 02-03, adding entry and exit checkpoints, temperature checks, the
    // registration of people entering and leaving, patrols and home visits; the area's features add health-code
    // checks and arrival screening (response.measuresOn(day)); STOOD_DOWN on 02-18. Closed management needs a
    // ClosedManagementOrder (§2.1 "as directed").
    // end::risk[]
    return new Result(township, levels, response);
  }
}
