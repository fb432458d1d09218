package org.communityprevention.risk.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.Policy;

/**
 * §4.3: candidates and election staff make a health declaration; where it is abnormal, the election leading body
 * assesses the risk and decides whether the person may take part or serve.
 * <ul>
 *   <li>The day a person takes part is the election day for a candidate and the duty day for a staff member.
 *   <li>A declaration is valid for that day when it was made on it or at most
 *       {@code activities.healthDeclarationValidDays} days before it. A later (future-dated) or older (stale)
 *       declaration is set aside, each with its own reason: it neither clears nor bars the person.
 *   <li>The declaration that counts is the latest valid one; several on that date count together (their flags are
 *       joined).
 *   <li>A normal declaration: may take part. None valid: may not, until one is made.
 *   <li>An abnormal one: the latest assessment made on or after its date and on or before the day decides (of two
 *       the same day, the refusal); without one, an assessment is required and the person may not take part
 *       meanwhile. Only a valid declaration is assessed: an assessment of a stale declaration decides nothing.
 * </ul>
 */
public final class Participation {
  /** Reason code: a normal declaration. */
  public static final String NORMAL = "risk.election.declaration_normal";
  /** Reason code: no declaration. */
  public static final String NONE = "risk.election.declaration_missing";
  /** Reason code: abnormal and not assessed. */
  public static final String REQUIRED = "risk.election.assessment_required";
  /** Reason code: abnormal and assessed. */
  public static final String ASSESSED = "risk.election.assessed";
  /** Reason code: a declaration made more than the valid days before the day, set aside. */
  public static final String STALE = "risk.election.declaration_stale";
  /** Reason code: a declaration dated after the day, set aside. */
  public static final String FUTURE = "risk.election.declaration_future";

  private Participation() {}

  /**
   * The status of one person on the day they take part, without reasons (the hot path).
   *
   * @param day the election day for a candidate, the duty day for a staff member
   */
  public static ParticipationStatus status(Policy policy, String participantId,
      Collection<HealthDeclaration> declarations, Collection<RiskAssessment> assessments, LocalDate day) {
    return rule(policy.activities().healthDeclarationValidDays(), participantId, declarations, assessments, day,
        null);
  }

  /**
   * The status of one person on the day they take part, with its reason first and then one reason for each
   * declaration set aside as stale or future-dated.
   *
   * @param day the election day for a candidate, the duty day for a staff member
   */
  public static Decision<ParticipationStatus> decide(Policy policy, String participantId,
      Collection<HealthDeclaration> declarations, Collection<RiskAssessment> assessments, LocalDate day) {
    List<Reason> why = new ArrayList<>(1);
    ParticipationStatus s = rule(policy.activities().healthDeclarationValidDays(), participantId, declarations,
        assessments, day, why);
    return Decision.of(s, policy.ref(), why);
  }

  /** The status of everyone who declared or was assessed, by id, each on the election day. */
  public static SortedMap<String, Decision<ParticipationStatus>> review(Policy policy,
      Collection<HealthDeclaration> declarations, Collection<RiskAssessment> assessments, LocalDate electionDay) {
    return review(policy, declarations, assessments, electionDay, Map.of());
  }

  /**
   * The status of everyone who declared or was assessed, by id: a person with a duty day (a staff member serving
   * on another day than the election, such as at the voter registration) on that day, anyone else on the election
   * day.
   */
  public static SortedMap<String, Decision<ParticipationStatus>> review(Policy policy,
      Collection<HealthDeclaration> declarations, Collection<RiskAssessment> assessments, LocalDate electionDay,
      Map<String, LocalDate> dutyDays) {
    TreeSet<String> ids = new TreeSet<>();
    declarations.forEach(d -> ids.add(d.participantId()));
    assessments.forEach(a -> ids.add(a.participantId()));
    SortedMap<String, Decision<ParticipationStatus>> out = new TreeMap<>();
    for (String id : ids) {
      out.put(id, decide(policy, id, declarations, assessments, dutyDays.getOrDefault(id, electionDay)));
    }
    return out;
  }

  /** Whether a declaration made on {@code declaredOn} is valid on {@code day}. */
  public static boolean valid(LocalDate declaredOn, LocalDate day, int validDays) {
    return !declaredOn.isAfter(day) && !declaredOn.plusDays(validDays).isBefore(day);
  }

