package org.communityprevention.flink.reporting;

/**
 * The keyed state of one unit-day (单位单日状态): the distinct routine reports in the ledger's canonical order, the
 * urgent reports, the caller's latest facts, the last outcome and signals emitted, and whether the signals have been
 * judged (the on-time limit has passed).
 *
 * @param routine the distinct routine reports, canonical order
 * @param urgent the distinct urgent reports
 * @param facts the caller's facts, or null
 * @param outcome the last outcome emitted: -1 none, else bit 0 late, bit 1 figures
 * @param signalMask the last signal mask emitted (0 before any)
 * @param signalVersion the version of the last signals row emitted
 * @param judged whether the signals are judged
 */
public record UnitDayRecord(ReportEvent[] routine, ReportEvent[] urgent, FactsEvent facts, int outcome,
    int signalMask, int signalVersion, boolean judged) {
  private static final ReportEvent[] NONE = new ReportEvent[0];

  /** A unit-day with nothing yet. */
  public static UnitDayRecord empty() {
    return new UnitDayRecord(NONE, NONE, null, -1, 0, 0, false);
  }

  UnitDayRecord withReports(ReportEvent[] r, ReportEvent[] u) {
    return new UnitDayRecord(r, u, facts, outcome, signalMask, signalVersion, judged);
  }

  UnitDayRecord withFacts(FactsEvent f) {
    return new UnitDayRecord(routine, urgent, f, outcome, signalMask, signalVersion, judged);
  }

  UnitDayRecord withOutcome(int o) {
    return new UnitDayRecord(routine, urgent, facts, o, signalMask, signalVersion, judged);
  }

  UnitDayRecord withSignals(int mask, int version) {
    return new UnitDayRecord(routine, urgent, facts, outcome, mask, version, true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitDayRecord r && java.util.Arrays.equals(r.routine, routine)
        && java.util.Arrays.equals(r.urgent, urgent) && java.util.Objects.equals(r.facts, facts)
        && r.outcome == outcome && r.signalMask == signalMask && r.signalVersion == signalVersion
        && r.judged == judged;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(java.util.Arrays.hashCode(routine), outcome, signalMask, signalVersion);
  }

  @Override
  public String toString() {
    return "UnitDayRecord{" + routine.length + " routine, " + urgent.length + " urgent, facts " + (facts != null)
        + ", outcome " + outcome + ", signals " + signalMask + "}";
  }
}
