package org.communityprevention.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§1.6 the report ledger: revisions, duplicates and conflicts")
class ReportLedgerTest {
  static final DivisionCode A = DivisionCode.parse("440983102001");
  static final DivisionCode B = DivisionCode.parse("440983102201");
  static final DivisionCode C = DivisionCode.parse("440983102202");
  static final LocalDate DAY = LocalDate.of(2021, 2, 1);
  static final UnitRegistry REGISTRY = UnitRegistry.of(List.of(
      UnitChange.opened(A, LocalDate.of(2021, 1, 1), "水口居委会"),
      UnitChange.opened(B, LocalDate.of(2021, 1, 1), "垌心村委会"),
      UnitChange.recoded(B, LocalDate.of(2021, 2, 1), C)));
  static final ReportFigures ONE_CASE = ReportFigures.ofCounts(0, 0, 1, 0, 4, 4, 0, 0, 1, 0);

  static ReportLedger ledger() {
    return ReportLedger.of(ReportingRules.of(NationalBaselines.byId("ed7-2020")), REGISTRY);
  }

  static DailyReport report(int revision, String at, ReportContent content) {
    return new DailyReport.Builder().unit(A).day(DAY).filerId("w1").filedAt(Instant.parse(at)).revision(revision)
        .content(content).build();
  }

  @Test
  @DisplayName("a revision wins and the history is kept; the first filing decides timeliness")
  void revisionWins() {
    ReportLedger l = ledger();
    assertThat(l.submit(report(0, "2021-02-01T02:00:00Z", ZeroReport.of()))).isEqualTo(SubmissionOutcome.FIRST);
    assertThat(l.submit(report(1, "2021-02-02T02:00:00Z", ONE_CASE))).isEqualTo(SubmissionOutcome.REVISION);
    UnitDayReports u = l.unitDay(A, DAY).orElseThrow();
    assertThat(u.submissions()).hasSize(2);
    assertThat(u.winner().content()).isEqualTo(ONE_CASE);
    assertThat(u.timeliness()).isEqualTo(Timeliness.ON_TIME);
    assertThat(l.conflicts()).isEmpty();
    assertThat(l.unitDayCount()).isEqualTo(1);
    assertThat(Json.read(Json.write(u), UnitDayReports.class)).isEqualTo(u);
  }

  @Test
  @DisplayName("an earlier revision arriving last is kept in the history but does not win")
  void earlierRevisionArrivingLast() {
    ReportLedger l = ledger();
    l.submit(report(1, "2021-02-02T02:00:00Z", ONE_CASE));
    assertThat(l.submit(report(0, "2021-02-01T02:00:00Z", ZeroReport.of())))
        .isEqualTo(SubmissionOutcome.EARLIER_REVISION);
    assertThat(l.unitDay(A, DAY).orElseThrow().winner().content()).isEqualTo(ONE_CASE);
    assertThat(l.unitDay(A, DAY).orElseThrow().timeliness()).isEqualTo(Timeliness.ON_TIME);
  }

  @Test
  @DisplayName("duplicates count once, so no rate can pass 100 %")
  void duplicates() {
    ReportLedger l = ledger();
    DailyReport r = report(0, "2021-02-01T02:00:00Z", ZeroReport.of());
    l.submit(r);
    assertThat(l.submit(r)).isEqualTo(SubmissionOutcome.DUPLICATE);
    assertThat(l.submit(report(0, "2021-02-01T03:00:00Z", ZeroReport.of()))).isEqualTo(SubmissionOutcome.RESUBMITTED);
    assertThat(l.unitDayCount()).isEqualTo(1);
    assertThat(l.submissionCount()).isEqualTo(3);
    assertThat(l.unitDay(A, DAY).orElseThrow().submissions()).hasSize(2);
  }

