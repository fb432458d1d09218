package org.communityprevention.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.reporting.testing.ReportingGenerators.reports;

import java.time.Instant;
import java.time.LocalDate;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.testing.Violations;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§1.6 daily reports and zero reports")
class DailyReportTest {
  static final DivisionCode UNIT = DivisionCode.parse("440983102001");
  static final LocalDate DAY = LocalDate.of(2021, 2, 1);
  static final Instant AT = Instant.parse("2021-02-01T06:00:00Z");

  @Test
  @DisplayName("a zero report is its own type; figures that are all zero are still figures, never a zero report")
  void zeroIsDeclared() {
    DailyReport zero = DailyReport.zero(UNIT, DAY, "w1", AT);
    DailyReport zeros = DailyReport.ofFigures(UNIT, DAY, "w1", AT, ReportFigures.ofCounts(new int[10]));
    assertThat(zero.isZeroReport()).isTrue();
    assertThat(zero.content()).isInstanceOf(ZeroReport.class);
    assertThat(zero.figures()).isEmpty();
    assertThat(zeros.isZeroReport()).isFalse();
    assertThat(zeros.figures().orElseThrow().allZero()).isTrue();
    assertThat(Submissions.CONTENT_ORDER.compare(zero.content(), zeros.content())).isNegative();
  }

  @Test
  @DisplayName("the JSON form names the content type")
  void jsonForm() {
    assertThat(Json.write(DailyReport.zero(UNIT, DAY, "w1", AT))).isEqualTo("{\"unit\":\"440983102001\","
        + "\"day\":\"2021-02-01\",\"filerId\":\"w1\",\"filedAt\":\"2021-02-01T06:00:00Z\",\"revision\":0,"
        + "\"urgent\":false,\"content\":{\"type\":\"ZERO\"}}");
    DailyReport read = Json.read("{\"unit\":\"440983102001\",\"day\":\"2021-02-01\",\"filerId\":\"w1\","
        + "\"filedAt\":\"2021-02-01T14:00:00+08:00\",\"content\":{\"type\":\"ZERO\"}}", DailyReport.class);
    assertThat(read).isEqualTo(DailyReport.zero(UNIT, DAY, "w1", AT));
  }

  @Test
  @DisplayName("reports travel through JSON unchanged")
  void roundTrip() {
    qt().forAll(reports()).checkAssert(r -> assertThat(Json.read(Json.write(r), DailyReport.class)).isEqualTo(r));
  }

  @Test
  @DisplayName("every problem of a report is listed at once, naming its field")
  void violations() {
    assertThat(Violations.violations(() -> new DailyReport.Builder().unit(DivisionCode.parse("440983102000"))
        .day(DAY).filerId(" ").filedAt(Instant.parse("2021-01-31T10:00:00Z")).revision(-1).urgent(true)
        .content(ZeroReport.of()).build())).containsExactly(
            "unit " + DailyReport.UNIT_NOT_VILLAGE,
            "filerId " + DailyReport.FILER_BLANK,
            "revision " + DailyReport.NEGATIVE_REVISION,
            "filedAt " + DailyReport.FILED_BEFORE_DAY,
            "content " + DailyReport.URGENT_WITHOUT_FIGURES);
  }

  @Test
  @DisplayName("negative counts and cumulative counts below the day's new ones are refused by field")
  void figuresViolations() {
    assertThatThrownBy(() -> ReportFigures.ofCounts(0, -1, 3, 0, 0, 0, 0, 0, 2, 0))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("newSuspected", ReportFigures.NEGATIVE_COUNT),
                org.assertj.core.groups.Tuple.tuple("cumulativeConfirmed", ReportFigures.CUMULATIVE_BELOW_NEW)));
  }

  @Test
  @DisplayName("a JSON report without content, or with an unknown content type, is refused")
  void jsonProblems() {
    assertThatThrownBy(() -> Json.read("{\"unit\":\"440983102001\",\"day\":\"2021-02-01\",\"filerId\":\"w1\","
        + "\"filedAt\":\"2021-02-01T06:00:00Z\"}", DailyReport.class))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations().get(0).code()).startsWith("core.json."));
    assertThatThrownBy(() -> Json.read("{\"unit\":\"440983102001\",\"day\":\"2021-02-01\",\"filerId\":\"w1\","
        + "\"filedAt\":\"2021-02-01T06:00:00Z\",\"content\":{\"type\":\"NONE\"}}", DailyReport.class))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("each count alone means new events (the first five), people under management (next three), or neither")
  void whatEachCountMeans() {
    for (int i = 0; i < ReportFigures.FIELDS.size(); i++) {
      for (int value : new int[] {1, 7}) {
        int[] counts = new int[ReportFigures.FIELDS.size()];
        counts[i] = value;
        counts[8] = Math.max(counts[8], counts[2]);
        counts[9] = Math.max(counts[9], counts[3]);
        ReportFigures f = ReportFigures.ofCounts(counts);
        String field = ReportFigures.FIELDS.get(i);
        assertThat(f.counts()).as(field).containsExactly(counts);
        assertThat(f.hasNewEvents()).as(field).isEqualTo(i < 5);
        assertThat(f.hasPeopleUnderManagement()).as(field).isEqualTo(i >= 5 && i < 8);
        assertThat(f.allZero()).as(field).isFalse();
      }
    }
    ReportFigures none = ReportFigures.ofCounts(new int[ReportFigures.FIELDS.size()]);
    assertThat(none.allZero()).isTrue();
    assertThat(none.hasNewEvents()).isFalse();
    assertThat(none.hasPeopleUnderManagement()).isFalse();
    assertThat(none.isZeroReport()).isFalse();
  }

  @Test
  @DisplayName("figures need one count per field, none negative, and cumulative counts not below the day's")
  void figuresChecks() {
    assertThatThrownBy(() -> ReportFigures.ofCounts(1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportFigures.ofCounts(0, 0, 2, 1, 0, 0, 0, 0, 1, 0))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::code)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("cumulativeConfirmed", ReportFigures.CUMULATIVE_BELOW_NEW),
                org.assertj.core.groups.Tuple.tuple("cumulativeAsymptomatic", ReportFigures.CUMULATIVE_BELOW_NEW)));
    assertThatThrownBy(() -> ReportFigures.ofCounts(0, -1, 0, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field).containsExactly("newSuspected"));
    assertThat(ReportFigures.ofCounts(0, 0, 2, 1, 0, 0, 0, 0, 2, 1).cumulativeConfirmed()).isEqualTo(2);
  }
}
