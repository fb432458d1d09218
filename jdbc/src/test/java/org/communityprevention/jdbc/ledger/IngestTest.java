package org.communityprevention.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.jdbc.ledger.Fixtures.A;
import static org.communityprevention.jdbc.ledger.Fixtures.B;
import static org.communityprevention.jdbc.ledger.Fixtures.C;
import static org.communityprevention.jdbc.ledger.Fixtures.DAY;
import static org.communityprevention.jdbc.ledger.Fixtures.UNKNOWN;

import java.util.List;
import java.util.stream.Collectors;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.report.ConflictKind;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.SubmissionConflict;
import org.communityprevention.reporting.report.Timeliness;
import org.communityprevention.reporting.report.UnitDayReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ingest of daily and zero reports (§1.6)")
class IngestTest {
  private static final String SCHEMA = "it_ingest";
  private JdbcLedger ledger;

  @BeforeEach
  void freshSchema() {
    ledger = TestDatabase.freshLedger(new LedgerSettings.Builder().schema(SCHEMA).chunkSize(3).build(),
        Fixtures.RULES);
    ledger.recordUnitChanges(Fixtures.CHANGES);
  }

  @Test
  @DisplayName("§1.6 a zero report and a figures report are stored and read back as what they are")
  void zeroAndFigures() {
    DailyReport zero = Fixtures.zero(A, DAY, 9);
    DailyReport figures = Fixtures.figures(B, DAY, 10, 0, 2);
    IngestResult r = ledger.ingestReports(List.of(zero, figures));

    assertThat(r.stored()).isEqualTo(2);
    assertThat(r.duplicates()).isZero();
    assertThat(r.accepted()).isEqualTo(2);
    ReportLedger read = ledger.load(DateWindow.ofDays(DAY, 1));
    assertThat(read.unitDay(A, DAY).orElseThrow().winner()).isEqualTo(zero);
    assertThat(read.unitDay(A, DAY).orElseThrow().isZeroReport()).isTrue();
    assertThat(read.unitDay(B, DAY).orElseThrow().winner()).isEqualTo(figures);
    assertThat(read.unitDay(B, DAY).orElseThrow().isZeroReport()).isFalse();
  }

  @Test
  @DisplayName("§1.6 a correction wins, the first filing decides timeliness, and the history keeps both")
  void revisions() {
    DailyReport first = Fixtures.figures(A, DAY, 9, 0, 1);
    DailyReport correction = Fixtures.figures(A, DAY, 30, 1, 3);
    ledger.ingestReports(List.of(correction));
    ledger.ingestReports(List.of(first));

    UnitDayReports u = ledger.load(DateWindow.ofDays(DAY, 1)).unitDay(A, DAY).orElseThrow();
    assertThat(u.submissions()).containsExactly(first, correction);
    assertThat(u.winner()).isEqualTo(correction);
    assertThat(u.timeliness()).isEqualTo(Timeliness.ON_TIME);
  }

  @Test
  @DisplayName("a batch sent twice stores each report once and counts the second sending as duplicates")
  void retriedBatch() {
    List<DailyReport> batch = List.of(Fixtures.zero(A, DAY, 9), Fixtures.zero(B, DAY, 9),
        Fixtures.zero(C, DAY, 9), Fixtures.zero(A, DAY.plusDays(1), 9), Fixtures.zero(A, DAY, 9));
    IngestResult once = ledger.ingestReports(batch);
    IngestResult twice = ledger.ingestReports(batch);

    assertThat(once.stored()).isEqualTo(4);
    assertThat(once.duplicates()).isEqualTo(1);
    assertThat(once.chunks()).isEqualTo(2);
    assertThat(twice.stored()).isZero();
    assertThat(twice.duplicates()).isEqualTo(5);
    assertThat(ledger.reportCount()).isEqualTo(4);
    assertThat(TestDatabase.count("SELECT receipts FROM " + SCHEMA + ".daily_report WHERE unit_code = '"
        + A.value() + "' AND day = DATE '" + DAY + "'")).isEqualTo(4);
  }

