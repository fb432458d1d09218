package org.communityprevention.risk.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
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
 *   <li>The declaration that counts is the latest one made on or before the election day; several on that date
 *       count together (their flags are joined).
 *   <li>A normal declaration: may take part. None: may not, until one is made.
 *   <li>An abnormal one: the latest assessment made on or after its date and on or before the election day decides
 *       (of two the same day, the refusal); without one, an assessment is required and the person may not take part
 *       meanwhile.
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

  private Participation() {}

  /** The status of one person, without reasons (the hot path). */
  public static ParticipationStatus status(String participantId, Collection<HealthDeclaration> declarations,
      Collection<RiskAssessment> assessments, LocalDate electionDay) {
    return rule(participantId, declarations, assessments, electionDay, null);
  }

  /** The status of one person, with its reason. */
  public static Decision<ParticipationStatus> decide(Policy policy, String participantId,
      Collection<HealthDeclaration> declarations, Collection<RiskAssessment> assessments, LocalDate electionDay) {
    List<Reason> why = new ArrayList<>(1);
    ParticipationStatus s = rule(participantId, declarations, assessments, electionDay, why);
    return Decision.of(s, policy.ref(), why);
  }

  /** The status of everyone who declared or was assessed, by id. */
  public static SortedMap<String, Decision<ParticipationStatus>> review(Policy policy,
      Collection<HealthDeclaration> declarations, Collection<RiskAssessment> assessments, LocalDate electionDay) {
    TreeSet<String> ids = new TreeSet<>();
    declarations.forEach(d -> ids.add(d.participantId()));
    assessments.forEach(a -> ids.add(a.participantId()));
    SortedMap<String, Decision<ParticipationStatus>> out = new TreeMap<>();
    for (String id : ids) {
      out.put(id, decide(policy, id, declarations, assessments, electionDay));
    }
    return out;
  }

  private static ParticipationStatus rule(String id, Collection<HealthDeclaration> declarations,
      Collection<RiskAssessment> assessments, LocalDate electionDay, List<Reason> why) {
    LocalDate declaredOn = null;
    for (HealthDeclaration d : declarations) {
      if (d.participantId().equals(id) && !d.declaredOn().isAfter(electionDay)
          && (declaredOn == null || d.declaredOn().isAfter(declaredOn))) {
        declaredOn = d.declaredOn();
      }
    }
    if (declaredOn == null) {
      if (why != null) {
        why.add(Reason.of(NONE, Clause.S4_3).fact("participant", id).fact("electionDay", electionDay).build());
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
