package org.communityprevention.risk.election;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.Policy;

/**
 * §4.4 the special voting method as a plan: mobile ballot boxes (流动票箱) that visit, on their routes, the voters
 * whose method is {@link VotingMethod#SPECIAL_METHOD} ({@link VotingMethods} decides who, from the voter's condition
 * and the proxy rulings: a voter with a valid proxy votes by proxy and needs no box). Findings, in this order:
 * <ol>
 *   <li>each box carried by fewer than {@code activities.mobileBallotBoxMinStaff} staff;
 *   <li>each voter needing the special method on no route;
 *   <li>each voter visited more than once (on two routes, or twice on one): one ballot per voter;
 *   <li>each voter on a route whose method is not the special one (in person, by proxy, absent, not eligible or not
 *       on the roll): a box must not take a second ballot, nor one from someone without a vote.
 * </ol>
 * The plan is ready when there is no finding. Proxy rules stay those of {@link Proxies}, by committee kind.
 */
public final class SpecialVoting {
  /** Reason code: the plan is ready. */
  public static final String READY = "risk.election.special_ready";
  /** Reason code: a box with too few staff. */
  public static final String UNDERSTAFFED = "risk.election.special_box_understaffed";
  /** Reason code: a voter needing the special method on no route. */
  public static final String NOT_SERVED = "risk.election.special_voter_not_served";
  /** Reason code: a voter visited more than once. */
  public static final String VISITED_TWICE = "risk.election.special_voter_on_two_routes";
  /** Reason code: a voter on a route whose method is not the special one. */
  public static final String NOT_SPECIAL = "risk.election.special_stop_not_special";

  private SpecialVoting() {}

  /**
   * Checks a plan against the roll and the proxy rulings of the same election.
   *
   * @param roll the village's voter roll
   * @param proxies the proxy rulings (see {@link Proxies#review})
   */
  public static SpecialVotingReview review(Policy policy, SpecialVotingPlan plan, Collection<Voter> roll,
      ProxyReview proxies) {
    int minStaff = policy.activities().mobileBallotBoxMinStaff();
    SortedMap<String, Decision<VotingMethod>> methods = VotingMethods.decideAll(policy, roll, proxies);
    List<Reason> findings = new ArrayList<>();
    for (MobileBallotBox box : plan.boxes()) {
      if (box.staff() < minStaff) {
        findings.add(Reason.of(UNDERSTAFFED, Clause.S4_4).fact("box", box.id()).fact("staff", box.staff())
            .policy("activities.mobileBallotBoxMinStaff", minStaff).build());
      }
    }
    // Visits per voter, with the boxes in plan order (a box twice where it visits twice).
    Map<String, List<String>> visits = new LinkedHashMap<>();
    for (MobileBallotBox box : plan.boxes()) {
      for (String voter : box.route()) {
        visits.computeIfAbsent(voter, v -> new ArrayList<>(1)).add(box.id());
      }
    }
    List<String> needing = new ArrayList<>();
    methods.forEach((id, d) -> {
      if (d.outcome() == VotingMethod.SPECIAL_METHOD) {
        needing.add(id);
      }
    });
    Map<String, Voter> byId = new TreeMap<>();
    roll.forEach(v -> byId.put(v.voterId(), v));
    for (String id : needing) {
      if (!visits.containsKey(id)) {
        Voter v = byId.get(id);
        findings.add(Reason.of(NOT_SERVED, Clause.S4_4).fact("voter", id).fact("condition", v.condition())
            .fact("conditionZh", v.condition().chinese()).build());
      }
    }
    new TreeMap<>(visits).forEach((voter, boxes) -> {
      if (boxes.size() > 1) {
        findings.add(Reason.of(VISITED_TWICE, Clause.S4_4).fact("voter", voter).fact("visits", boxes.size())
            .fact("boxes", String.join(", ", boxes)).fact("boxesZh", String.join("、", boxes)).build());
      }
    });
    new TreeMap<>(visits).forEach((voter, boxes) -> {
      Decision<VotingMethod> d = methods.get(voter);
      VotingMethod m = d == null ? VotingMethod.NOT_ELIGIBLE : d.outcome();
      if (m != VotingMethod.SPECIAL_METHOD) {
        findings.add(Reason.of(NOT_SPECIAL, Clause.S4_4).fact("voter", voter).fact("method", m)
            .fact("methodZh", m.chinese()).fact("onRoll", d != null).fact("boxes", String.join(", ", boxes))
            .fact("boxesZh", String.join("、", boxes)).build());
      }
    });
    return new SpecialVotingReview.Builder().village(plan.village()).electionDay(plan.electionDay())
        .policy(policy.ref()).addAllNeedingSpecialMethod(needing).addAllFindings(findings).build();
  }
}