  private static ParticipationStatus rule(int validDays, String id, Collection<HealthDeclaration> declarations,
      Collection<RiskAssessment> assessments, LocalDate electionDay, List<Reason> why) {
    LocalDate declaredOn = null;
    TreeMap<LocalDate, ParticipantRole> setAside = why == null ? null : new TreeMap<>();
    for (HealthDeclaration d : declarations) {
      if (!d.participantId().equals(id)) {
        continue;
      }
      if (!valid(d.declaredOn(), electionDay, validDays)) {
        if (setAside != null) {
          setAside.merge(d.declaredOn(), d.role(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
      } else if (declaredOn == null || d.declaredOn().isAfter(declaredOn)) {
        declaredOn = d.declaredOn();
      }
    }
    ParticipationStatus s = ruleValid(validDays, id, declarations, assessments, electionDay, declaredOn, why);
    if (setAside != null) {
      setAside.forEach((on, role) -> {
        boolean future = on.isAfter(electionDay);
        Reason.Builder r = person(Reason.of(future ? FUTURE : STALE, Clause.S4_3), id, role).fact("declaredOn", on)
            .fact("day", electionDay);
        if (!future) {
          r.fact("validUntil", on.plusDays(validDays));
        }
        why.add(r.policy("activities.healthDeclarationValidDays", validDays).build());
      });
    }
    return s;
  }

  private static ParticipationStatus ruleValid(int validDays, String id, Collection<HealthDeclaration> declarations,
      Collection<RiskAssessment> assessments, LocalDate electionDay, LocalDate declaredOn, List<Reason> why) {
    if (declaredOn == null) {
      if (why != null) {
        why.add(Reason.of(NONE, Clause.S4_3).fact("participant", id).fact("electionDay", electionDay)
            .policy("activities.healthDeclarationValidDays", validDays).build());
      }
      return ParticipationStatus.NO_DECLARATION;
    }
    EnumSet<HealthFlag> flags = EnumSet.noneOf(HealthFlag.class);
    ParticipantRole role = null;
    for (HealthDeclaration d : declarations) {
      if (d.participantId().equals(id) && d.declaredOn().equals(declaredOn)) {
        flags.addAll(d.flags());
        role = role == null || d.role().compareTo(role) < 0 ? d.role() : role;
      }
    }
    if (flags.isEmpty()) {
      if (why != null) {
        why.add(person(Reason.of(NORMAL, Clause.S4_3), id, role).fact("declaredOn", declaredOn).build());
      }
      return ParticipationStatus.MAY_TAKE_PART;
    }
    LocalDate assessedOn = null;
    AssessmentOutcome outcome = null;
    for (RiskAssessment a : assessments) {
      if (a.participantId().equals(id) && !a.assessedOn().isBefore(declaredOn) && !a.assessedOn().isAfter(electionDay)
          && (assessedOn == null || a.assessedOn().isAfter(assessedOn)
              || (a.assessedOn().equals(assessedOn) && a.outcome() == AssessmentOutcome.MAY_NOT_TAKE_PART))) {
        assessedOn = a.assessedOn();
        outcome = a.outcome();
      }
    }
    ParticipationStatus s = outcome == null ? ParticipationStatus.RISK_ASSESSMENT_REQUIRED
        : outcome == AssessmentOutcome.MAY_TAKE_PART ? ParticipationStatus.MAY_TAKE_PART
        : ParticipationStatus.MAY_NOT_TAKE_PART;
    if (why != null) {
      Reason.Builder r = person(Reason.of(outcome == null ? REQUIRED : ASSESSED, Clause.S4_3), id, role)
          .fact("declaredOn", declaredOn).fact("flags", flags)
          .fact("flagsZh", flags.stream().map(HealthFlag::chinese).collect(Collectors.joining("、")));
      if (outcome != null) {
        r.fact("assessedOn", assessedOn).fact("outcome", outcome).fact("outcomeZh", outcome.chinese());
      }
      why.add(r.build());
    }
    return s;
  }

  private static Reason.Builder person(Reason.Builder b, String id, ParticipantRole role) {
    return b.fact("participant", id).fact("role", role).fact("roleZh", role.chinese());
  }
}
