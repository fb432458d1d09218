package org.communityprevention.jdbc.ledger;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * One entry of the decision log (决定记录): what kind of decision, for which subject, with which outcome, under which
 * policy (id@version), when, and why as reason codes and clause ids.
 *
 * <p>It holds no facts and no personal data by construction: the subject is a key such as a unit and a day
 * ({@code 440983102001/2021-02-01}), never a name, an identity number or a phone number, and a subject that looks
 * like one (a run of 11 digits starting with 1, or of 15 to 18 digits) is refused. The facts behind a decision stay
 * with the caller's inputs, from which the decision can be replayed under the logged policy.
 */
@Value.Immutable
public abstract class DecisionRecord {
  /** Violation code: a kind that is not a dotted lower-case code. */
  public static final String KIND_INVALID = "jdbc.ledger.decision_kind_invalid";
  /** Violation code: an empty or overlong subject, or one with characters outside the key alphabet. */
  public static final String SUBJECT_INVALID = "jdbc.ledger.decision_subject_invalid";
  /** Violation code: a subject that looks like a phone or identity number. */
  public static final String SUBJECT_PERSONAL = "jdbc.ledger.decision_subject_personal";
  /** Violation code: an outcome that is not a plain code. */
  public static final String OUTCOME_INVALID = "jdbc.ledger.decision_outcome_invalid";
  /** Violation code: a reason code that is not a dotted code. */
  public static final String REASON_INVALID = "jdbc.ledger.decision_reason_invalid";
  /** Violation code: a policy id or version that does not fit the log. */
  public static final String POLICY_INVALID = "jdbc.ledger.decision_policy_invalid";

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
  private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._:/@-]{1,128}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern OUTCOME = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");
  private static final int MAX_REASONS_LENGTH = 2000;

  /** The kind of decision, a dotted code such as {@code reporting.timeliness}. */
  public abstract String kind();

  /** What it was decided for: a key such as {@code 440983102001/2021-02-01}. */
  public abstract String subject();

  /** The outcome's stable code, such as {@code ON_TIME}. */
  public abstract String outcome();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** When it was decided (the caller's clock), kept to the microsecond as the database keeps it. */
  public abstract Instant decidedAt();

  /** The reason codes, in the decision's order. */
  public abstract List<String> reasonCodes();

  /** The clauses behind the reasons, sorted by clause order, each once. */
  public abstract List<Clause> clauses();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (kind().length() > 64 || !KIND.matcher(kind()).matches()) {
      problems.add(Violation.of("kind", KIND_INVALID));
    }
    if (!SUBJECT.matcher(subject()).matches()) {
      problems.add(Violation.of("subject", SUBJECT_INVALID, "max", 128));
    } else if (looksPersonal(subject())) {
      problems.add(Violation.of("subject", SUBJECT_PERSONAL));
    }
    if (!OUTCOME.matcher(outcome()).matches()) {
      problems.add(Violation.of("outcome", OUTCOME_INVALID));
    }
    if (policy().id().isEmpty() || policy().id().length() > 64 || policy().version().isEmpty()
        || policy().version().length() > 64) {
      problems.add(Violation.of("policy", POLICY_INVALID, "max", 64));
    }
    for (int i = 0; i < reasonCodes().size(); i++) {
      if (reasonCodes().get(i).length() > 128 || !CODE.matcher(reasonCodes().get(i)).matches()) {
        problems.add(Violation.of("reasonCodes[" + i + "]", REASON_INVALID));
      }
    }
    if (String.join(",", reasonCodes()).length() > MAX_REASONS_LENGTH) {
      problems.add(Violation.of("reasonCodes", REASON_INVALID, "max", MAX_REASONS_LENGTH));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  @Value.Check
  DecisionRecord normalize() {
    List<Clause> sorted = ImmutableList.copyOf(new TreeSet<>(clauses()));
    Instant micros = decidedAt().truncatedTo(ChronoUnit.MICROS);
    return sorted.equals(clauses()) && micros.equals(decidedAt()) ? this
        : new Builder().from(this).clauses(sorted).decidedAt(micros).build();
  }

  // Division codes are 12 digits and dates are split by '-', so a bare run of 11 digits starting with 1 (a mobile
  // number) or of 15 to 18 characters of digits (an identity number, old or new) is no key of ours.
  private static boolean looksPersonal(String subject) {
    Matcher m = DIGITS.matcher(subject.replace('X', '0').replace('x', '0'));
    while (m.find()) {
      int n = m.end() - m.start();
      if ((n == 11 && subject.charAt(m.start()) == '1') || (n >= 15 && n <= 18)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The record of a decision: its outcome's code (an enum's name, a boolean or a number), its policy, its reason
   * codes and their clauses; the reasons' facts are left out.
   *
   * @throws ValidationException {@value #OUTCOME_INVALID} at {@code outcome} for an outcome of another type (give
   *     its code with the {@link Builder}), or any violation of the fields
   */
  public static DecisionRecord of(String kind, String subject, Decision<?> decision, Instant decidedAt) {
    Object o = decision.outcome();
    String outcome;
    if (o instanceof Enum<?>) {
      outcome = ((Enum<?>) o).name();
    } else if (o instanceof Boolean || o instanceof Number) {
      outcome = o.toString();
    } else {
      throw ValidationException.of("outcome", OUTCOME_INVALID, "type", o.getClass().getSimpleName());
    }
    Builder b = new Builder();
    b.kind(kind).subject(subject).outcome(outcome).policy(decision.policy()).decidedAt(decidedAt);
    for (Reason r : decision.reasons()) {
      b.addReasonCodes(r.code());
      b.addAllClauses(r.clauses());
    }
    return b.build();
  }

  /** Builds a {@link DecisionRecord}. */
  public static final class Builder extends ImmutableDecisionRecord.Builder {}
}
