package org.communityprevention.testkit.golden;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.communityprevention.risk.designation.ScreeningRound;
import org.communityprevention.risk.election.CommitteeKind;
import org.communityprevention.risk.election.ElectionCalendar;
import org.communityprevention.risk.election.ElectionDayStatus;
import org.communityprevention.risk.election.HealthDeclaration;
import org.communityprevention.risk.election.ParticipationStatus;
import org.communityprevention.risk.election.PollingPlan;
import org.communityprevention.risk.election.PollingPlanReview;
import org.communityprevention.risk.election.ProxyAuthorization;
import org.communityprevention.risk.election.ProxyReview;
import org.communityprevention.risk.election.RiskAssessment;
import org.communityprevention.risk.election.SpecialVotingPlan;
import org.communityprevention.risk.election.SpecialVotingReview;
import org.communityprevention.risk.election.Voter;
import org.communityprevention.risk.election.VotingMethod;
import org.communityprevention.risk.response.ClosedManagementOrder;
import org.communityprevention.risk.response.ResponseOrder;
import org.communityprevention.risk.response.ResponseTimeline;
import org.communityprevention.risk.restriction.GatheringGuidance;
import org.communityprevention.risk.restriction.GatheringKind;
import org.communityprevention.risk.restriction.MeetingPlan;
import org.communityprevention.risk.restriction.MeetingRuling;
import org.communityprevention.risk.timeline.LevelSeries;
import org.communityprevention.risk.timeline.RiskTimeline;

/**
 * The risk capability (风险等级、应急响应、活动限制、换届选举, §1.4, §1.8, §2.1, §3.3, §3.5, §4.1–§4.7, §5.5) as a vendor's
 * integration exposes it to the golden vectors. {@link LibraryAdapter} calls the library directly.
 */
public interface RiskAdapter {
  /** Capability {@code risk.timeline}: an area's levels and transitions over a window, from a low start (§1.4). */
  RiskTimeline timeline(Policy policy, AreaId area, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations);

  /**
   * Capability {@code risk.timeline} with the area's screening rounds, which a 9th-edition step down needs. The
   * default serves cases without rounds only; an integration that records rounds overrides it.
   */
  default RiskTimeline timeline(Policy policy, AreaId area, DateWindow window, List<CaseReport> reports,
      List<OfficialDesignation> designations, List<ScreeningRound> screenings) {
    if (!screenings.isEmpty()) {
      throw new UnsupportedOperationException("this integration does not record screening rounds");
    }
    return timeline(policy, area, window, reports, designations);
  }

  /** Capability {@code risk.response}: a village's emergency response over its governing levels (§1.4, §2.1, §1.8). */
  ResponseTimeline response(Policy policy, DivisionCode village, AreaProfile profile, LevelSeries levels,
      List<ClosedManagementOrder> orders);

  /**
   * Capability {@code risk.response} with the response orders of the local Party committee and government (§2.1
   * 按照当地党委和政府部署要求). An integration that takes no such orders answers the cases without them and fails
   * those with them.
   */
  default ResponseTimeline response(Policy policy, DivisionCode village, AreaProfile profile, LevelSeries levels,
      List<ClosedManagementOrder> orders, List<ResponseOrder> responseOrders) {
    if (!responseOrders.isEmpty()) {
      throw new UnsupportedOperationException("this integration takes no response orders");
    }
    return response(policy, village, profile, levels, orders);
  }

  /** Capability {@code risk.meeting}: a villagers' or residents' meeting at a level (§3.5). */
  Decision<MeetingRuling> meeting(Policy policy, RiskLevel level, MeetingPlan plan);

  /** Capability {@code risk.gathering}: weddings, funerals and banquets at a level (§3.3). */
  Decision<GatheringGuidance> gathering(Policy policy, RiskLevel level, GatheringKind kind);

  /** Capability {@code risk.electionCalendar}: when a village's election is suspended and resumes (§4.2). */
  ElectionCalendar electionCalendar(Policy policy, DivisionCode village, LevelSeries levels);

  /** Capability {@code risk.participation}: whether a candidate or election worker may take part (§4.3). */
  Decision<ParticipationStatus> participation(Policy policy, String participantId,
      List<HealthDeclaration> declarations, List<RiskAssessment> assessments, LocalDate electionDay);

  /** Capability {@code risk.proxies}: the rulings on a village's proxy authorizations (§4.4). */
  ProxyReview proxies(Policy policy, DivisionCode village, LocalDate electionDay, List<Voter> roll,
      List<ProxyAuthorization> authorizations, Optional<LocalDate> listsPublishedOn);

  /**
   * Capability {@code risk.proxies} for a committee kind (§4.4: residents' committees only where the policy provides
   * proxies). The default serves villagers' committees only; an integration that tells the kinds apart overrides it.
   */
  default ProxyReview proxies(Policy policy, DivisionCode village, CommitteeKind committee, LocalDate electionDay,
      List<Voter> roll, List<ProxyAuthorization> authorizations, Optional<LocalDate> listsPublishedOn) {
    if (committee != CommitteeKind.VILLAGERS_COMMITTEE) {
      throw new UnsupportedOperationException("this integration does not tell committee kinds apart");
    }
    return proxies(policy, village, electionDay, roll, authorizations, listsPublishedOn);
  }

  /** Capability {@code risk.votingMethods}: each voter's voting method, given the proxy rulings (§4.4). */
  SortedMap<String, Decision<VotingMethod>> votingMethods(Policy policy, DivisionCode village, LocalDate electionDay,
      List<Voter> roll, List<ProxyAuthorization> authorizations, Optional<LocalDate> listsPublishedOn);

  /** Capability {@code risk.pollingPlan}: the review of a polling plan at the village's level (§4.1, §4.2, §4.5–§4.7). */
  PollingPlanReview pollingPlan(Policy policy, PollingPlan plan, RiskLevel level);

  /**
   * Capability {@code risk.electionDay}: whether a planned election day is lawful over the village's levels (§4.2:
   * not suspended, the voter list published the policy's days before, counted from a resumption at the earliest).
   * The default answers none; an integration that plans election days overrides it.
   */
  default Decision<ElectionDayStatus> electionDay(Policy policy, DivisionCode village, LevelSeries levels,
      LocalDate electionDay, Optional<LocalDate> voterListPublishedOn) {
    throw new UnsupportedOperationException("this integration does not check election days");
  }

  /**
   * Capability {@code risk.specialVoting}: the check of a special voting plan of mobile ballot boxes against the
   * roll and the proxy rulings (§4.4). The default answers none; an integration that plans mobile ballot boxes
   * overrides it.
   */
  default SpecialVotingReview specialVoting(Policy policy, SpecialVotingPlan plan, List<Voter> roll,
      List<ProxyAuthorization> authorizations, Optional<LocalDate> listsPublishedOn) {
    throw new UnsupportedOperationException("this integration does not plan mobile ballot boxes");
  }
}