  @Test
  @DisplayName("§2.3 a zero report and figures under one revision are a conflict: a finding, not an exception")
  void zeroVersusFigures() {
    ReportLedger l = ledger();
    l.submit(report(0, "2021-02-01T02:00:00Z", ZeroReport.of()));
    assertThat(l.submit(report(0, "2021-02-01T01:00:00Z", ONE_CASE))).isEqualTo(SubmissionOutcome.CONFLICT);
    assertThat(l.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ConflictKind.ZERO_VS_FIGURES);
      assertThat(c.versions()).isEqualTo(2);
      assertThat(c.reason().clauses()).containsExactly(Clause.S1_6, Clause.S2_3);
      assertThat(c.text(Messages.EN)).isEqualTo("unit 440983102001 sent both a zero report and figures for"
          + " 2021-02-01 under revision 0 (2 versions): check which is right");
      assertThat(Json.read(Json.write(c), SubmissionConflict.class)).isEqualTo(c);
    });
    // The latest filed wins, whatever the order of arrival.
    assertThat(l.unitDay(A, DAY).orElseThrow().isZeroReport()).isTrue();
  }

  @Test
  @DisplayName("two different sets of figures under one revision are a conflict")
  void figuresDisagree() {
    ReportLedger l = ledger();
    l.submit(report(0, "2021-02-01T02:00:00Z", ONE_CASE));
    l.submit(report(0, "2021-02-01T03:00:00Z", ReportFigures.ofCounts(0, 0, 2, 0, 4, 4, 0, 0, 2, 0)));
    assertThat(l.conflicts()).extracting(SubmissionConflict::kind).containsExactly(ConflictKind.FIGURES_DISAGREE);
  }

  @Test
  @DisplayName("expected reports are keyed by unit: a retired code is refused with its successor, never re-keyed")
  void retiredAndUnknownUnits() {
    ReportLedger l = ledger();
    DailyReport retired = DailyReport.zero(B, DAY, "w9", Instant.parse("2021-02-01T02:00:00Z"));
    assertThatThrownBy(() -> l.submit(retired)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.violations().get(0).code()).isEqualTo(ReportLedger.UNIT_RETIRED);
      assertThat(e.violations().get(0).params()).containsEntry("successor", C.value());
    });
    assertThat(l.submit(DailyReport.zero(B, DAY.minusDays(1), "w9", Instant.parse("2021-01-31T02:00:00Z"))))
        .isEqualTo(SubmissionOutcome.FIRST);
    DailyReport unknown = DailyReport.zero(DivisionCode.parse("110105001001"), DAY, "w9", Instant.parse(
        "2021-02-01T02:00:00Z"));
    assertThatThrownBy(() -> l.submit(unknown)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations().get(0).code()).isEqualTo(ReportLedger.UNIT_UNKNOWN));
  }

  @Test
  @DisplayName("a batch keeps the good reports and rejects each bad one at its position")
  void batch() {
    ReportLedger l = ledger();
    BatchResult<DailyReport> r = l.submitAll(List.of(
        report(0, "2021-02-01T02:00:00Z", ZeroReport.of()),
        report(0, "2021-02-08T16:00:00Z", ZeroReport.of()),
        DailyReport.zero(C, DAY, "w2", Instant.parse("2021-02-01T02:00:00Z"))));
    assertThat(r.inputCount()).isEqualTo(3);
    assertThat(r.accepted()).hasSize(2);
    assertThat(r.rejected()).singleElement().satisfies(x -> {
      assertThat(x.position()).isEqualTo(1);
      assertThat(x.violations().get(0).field()).isEqualTo("[1].filedAt");
      assertThat(x.violations().get(0).code()).isEqualTo(ReportLedger.TOO_LATE);
    });
  }

  @Test
  @DisplayName("urgent reports are kept beside the routine ones and do not count as the day's report")
  void urgent() {
    ReportLedger l = ledger();
    DailyReport urgent = new DailyReport.Builder().unit(A).day(DAY).filerId("w1").urgent(true)
        .filedAt(Instant.parse("2021-02-01T12:00:00Z")).content(ONE_CASE).build();
    assertThat(l.submit(urgent)).isEqualTo(SubmissionOutcome.URGENT);
    assertThat(l.submit(urgent)).isEqualTo(SubmissionOutcome.DUPLICATE);
    assertThat(l.unitDay(A, DAY)).isEmpty();
    assertThat(l.urgentReports(A, DAY)).containsExactly(urgent);
    assertThat(l.removeDaysBefore(DAY.plusDays(1))).isZero();
    assertThat(l.urgentReports()).isEmpty();
  }

  @Test
  @DisplayName("a streaming caller drops the days it has counted: the earlier days go, the day itself and later stay")
  void removeDaysBefore() {
    ReportLedger l = ledger();
    for (int d = 0; d < 3; d++) {
      Instant filed = Instant.parse("2021-02-01T07:00:00Z").plusSeconds(86_400L * d);
      l.submit(DailyReport.zero(A, DAY.plusDays(d), "w1", filed));
    }
    DailyReport urgentFirst = new DailyReport.Builder().unit(A).day(DAY).filerId("w1").urgent(true)
        .filedAt(Instant.parse("2021-02-01T12:00:00Z")).content(ONE_CASE).build();
    DailyReport urgentSecond = new DailyReport.Builder().from(urgentFirst).day(DAY.plusDays(1))
        .filedAt(Instant.parse("2021-02-02T12:00:00Z")).build();
    l.submit(urgentFirst);
    l.submit(urgentSecond);
    assertThat(l.urgentReports(A, DAY.plusDays(1))).containsExactly(urgentSecond);
    assertThat(l.urgentReports(B, DAY)).isEmpty();
    assertThat(l.removeDaysBefore(DAY.plusDays(1))).isEqualTo(1);
    assertThat(l.unitDayCount()).isEqualTo(2);
    assertThat(l.unitDay(A, DAY)).isEmpty();
    assertThat(l.unitDay(A, DAY.plusDays(1))).isPresent();
    assertThat(l.urgentReports()).containsExactly(urgentSecond);
    assertThat(l.removeDaysBefore(DAY.plusDays(1))).isZero();
  }
}