  @Test
  @DisplayName("refused records are rejected with their positions and the engine's codes; the rest are stored")
  void rejections() {
    DailyReport ok = Fixtures.zero(A, DAY, 9);
    DailyReport unknown = Fixtures.zero(UNKNOWN, DAY, 9);
    DailyReport tooLate = Fixtures.zero(B, DAY, 24 * 2 + 1);
    DailyReport merged = Fixtures.zero(C, DAY.plusDays(2), 9);
    DailyReport fine = new DailyReport.Builder().from(Fixtures.zero(B, DAY, 9))
        .filedAt(Fixtures.at(DAY, 9).plusNanos(1)).build();
    IngestResult r = ledger.ingestReports(List.of(ok, unknown, tooLate, merged, fine));

    assertThat(r.read()).isEqualTo(5);
    assertThat(r.stored()).isEqualTo(1);
    assertThat(codes(r.rejected())).containsExactly(
        "1 [1].unit reporting.report.unit_unknown",
        "2 [2].filedAt reporting.report.too_late",
        "3 [3].unit reporting.report.unit_retired",
        "4 [4].filedAt jdbc.ledger.filed_at_precision");
    assertThat(r.stored() + r.duplicates() + r.rejected().size()).isEqualTo(r.read());
    assertThat(ledger.reportCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("a sender's submission id reused for another report is rejected, in the batch and across batches")
  void submissionIdReused() {
    DailyReport a = Fixtures.zero(A, DAY, 9);
    DailyReport otherTime = Fixtures.zero(A, DAY, 10);
    IngestResult first = ledger.ingest(List.of(SubmittedReport.of("upload-1", a),
        SubmittedReport.of("upload-1", otherTime), SubmittedReport.of("upload-1", a)));
    IngestResult later = ledger.ingest(List.of(SubmittedReport.of("upload-1", otherTime),
        SubmittedReport.of("upload-2", otherTime)));

    assertThat(first.stored()).isEqualTo(1);
    assertThat(first.duplicates()).isEqualTo(1);
    assertThat(codes(first.rejected())).containsExactly("1 [1].submissionId jdbc.ledger.submission_id_reused");
    assertThat(later.stored()).isEqualTo(1);
    assertThat(codes(later.rejected())).containsExactly("0 [0].submissionId jdbc.ledger.submission_id_reused");
    assertThat(ledger.load(DateWindow.ofDays(DAY, 1)).unitDay(A, DAY).orElseThrow().submissions())
        .containsExactly(a, otherTime);
  }

  @Test
  @DisplayName("§1.6 §2.3 a zero report and figures under one revision are a conflict, read back as the engine's")
  void conflicts() {
    DailyReport zero = Fixtures.zero(A, DAY, 9);
    DailyReport figures = Fixtures.figures(A, DAY, 9.5, 0, 1);
    ledger.ingestReports(List.of(zero, figures));

    List<SubmissionConflict> found = ledger.conflicts(DateWindow.ofDays(DAY, 1));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(ConflictKind.ZERO_VS_FIGURES);
    assertThat(found.get(0).unit()).isEqualTo(A);
    assertThat(found.get(0).versions()).isEqualTo(2);
  }

  @Test
  @DisplayName("completeness and timeliness of a day come from the stored reports")
  void presence() {
    ledger.ingestReports(List.of(Fixtures.zero(A, DAY, 9), Fixtures.figures(B, DAY, 20, 0, 1)));

    CompletenessCounts county = ledger.presence(DateWindow.ofDays(DAY, 1)).table(DateWindow.ofDays(DAY, 1))
        .counts(A.ancestorAt(org.communityprevention.core.division.DivisionLevel.COUNTY));
    assertThat(county.expected()).isEqualTo(3);
    assertThat(county.received()).isEqualTo(2);
    assertThat(county.late()).isEqualTo(1);
    assertThat(county.onTime()).isEqualTo(1);
    assertThat(county.zeroReports()).isEqualTo(1);
    assertThat(county.missing()).isEqualTo(1);
  }

  private static List<String> codes(List<Rejected> rejected) {
    return rejected.stream().flatMap(r -> r.violations().stream().map(v -> r.position() + " " + v.field() + " "
        + v.code())).collect(Collectors.toList());
  }
}
