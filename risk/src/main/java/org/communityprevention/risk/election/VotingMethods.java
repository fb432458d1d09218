package org.communityprevention.risk.election;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.Policy;

/**
 * §4.4: voters who are confirmed or suspected cases, or who cannot vote in person because of prevention needs, get a
 * special voting method and are encouraged to vote by proxy. Per voter: not registered → not eligible; a valid proxy
 * → by proxy; a case, a suspected case, someone in isolation or kept away by prevention → the special method; away
 * without a valid proxy → cannot vote this time; anyone else → in person.
 */
public final class VotingMethods {
  /** Reason code: not eligible. */
  public static final String NOT_ELIGIBLE = "risk.election.method_not_eligible";
  /** Reason code: by proxy. */
  public static final String BY_PROXY = "risk.election.method_by_proxy";
  /** Reason code: the special method, with proxy voting encouraged. */
  public static final String SPECIAL = "risk.election.method_special";
  /** Reason code: away without a proxy. */
  public static final String ABSENT = "risk.election.method_absent";
  /** Reason code: in person. */
  public static final String IN_PERSON = "risk.election.method_in_person";

  private VotingMethods() {}

  /** The method, without reasons (the hot path). */
  public static VotingMethod method(Voter voter, boolean validProxy) {
    return rule(voter, validProxy, null);
  }

  /** The method with its reason; the proxy review says whether the voter has a valid proxy. */
  public static Decision<VotingMethod> decide(Policy policy, Voter voter, ProxyReview proxies) {
    List<Reason> why = new ArrayList<>(1);
    VotingMethod m = rule(voter, proxies.validFor(voter.voterId()).isPresent(), why);
    return Decision.of(m, policy.ref(), why);
  }

  /** The method of every voter on a roll, by voter id. */
  public static SortedMap<String, Decision<VotingMethod>> decideAll(Policy policy, Collection<Voter> roll,
      ProxyReview proxies) {
    SortedMap<String, Decision<VotingMethod>> out = new TreeMap<>();
    roll.forEach(v -> out.put(v.voterId(), decide(policy, v, proxies)));
    return out;
  }

  private static VotingMethod rule(Voter v, boolean validProxy, List<Reason> why) {
    VotingMethod m;
    String code;
    if (!v.votingRights()) {
      m = VotingMethod.NOT_ELIGIBLE;
      code = NOT_ELIGIBLE;
    } else if (validProxy) {
      m = VotingMethod.BY_PROXY;
      code = BY_PROXY;
    } else if (v.condition().needsSpecialMethod()) {
      m = VotingMethod.SPECIAL_METHOD;
      code = SPECIAL;
    } else if (v.condition() == VoterCondition.AWAY) {
      m = VotingMethod.ABSENT_WITHOUT_PROXY;
      code = ABSENT;
    } else {
      m = VotingMethod.IN_PERSON;
      code = IN_PERSON;
    }
    if (why != null) {
      why.add(Reason.of(code, Clause.S4_4).fact("voter", v.voterId()).fact("condition", v.condition())
          .fact("conditionZh", v.condition().chinese()).build());
    }
    return m;
  }
}
