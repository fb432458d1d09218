package org.communityprevention.risk.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * Rules on proxy voting (委托投票, §4.4) after 村民委员会组织法 Art. 15 ¶4 and the policy. An authorization is valid
 * when all of these hold:
 * <ol>
 *   <li>the election is a villagers' committee's, or a residents' committee's where
 *       {@code activities.residentsCommitteeProxies} says a province provides proxies there (the urban residents'
 *       committee law has no proxy clause, so nationally a proxy in a 居委会 election is refused);
 *   <li>the principal is on the village's roll with voting rights;
 *   <li>the holder is on the same village's roll with voting rights, and is not the principal;
 *   <li>it is in writing;
 *   <li>the holder is a near relative of the principal;
 *   <li>it was filed at least {@code activities.proxyFilingDaysBefore} days before the election day;
 *   <li>the lists of principals and proxies were published on or before the election day;
 *   <li>the holder has not entrusted their own vote (someone absent cannot vote for others);
 *   <li>it is the principal's only one: of several, the earliest filed (then the smallest id) stands;
 *   <li>the holder holds no more than {@code activities.proxyCapPerHolder}: the earliest filed (then the smallest
 *       id) stand, the rest are refused.
 * </ol>
 * So no holder ever holds more valid proxies than the cap, and no principal has more than one.
 */
public final class Proxies {
  /** Violation code: two voters on a roll under one id. */
  public static final String DUPLICATE_ID = "risk.election.duplicate_id";
  /** Reason code: an authorization id already used by an earlier authorization of the input. */
  public static final String DUPLICATE_AUTHORIZATION = "risk.election.proxy_duplicate_id";
  /** Reason code: valid. */
  public static final String VALID = "risk.election.proxy_valid";
  /** Reason code: the principal is not a voter of the village. */
  public static final String PRINCIPAL_NOT_VOTER = "risk.election.proxy_principal_not_voter";
  /** Reason code: the holder is not a voter of the village. */
  public static final String HOLDER_NOT_VOTER = "risk.election.proxy_holder_not_voter";
  /** Reason code: the holder is the principal. */
  public static final String HOLDER_IS_PRINCIPAL = "risk.election.proxy_holder_is_principal";
  /** Reason code: not in writing. */
  public static final String NOT_WRITTEN = "risk.election.proxy_not_written";
  /** Reason code: not a near relative. */
  public static final String NOT_NEAR_RELATIVE = "risk.election.proxy_not_near_relative";
  /** Reason code: filed too late. */
  public static final String FILED_LATE = "risk.election.proxy_filed_late";
  /** Reason code: the lists were not published by the election day. */
  public static final String LISTS_NOT_PUBLISHED = "risk.election.proxy_lists_not_published";
  /** Reason code: the holder entrusted their own vote. */
  public static final String HOLDER_ENTRUSTED = "risk.election.proxy_holder_entrusted_own_vote";
  /** Reason code: the principal entrusted someone else first. */
  public static final String ALREADY_ENTRUSTED = "risk.election.proxy_principal_already_entrusted";
  /** Reason code: a proxy in a residents' committee election, which the policy does not provide for. */
  public static final String NOT_PROVIDED = "risk.election.proxy_not_provided_residents_committee";
  /** Reason code: the holder already holds the most proxies allowed. */
  public static final String OVER_CAP = "risk.election.proxy_holder_over_cap";

  private static final Comparator<ProxyAuthorization> FILING_ORDER =
      Comparator.comparing(ProxyAuthorization::filedOn).thenComparing(ProxyAuthorization::id);

  private Proxies() {}

  /**
   * Rules on every authorization of a villagers' committee election: {@link #review(Policy, DivisionCode,
   * CommitteeKind, LocalDate, Collection, List, Optional)} with {@link CommitteeKind#VILLAGERS_COMMITTEE}. For a
   * residents' committee call that method with {@link CommitteeKind#RESIDENTS_COMMITTEE}.
   */
  public static ProxyReview review(Policy policy, DivisionCode village, LocalDate electionDay,
      Collection<Voter> roll, List<ProxyAuthorization> authorizations, Optional<LocalDate> listsPublishedOn) {
    return review(policy, village, CommitteeKind.VILLAGERS_COMMITTEE, electionDay, roll, authorizations,
        listsPublishedOn);
  }

