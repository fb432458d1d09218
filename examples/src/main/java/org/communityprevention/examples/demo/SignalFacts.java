package org.communityprevention.examples.demo;

import org.communityprevention.reporting.signal.ConcealmentSignal;

/**
 * The counts a concealment lead's reason names, for the columns of the page's list. The order of the list is the
 * library's ({@code ConcealmentChecks.RANKING}: severity first); this class only reads the facts back.
 */
final class SignalFacts {
  private SignalFacts() {}

  /** The known active cases a lead names (0 if it names none). */
  static long knownCases(ConcealmentSignal s) {
    return s.reason().facts().containsKey("activeCases") ? fact(s, "activeCases") : fact(s, "knownActiveCases");
  }

  /** The known close contacts a lead names (0 if it names none). */
  static long knownContacts(ConcealmentSignal s) {
    return fact(s, "closeContacts");
  }

  private static long fact(ConcealmentSignal s, String name) {
    String value = s.reason().facts().get(name);
    return value == null ? 0 : Long.parseLong(value);
  }
}
