package org.communityprevention.reporting.signal;

import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.message.Term;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.UnitDayReports;

/**
 * The concealment and under-reporting checks (瞒报、漏报线索, §2.3 不漏报、不瞒报). Each kind is one rule: {@link #test}
 * decides without allocating, {@link #explain} builds the reason from the same evidence, so the two cannot disagree.
 * A signal is a lead for someone to check, never a verdict.
 */
public enum SignalKind implements Term {
  /**
   * A zero report on a day a new event is known that it denies (零报告与已掌握的新情况矛盾): a new case or suspected
   * case, a new close contact, an isolation order, a new arrival from a medium- or high-risk area, or an abnormal
   * finding among the monitored. People under ongoing health monitoring without an abnormal finding do not
   * contradict a zero report, which says only that nothing new happened today.
   */
  ZERO_REPORT_CONTRADICTED("零报告与已掌握新情况矛盾", "zero report contradicted by known new events",
      "reporting.signal.zero_contradicted", Clause.S2_3, Clause.S1_6) {
    @Override
    public boolean test(UnitDayEvidence e) {
      return e.zeroReport() && e.facts().map(UnitDayFacts::hasNewEvents).orElse(false);
    }

    @Override
    SignalSeverity severity(UnitDayEvidence e) {
      return e.facts().orElseThrow().newEventSeverity();
    }

    @Override
    Reason.Builder facts(UnitDayEvidence e, Reason.Builder r) {
      return newEvents(e.facts().orElseThrow(), r);
    }
  },
  /** No report on a day the unit owed one and holds known records (有在管记录却缺报). */
  MISSING_WITH_KNOWN_RECORDS("有在管记录却缺报", "missing report while records are known",
      "reporting.signal.missing_with_known_records", Clause.S2_3, Clause.S1_6) {
    @Override
    public boolean test(UnitDayEvidence e) {
      return e.expected() && e.reports().isEmpty() && e.facts().map(UnitDayFacts::hasRecords).orElse(false);
    }

    @Override
    SignalSeverity severity(UnitDayEvidence e) {
      return e.facts().orElseThrow().recordSeverity();
    }

    @Override
    Reason.Builder facts(UnitDayEvidence e, Reason.Builder r) {
      return known(e.facts().orElseThrow(), r);
    }
  },
  /** Figures below what the caller knows: fewer people under isolation or monitoring, fewer cases (数据少于已掌握情况). */
  FIGURES_BELOW_FACTS("数据少于已掌握情况", "figures below known facts", "reporting.signal.figures_below_facts",
      Clause.S2_3, Clause.S2_4) {
    @Override
    public boolean test(UnitDayEvidence e) {
      if (e.figures().isEmpty() || e.facts().isEmpty()) {
        return false;
      }
      ReportFigures f = e.figures().get();
      UnitDayFacts k = e.facts().get();
      return f.underHomeIsolation() < k.homeIsolation() || f.underCentralisedIsolation() < k.centralisedIsolation()
          || f.underHealthMonitoring() < k.healthMonitoring()
          || (long) f.cumulativeConfirmed() + f.cumulativeAsymptomatic() < k.activeCases();
    }

    @Override
    SignalSeverity severity(UnitDayEvidence e) {
      ReportFigures f = e.figures().orElseThrow();
      UnitDayFacts k = e.facts().orElseThrow();
      if ((long) f.cumulativeConfirmed() + f.cumulativeAsymptomatic() < k.activeCases()) {
        return SignalSeverity.CASE;
      }
      return f.underHomeIsolation() < k.homeIsolation() || f.underCentralisedIsolation() < k.centralisedIsolation()
          ? SignalSeverity.CONTACT : SignalSeverity.MONITORING;
    }

    @Override
    Reason.Builder facts(UnitDayEvidence e, Reason.Builder r) {
      ReportFigures f = e.figures().orElseThrow();
      UnitDayFacts k = e.facts().orElseThrow();
      return r.fact("reportedHomeIsolation", f.underHomeIsolation()).fact("knownHomeIsolation", k.homeIsolation())
          .fact("reportedCentralisedIsolation", f.underCentralisedIsolation())
          .fact("knownCentralisedIsolation", k.centralisedIsolation())
          .fact("reportedHealthMonitoring", f.underHealthMonitoring())
          .fact("knownHealthMonitoring", k.healthMonitoring())
          .fact("reportedCumulativeInfections", (long) f.cumulativeConfirmed() + f.cumulativeAsymptomatic())
          .fact("knownActiveCases", k.activeCases());
    }
  },
  /** A cumulative count lower than on an earlier day (累计数下降). */
  CUMULATIVE_DECREASED("累计数下降", "cumulative count went down", "reporting.signal.cumulative_decreased",
      Clause.S2_3) {
    @Override
    public boolean test(UnitDayEvidence e) {
      if (e.figures().isEmpty() || e.previous().isEmpty()) {
        return false;
      }
      ReportFigures f = e.figures().get();
      ReportFigures p = e.previous().get();
      return f.cumulativeConfirmed() < p.cumulativeConfirmed()
          || f.cumulativeAsymptomatic() < p.cumulativeAsymptomatic();
    }

    @Override
    SignalSeverity severity(UnitDayEvidence e) {
      return SignalSeverity.CASE;
    }

    @Override
    Reason.Builder facts(UnitDayEvidence e, Reason.Builder r) {
      ReportFigures f = e.figures().orElseThrow();
      ReportFigures p = e.previous().orElseThrow();
      return r.fact("previousDay", e.previousDay().map(Object::toString).orElse("-"))
          .fact("previousConfirmed", p.cumulativeConfirmed()).fact("confirmed", f.cumulativeConfirmed())
          .fact("previousAsymptomatic", p.cumulativeAsymptomatic()).fact("asymptomatic", f.cumulativeAsymptomatic());
    }
  },
  /** A zero report on a day an urgent report told of new events (零报告与紧急报告矛盾). */
  ZERO_CONTRADICTS_URGENT("零报告与紧急报告矛盾", "zero report contradicts an urgent report",
      "reporting.signal.zero_contradicts_urgent", Clause.S2_3, Clause.S1_6) {
    @Override
    public boolean test(UnitDayEvidence e) {
      if (!e.zeroReport()) {
        return false;
      }
      for (DailyReport u : e.urgent()) {
        if (u.figures().map(ReportFigures::hasNewEvents).orElse(false)) {
          return true;
        }
      }
      return false;
    }

    @Override
    SignalSeverity severity(UnitDayEvidence e) {
      SignalSeverity worst = SignalSeverity.MONITORING;
      for (DailyReport u : e.urgent()) {
        if (u.figures().map(ReportFigures::hasNewEvents).orElse(false)) {
          worst = SignalSeverity.max(worst, of(u.figures().get()));
        }
      }
      return worst;
    }

    @Override
    Reason.Builder facts(UnitDayEvidence e, Reason.Builder r) {
      return r.fact("urgentReports", e.urgent().size());
    }
  },
  /** A zero report later corrected to figures with events or people under management (零报告后更正为有情况). */
  ZERO_REVISED_TO_FIGURES("零报告后更正为有情况", "zero report revised to figures",
      "reporting.signal.zero_revised_to_figures", Clause.S2_3) {
    @Override
    public boolean test(UnitDayEvidence e) {
      if (e.figures().isEmpty()) {
        return false;
      }
      ReportFigures f = e.figures().get();
      if (!f.hasNewEvents() && !f.hasPeopleUnderManagement()) {
        return false;
      }
      UnitDayReports r = e.reports().orElseThrow();
      int winning = r.winner().revision();
      for (DailyReport s : r.submissions()) {
        if (s.isZeroReport() && s.revision() < winning) {
          return true;
        }
      }
      return false;
    }

    @Override
    SignalSeverity severity(UnitDayEvidence e) {
      return of(e.figures().orElseThrow());
    }

    @Override
    Reason.Builder facts(UnitDayEvidence e, Reason.Builder r) {
      UnitDayReports reports = e.reports().orElseThrow();
      return r.fact("revision", reports.winner().revision()).fact("submissions", reports.submissions().size());
    }
  };

