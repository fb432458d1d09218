package org.communityprevention.examples.demo;

import java.util.Comparator;
import java.util.List;
import org.communityprevention.reporting.signal.ConcealmentSignal;
import org.communityprevention.reporting.signal.SignalKind;

/**
 * Concealment leads worst first, by what each contradicts. A report that says less than is known comes before a
 * report that is missing (the completeness figures already show a missing one); among reports, the one that leaves
 * out more known active cases comes first, then more close contacts, people in isolation, people under monitoring —
 * a zero report leaves out all it holds, figures leave out the difference; among missing reports, the unit that holds
 * more comes first. Then the kind (a zero report first), the later day and the unit code, so equal leads keep one
 * order.
 */
final class SignalRanking {
  /** Kinds by how plainly they contradict what is known: a report that says nothing happened comes first. */
  private static final List<SignalKind> KIND_ORDER = List.of(SignalKind.ZERO_REPORT_WITH_KNOWN_RECORDS,
      SignalKind.ZERO_CONTRADICTS_URGENT, SignalKind.FIGURES_BELOW_FACTS, SignalKind.ZERO_REVISED_TO_FIGURES,
      SignalKind.CUMULATIVE_DECREASED, SignalKind.MISSING_WITH_KNOWN_RECORDS);

  static final Comparator<ConcealmentSignal> WORST_FIRST =
      Comparator.comparingInt((ConcealmentSignal s) -> s.kind() == SignalKind.MISSING_WITH_KNOWN_RECORDS ? 1 : 0)
          .thenComparingLong(s -> -contradicted(s)[0])
          .thenComparingLong(s -> -contradicted(s)[1])
          .thenComparingLong(s -> -contradicted(s)[2])
          .thenComparingLong(s -> -contradicted(s)[3])
          .thenComparingInt(s -> KIND_ORDER.indexOf(s.kind()))
          .thenComparing(ConcealmentSignal::day, Comparator.reverseOrder())
          .thenComparing(ConcealmentSignal::unit);

  private SignalRanking() {}

  /**
   * What the lead contradicts: known active cases, close contacts, people in isolation and under monitoring that the
   * report leaves out (a zero report or a missing one: all that is known; figures: the shortfall of each count).
   */
  static long[] contradicted(ConcealmentSignal s) {
    switch (s.kind()) {
      case ZERO_REPORT_WITH_KNOWN_RECORDS:
      case MISSING_WITH_KNOWN_RECORDS:
        return new long[] {fact(s, "activeCases"), fact(s, "closeContacts"),
            fact(s, "homeIsolation") + fact(s, "centralisedIsolation"), fact(s, "healthMonitoring")};
      case FIGURES_BELOW_FACTS:
        return new long[] {shortfall(s, "knownActiveCases", "reportedCumulativeInfections"), 0,
            shortfall(s, "knownHomeIsolation", "reportedHomeIsolation")
                + shortfall(s, "knownCentralisedIsolation", "reportedCentralisedIsolation"),
            shortfall(s, "knownHealthMonitoring", "reportedHealthMonitoring")};
      default:
        return new long[4];
    }
  }

  /** The known active cases a lead names (0 if it names none). */
  static long knownCases(ConcealmentSignal s) {
    return s.reason().facts().containsKey("activeCases") ? fact(s, "activeCases") : fact(s, "knownActiveCases");
  }

  /** The known close contacts a lead names (0 if it names none). */
  static long knownContacts(ConcealmentSignal s) {
    return fact(s, "closeContacts");
  }

  private static long shortfall(ConcealmentSignal s, String known, String reported) {
    return Math.max(0, fact(s, known) - fact(s, reported));
  }

  private static long fact(ConcealmentSignal s, String name) {
    String value = s.reason().facts().get(name);
    return value == null ? 0 : Long.parseLong(value);
  }
}
