package org.communityprevention.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Locale;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * A finding (not a verdict): a unit sent different reports for the same day under the same revision number
 * (报送冲突). The ledger still picks a winner deterministically (the latest filed), but the conflict is reported so
 * that someone checks which is right.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubmissionConflict.class)
@JsonDeserialize(as = ImmutableSubmissionConflict.class)
public abstract class SubmissionConflict {
  /** The unit. */
  public abstract DivisionCode unit();

  /** The reporting day. */
  public abstract LocalDate day();

  /** The revision number under which the reports disagree. */
  public abstract int revision();

  /** How they disagree. */
  public abstract ConflictKind kind();

  /** How many different contents were sent under that revision (at least two). */
  public abstract int versions();

  /** Why this is a finding, with its clauses (§1.6, §2.3) and facts. */
  public abstract Reason reason();

  /** The reason's text. */
  public String text(Locale locale) {
    return reason().text(locale);
  }

  /** Builds a {@link SubmissionConflict}. */
  public static final class Builder extends ImmutableSubmissionConflict.Builder {}
}
