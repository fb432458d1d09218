package org.communityprevention.reporting.summary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.NodeCompleteness;
import org.communityprevention.reporting.completeness.UnitReportingRecord;
import org.communityprevention.reporting.readiness.StaffCoverage;
import org.communityprevention.reporting.signal.SignalKind;
import org.immutables.value.Value;

/**
 * A province's implementation summary for the two ministries (贯彻落实情况报告, §6.7): daily and zero reporting of the
 * province and its prefectures, the worst and the stopped units, conflicts and concealment signals, holiday duty,
 * 包片联户, supplies and staff readiness. Every figure is a count the reader can check; {@link #render} gives the
 * text to forward in Chinese or English.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImplementationSummary.class)
@JsonDeserialize(as = ImmutableImplementationSummary.class)
public abstract class ImplementationSummary {
  /** Violation code: the node is not a province. */
  public static final String NOT_A_PROVINCE = "reporting.summary.not_a_province";

  /** The province (省级区划). */
  public abstract DivisionCode province();

  /** The window reported on. */
  public abstract DateWindow window();

  /** The policy in force. */
  public abstract PolicyRef policy();

  /** The province's report counts. */
  public abstract CompletenessCounts reports();

  /** Each prefecture's report counts, sorted by code. */
  public abstract List<NodeCompleteness> prefectures();

  /** The worst units, worst first. */
  public abstract List<UnitReportingRecord> worstUnits();

  /** The units that stopped reporting, longest run first. */
  public abstract List<UnitReportingRecord> stoppedUnits();

  /** The policy's stopped-reporting days. */
  public abstract int stoppedReportingDays();

  /** Conflicting submissions found. */
  public abstract long conflicts();

  /** Concealment signals by kind. */
  public abstract Map<SignalKind, Long> signals();

  /** Units whose holiday duty was checked, and of them those fully covered and published. */
  public abstract long dutyChecked();

  /** Units with someone on duty at every minute and their duty staff published. */
  public abstract long dutyReady();

  /** Households listed, and of them those linked to a responsible cadre. */
  public abstract long households();

  /** Households linked to a responsible cadre. */
  public abstract long householdsLinked();

  /** Units whose supplies were checked. */
  public abstract long suppliesChecked();

  /** Units with every supply in full. */
  public abstract long suppliesInFull();

  /** Staff coverage of the province by category. */
  public abstract List<StaffCoverage> staff();

  @Value.Check
  void check() {
    if (province().level() != DivisionLevel.PROVINCE) {
      throw ValidationException.of("province", NOT_A_PROVINCE, "level", province().level().code(),
          "levelZh", province().level().chinese());
    }
  }

  /** The statements of the summary, each a reason citing its clauses, in reading order. */
  public ImmutableList<Reason> statements() {
    CompletenessCounts c = reports();
    long signalTotal = signals().values().stream().mapToLong(Long::longValue).sum();
    ImmutableList.Builder<Reason> out = ImmutableList.builder();
    out.add(Reason.of("reporting.summary.title", Clause.S6_7).fact("province", province())
        .fact("from", window().start()).fact("until", window().lastDay().map(Object::toString).orElse("-"))
        .fact("policy", policy()).build());
    out.add(Reason.of("reporting.summary.reports", Clause.S1_6).fact("expected", c.expected())
        .fact("received", c.received()).fact("reportingRate", percent(c.reportingRate()))
        .fact("onTime", c.onTime()).fact("onTimeRate", percent(c.onTimeRate())).fact("late", c.late())
        .fact("missing", c.missing()).fact("zero", c.zeroReports()).fact("figures", c.figuresReports()).build());
    out.add(Reason.of("reporting.summary.findings", Clause.S1_6, Clause.S2_3).fact("stopped", stoppedUnits().size())
        .fact("days", stoppedReportingDays()).fact("conflicts", conflicts()).fact("signals", signalTotal).build());
    out.add(Reason.of("reporting.summary.duty", Clause.S1_5, Clause.S1_7).fact("ready", dutyReady())
        .fact("checked", dutyChecked()).fact("linked", householdsLinked()).fact("households", households()).build());
    out.add(Reason.of("reporting.summary.supplies", Clause.S6_4).fact("inFull", suppliesInFull())
        .fact("checked", suppliesChecked()).build());
    for (StaffCoverage s : staff()) {
      out.add(Reason.of("reporting.summary.staff", Clause.S6_3, Clause.S6_5).fact("category", s.category().english())
          .fact("categoryZh", s.category().chinese()).fact("headcount", s.headcount())
          .fact("trained", percent(s.trainingRate())).fact("drilled", percent(s.drillRate()))
          .fact("vaccinated", percent(s.vaccinationRate())).build());
    }
    return out.build();
  }

  /** The summary as lines of text in a language, ready to forward. */
  public ImmutableList<String> render(Locale locale) {
    return statements().stream().map(r -> r.text(locale)).collect(ImmutableList.toImmutableList());
  }

  private static String percent(OptionalDouble rate) {
    return rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", rate.getAsDouble() * 100) : "-";
  }

  /** Builds an {@link ImplementationSummary}; see {@link ImplementationSummaries#summarize}. */
  public static final class Builder extends ImmutableImplementationSummary.Builder {}
}
