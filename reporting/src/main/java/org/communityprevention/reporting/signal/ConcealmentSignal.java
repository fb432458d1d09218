package org.communityprevention.reporting.signal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Locale;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * A lead that a unit may have missed or concealed a report (瞒报、漏报线索, §2.3): what was seen, how serious it is,
 * where, when, and why, with the clauses behind it. A finding for someone to check, never a verdict. Lists of signals
 * rank by {@link #severity()} first ({@link ConcealmentChecks#RANKING}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConcealmentSignal.class)
@JsonDeserialize(as = ImmutableConcealmentSignal.class)
public abstract class ConcealmentSignal {
  /** What was seen. */
  @Value.Parameter
  public abstract SignalKind kind();

  /**
   * How serious the lead is, from what the report contradicts: a case or suspected case first, then close contacts
   * and isolation orders, then arrivals from medium- or high-risk areas, then abnormal monitoring findings.
   */
  @Value.Parameter
  public abstract SignalSeverity severity();

  /** The unit. */
  @Value.Parameter
  public abstract DivisionCode unit();

  /** The day. */
  @Value.Parameter
  public abstract LocalDate day();

  /** Why, with clauses and facts. */
  @Value.Parameter
  public abstract Reason reason();

  /** The reason's text in a language. */
  public String text(Locale locale) {
    return reason().text(locale);
  }

  /** A signal. */
  public static ConcealmentSignal of(SignalKind kind, SignalSeverity severity, DivisionCode unit, LocalDate day,
      Reason reason) {
    return ImmutableConcealmentSignal.of(kind, severity, unit, day, reason);
  }
}
