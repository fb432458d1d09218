package org.communityprevention.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.SortedSet;
import org.communityprevention.core.area.RiskLevel;
import org.immutables.value.Value;

/**
 * What a risk level restricts (§3.3, §3.5, §4.x, §5.5): meetings, gatherings, elections and facility rooms. A level
 * threshold means "at this level and above".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivityPolicy.class)
@JsonDeserialize(as = ImmutableActivityPolicy.class)
public abstract class ActivityPolicy {
  /**
   * Largest attendance of a meeting where meetings are allowed (§3.5), per meeting kind: one number in JSON for
   * every kind, or a general limit with limits of some kinds ({@link MeetingSizeLimits}). A statutory meeting above
   * its limit meets in groups rather than fall below its quorum.
   */
  public abstract MeetingSizeLimits meetingMaxParticipants();

  /** Longest duration of such a meeting, in minutes (§3.5). */
  public abstract int meetingMaxMinutes();

  /** Level from which meetings are postponed (§3.5: medium and high). */
  public abstract RiskLevel meetingsPostponedFrom();

  /** Level from which weddings are postponed, funerals simplified and banquets not held (§3.3). */
  public abstract RiskLevel gatheringsRestrictedFrom();

  /** Level from which committee elections are suspended (§4.2: medium and high). */
  public abstract RiskLevel electionsSuspendedFrom();

  /**
   * Days before election day by which the voter list (选民名单) must be published (村民委员会组织法 Art. 14: 20). An
   * election resumed after a §4.2 suspension needs the same lead time, counted from the resumption at the earliest.
   */
  public abstract int voterListPublicationDays();

  /**
   * Level from which community service facilities check temperature and health codes, limit flow and disinfect, and
   * gathering rooms reduce their use (§5.5: areas with an outbreak).
   */
  public abstract RiskLevel facilityRestrictionsFrom();

  /** Level from which gathering rooms (议事室、图书室、文体活动室、老年活动室) are suspended rather than reduced (§5.5). */
  public abstract RiskLevel gatheringRoomsSuspendedFrom();

  /** Share (0–1) of a facility's capacity allowed in at once where flow is limited (§5.5). */
  public abstract double facilityFlowLimitShare();

  /** Largest number of proxies one voter may hold (§4.4). */
  public abstract int proxyCapPerHolder();

  /** Days before election day a written proxy must be filed. */
  public abstract int proxyFilingDaysBefore();

  /**
   * Whether the proxy rules (委托投票) apply to residents' committee (居民委员会) elections too. The proxy rules are the
   * village committee law's; the urban residents' committee law has none, so nationally this is false and a proxy
   * in a residents' committee election is refused. A province whose rules provide proxies there sets it true.
   */
  public abstract boolean residentsCommitteeProxies();

  /** Largest number of voters per polling station (§4.5). */
  public abstract int votersPerPollingStation();

  /** Largest number of voters booked into one time slot at one polling station (§4.5: staggered voting, 错时投票). */
  public abstract int votersPerTimeSlot();

  /** Shortest opening time of a polling station, in minutes (§4.5: longer voting hours, 延长投票时间). */
  public abstract int minPollingMinutes();

  /** Largest number of people at the counting site (§4.6). */
  public abstract int countingSiteMaxPeople();

  /**
   * Items an election's emergency plan (应急处置预案, §4.1) must cover; a plan missing one is not ready. A province
   * may require more items, never fewer.
   */
  @Value.NaturalOrder
  public abstract SortedSet<ElectionEmergencyItem> electionEmergencyPlanItems();

  /**
   * Days a health declaration (健康申报, §4.3) stays valid: a declaration made on day {@code d} is valid for a
   * candidate's election day, or a staff member's duty day, {@code d} to {@code d + healthDeclarationValidDays}. 0
   * means a declaration of the day itself (a daily declaration). A shorter period is stricter.
   */
  public abstract int healthDeclarationValidDays();

  /**
   * Fewest election staff carrying each mobile ballot box (流动票箱) of the special voting method (§4.4), so that no
   * one handles a ballot box alone.
   */
  public abstract int mobileBallotBoxMinStaff();

  /** Builder. */
  public static final class Builder extends ImmutableActivityPolicy.Builder {}
}