  /**
   * Rules on every authorization of a village's or community's election.
   *
   * @param committee which committee the election fills; for a residents' committee without
   *     {@code activities.residentsCommitteeProxies} every authorization is refused with {@value #NOT_PROVIDED}
   * @param roll the village's voter roll; voters of other villages count as not on it
   * @param listsPublishedOn the day the lists of principals and proxies were published, if they were
   * @throws ValidationException if two voters on the roll share an id (a repeated authorization id is refused as a
   *     ruling, the rest are ruled on)
   */
  public static ProxyReview review(Policy policy, DivisionCode village, CommitteeKind committee,
      LocalDate electionDay, Collection<Voter> roll, List<ProxyAuthorization> authorizations,
      Optional<LocalDate> listsPublishedOn) {
    ActivityPolicy a = policy.activities();
    boolean provided = committee == CommitteeKind.VILLAGERS_COMMITTEE || a.residentsCommitteeProxies();
    Map<String, Voter> voters = new HashMap<>();
    List<Violation> duplicates = new ArrayList<>();
    int i = 0;
    for (Voter v : roll) {
      if (voters.put(v.voterId(), v) != null) {
        duplicates.add(Violation.of("roll[" + i + "].voterId", DUPLICATE_ID));
      }
      i++;
    }
    if (!duplicates.isEmpty()) {
      throw new ValidationException(duplicates);
    }
    boolean published = listsPublishedOn.isPresent() && !listsPublishedOn.get().isAfter(electionDay);
    LocalDate deadline = electionDay.minusDays(a.proxyFilingDaysBefore());
    // Rulings are kept by input position: a repeated id is refused, never merged with the first.
    Map<Integer, List<Reason>> failures = new HashMap<>();
    List<ProxyAuthorization> passing = new ArrayList<>();
    Map<ProxyAuthorization, Integer> position = new IdentityHashMap<>();
    Set<String> ids = new HashSet<>();
    for (int k = 0; k < authorizations.size(); k++) {
      ProxyAuthorization p = authorizations.get(k);
      List<Reason> why = new ArrayList<>(1);
      if (!ids.add(p.id())) {
        failures.put(k, List.of(reason(DUPLICATE_AUTHORIZATION, p).build()));
        continue;
      }
      position.put(p, k);
      if (!provided) {
        why.add(reason(NOT_PROVIDED, p).fact("committee", committee).fact("committeeZh", committee.chinese())
            .policy("activities.residentsCommitteeProxies", a.residentsCommitteeProxies()).build());
      }
      if (!isVoter(voters.get(p.principalId()), village)) {
        why.add(reason(PRINCIPAL_NOT_VOTER, p).fact("village", village).build());
      }
      if (p.holderId().equals(p.principalId())) {
        why.add(reason(HOLDER_IS_PRINCIPAL, p).build());
      } else if (!isVoter(voters.get(p.holderId()), village)) {
        why.add(reason(HOLDER_NOT_VOTER, p).fact("village", village).build());
      }
      if (!p.written()) {
        why.add(reason(NOT_WRITTEN, p).build());
      }
      if (!p.relationship().isNearRelative()) {
        why.add(reason(NOT_NEAR_RELATIVE, p).fact("relationship", p.relationship())
            .fact("relationshipZh", p.relationship().chinese()).build());
      }
      if (p.filedOn().isAfter(deadline)) {
        why.add(reason(FILED_LATE, p).fact("filedOn", p.filedOn()).fact("deadline", deadline)
            .policy("activities.proxyFilingDaysBefore", a.proxyFilingDaysBefore()).build());
      }
      if (!published) {
        why.add(reason(LISTS_NOT_PUBLISHED, p).fact("electionDay", electionDay)
            .fact("publishedOn", listsPublishedOn.map(String::valueOf).orElse("—")).build());
      }
      if (why.isEmpty()) {
        passing.add(p);
      } else {
        failures.put(k, why);
      }
    }
    // Someone who entrusted their own vote is absent and cannot hold others'.
    Set<String> principals = new HashSet<>();
    passing.forEach(p -> principals.add(p.principalId()));
    List<ProxyAuthorization> present = new ArrayList<>();
    for (ProxyAuthorization p : passing) {
      if (principals.contains(p.holderId())) {
        failures.put(position.get(p), List.of(reason(HOLDER_ENTRUSTED, p).build()));
      } else {
        present.add(p);
      }
    }
    present.sort(FILING_ORDER);
    Set<String> entrusted = new HashSet<>();
    Map<String, Integer> held = new HashMap<>();
    Set<Integer> valid = new HashSet<>();
    for (ProxyAuthorization p : present) {
      if (!entrusted.add(p.principalId())) {
        failures.put(position.get(p), List.of(reason(ALREADY_ENTRUSTED, p).build()));
        continue;
      }
      int count = held.merge(p.holderId(), 1, Integer::sum);
      if (count > a.proxyCapPerHolder()) {
        entrusted.remove(p.principalId());
        failures.put(position.get(p), List.of(reason(OVER_CAP, p)
            .policy("activities.proxyCapPerHolder", a.proxyCapPerHolder()).build()));
        held.merge(p.holderId(), -1, Integer::sum);
      } else {
        valid.add(position.get(p));
      }
    }
    ProxyReview.Builder out = new ProxyReview.Builder();
    out.village(village).committee(committee).electionDay(electionDay).policy(policy.ref()).listsPublishedOn(listsPublishedOn);
    for (int k = 0; k < authorizations.size(); k++) {
      ProxyAuthorization p = authorizations.get(k);
      ProxyRuling.Builder r = new ProxyRuling.Builder();
      r.authorizationId(p.id()).principalId(p.principalId()).holderId(p.holderId()).valid(valid.contains(k));
      if (valid.contains(k)) {
        r.addReasons(reason(VALID, p).fact("relationship", p.relationship())
            .fact("relationshipZh", p.relationship().chinese()).fact("filedOn", p.filedOn())
            .policy("activities.proxyCapPerHolder", a.proxyCapPerHolder())
            .policy("activities.proxyFilingDaysBefore", a.proxyFilingDaysBefore()).build());
      } else {
        r.addAllReasons(failures.get(k));
      }
      out.addRulings(r.build());
    }
    return out.build();
  }

  private static boolean isVoter(Voter v, DivisionCode village) {
    return v != null && v.votingRights() && v.village().equals(village);
  }

  private static Reason.Builder reason(String code, ProxyAuthorization p) {
    return Reason.of(code, Clause.S4_4).fact("authorization", p.id()).fact("principal", p.principalId())
        .fact("holder", p.holderId());
  }
}