  private static final SignalKind[] VALUES = values();

  private final String chinese;
  private final String english;
  private final String code;
  private final Clause[] clauses;

  SignalKind(String chinese, String english, String code, Clause... clauses) {
    this.chinese = chinese;
    this.english = english;
    this.code = code;
    this.clauses = clauses;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** The reason code of this kind's signals. */
  public String code() {
    return code;
  }

  /** Whether the evidence shows this signal (hot path: no allocation). */
  public abstract boolean test(UnitDayEvidence evidence);

  abstract Reason.Builder facts(UnitDayEvidence evidence, Reason.Builder reason);

  /** The severity of a signal the evidence shows; call only when {@link #test} holds. */
  abstract SignalSeverity severity(UnitDayEvidence evidence);

  /** The reason of a signal the evidence shows; call only when {@link #test} holds. */
  public Reason explain(UnitDayEvidence e) {
    return facts(e, Reason.of(code, clauses).fact("unit", e.unit()).fact("day", e.day())).build();
  }

  /** The bit of this kind in a {@link ConcealmentChecks#mask} result. */
  public int bit() {
    return 1 << ordinal();
  }

  static SignalKind[] all() {
    return VALUES;
  }

  /** The severity of what a report's figures tell: cases first, then contacts and isolation, then monitoring. */
  private static SignalSeverity of(ReportFigures f) {
    if (f.newSuspected() > 0 || f.newConfirmed() > 0 || f.newAsymptomatic() > 0) {
      return SignalSeverity.CASE;
    }
    if (f.closeContactsTraced() > 0 || f.underHomeIsolation() > 0 || f.underCentralisedIsolation() > 0) {
      return SignalSeverity.CONTACT;
    }
    return f.newArrivalsFromRiskAreas().orElse(0) > 0 ? SignalSeverity.ARRIVAL : SignalSeverity.MONITORING;
  }

  private static Reason.Builder newEvents(UnitDayFacts k, Reason.Builder r) {
    return r.fact("activeCases", k.activeCases()).fact("closeContacts", k.closeContacts())
        .fact("newCases", k.newCases()).fact("newSuspectedCases", k.newSuspectedCases())
        .fact("newCloseContacts", k.newCloseContacts()).fact("newIsolationOrders", k.newIsolationOrders())
        .fact("newArrivalsFromRiskAreas", k.newArrivalsFromRiskAreas())
        .fact("abnormalFindings", k.abnormalFindings());
  }

  private static Reason.Builder known(UnitDayFacts k, Reason.Builder r) {
    return r.fact("activeCases", k.activeCases()).fact("closeContacts", k.closeContacts())
        .fact("homeIsolation", k.homeIsolation()).fact("centralisedIsolation", k.centralisedIsolation())
        .fact("healthMonitoring", k.healthMonitoring());
  }
}
