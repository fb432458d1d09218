package org.communityprevention.examples.demo;

import org.communityprevention.reporting.signal.SignalSeverity;

/**
 * How urgently a line of the report's summary or a list of its findings needs someone (处理紧急程度), most urgent
 * first in declaration order. The summary and the findings section are both sorted by it, equal ones in the order the
 * run found them, so the report's first item is always the gravest thing it holds and no line is put first by hand.
 *
 * <p>The order follows what a missed action would let spread: a report that hides a case before one that hides the
 * people exposed to it, before units that have gone silent (whose next report might hide either), before a report
 * that hides an arrival from a risk area, before managed people nobody manages, before a report that hides a
 * monitoring finding, before returnees not yet registered or without a test, before service shortfalls, before
 * responses and level changes already in force (which are the rules at work, shown so they can be checked), before
 * suspended elections.
 */
enum Urgency {
  /** A report that hides a case or suspected case. */
  CONCEALED_CASE,
  /** A report that hides a close contact or an isolation order. */
  CONCEALED_CONTACT,
  /** Units that stopped reporting, missed the last day or sent conflicting reports. */
  NOT_REPORTING,
  /** A report that hides an arrival from a medium- or high-risk area. */
  CONCEALED_ARRIVAL,
  /** Managed people not managed as required (漏管). */
  UNMANAGED,
  /** A report that hides a health-monitoring finding. */
  CONCEALED_MONITORING,
  /** Holiday returnees not registered in time or without a valid pre-return test (§2.3). */
  RETURNEE_GAPS,
  /** People waiting for a service, or a channel missing for them. */
  SERVICE_SHORTFALL,
  /** Emergency responses in force, by level or by order. */
  RESPONSE,
  /** Risk level changes. */
  LEVEL_CHANGE,
  /** Suspended elections. */
  ELECTION;

  /** The urgency of a concealment lead of a severity: the more serious what it hides, the more urgent. */
  static Urgency of(SignalSeverity severity) {
    switch (severity) {
      case CASE:
        return CONCEALED_CASE;
      case CONTACT:
        return CONCEALED_CONTACT;
      case ARRIVAL:
        return CONCEALED_ARRIVAL;
      default:
        return CONCEALED_MONITORING;
    }
  }
}
