package org.communityprevention.reporting.completeness;

import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.testing.ReportingGenerators.Scenario;

/** Runs a scenario through the ledger into a presence. */
final class Scenarios {
  private Scenarios() {}

  static ReportLedger ledger(Scenario s) {
    ReportLedger ledger = ReportLedger.of(s.rules(), s.registry());
    ledger.submitAll(s.reports());
    return ledger;
  }

  static Presence presence(Scenario s) {
    PresenceBuilder b = PresenceBuilder.of(s.registry(), s.window());
    b.addAll(ledger(s));
    return b.build();
  }
}
