package org.communityprevention.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.reporting.testing.ReportingGenerators.reports;
import static org.communityprevention.reporting.testing.ReportingGenerators.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§1.6 daily report deadlines in Beijing time")
class ReportingRulesTest {
  static final DivisionCode UNIT = DivisionCode.parse("440983102001");
  static final LocalDate DAY = LocalDate.of(2021, 2, 1);
  static final ReportingRules RULES = ReportingRules.of(NationalBaselines.byId("ed7-2020"));

  static DailyReport zeroAt(String instant) {
    return DailyReport.zero(UNIT, DAY, "w1", Instant.parse(instant));
  }

  @Test
  @DisplayName("an instant from 16:00 to 23:59 UTC already belongs to the next Beijing day")
  void utcEveningIsNextBeijingDay() {
    assertThat(BeijingTime.dateOf(Instant.parse("2021-01-31T15:59:59Z"))).isEqualTo(LocalDate.of(2021, 1, 31));
    assertThat(BeijingTime.dateOf(Instant.parse("2021-01-31T16:00:00Z"))).isEqualTo(DAY);
    assertThat(BeijingTime.dateOf(Instant.parse("2021-01-31T23:59:59Z"))).isEqualTo(DAY);
    assertThat(BeijingTime.dateOf(Instant.parse("2021-02-01T00:00:00Z"))).isEqualTo(DAY);
  }

  @Test
  @DisplayName("the national baseline's deadline is 16:00 Beijing, i.e. 08:00 UTC, and the boundary itself is on time")
  void deadlineBoundary() {
    assertThat(RULES.deadline()).isEqualTo(LocalTime.of(16, 0));
    assertThat(RULES.onTimeUntil(DAY)).isEqualTo(Instant.parse("2021-02-01T08:00:00Z"));
    assertThat(RULES.timeliness(zeroAt("2021-02-01T07:59:59Z"))).isEqualTo(Timeliness.ON_TIME);
    assertThat(RULES.timeliness(zeroAt("2021-02-01T08:00:00Z"))).isEqualTo(Timeliness.ON_TIME);
    assertThat(RULES.timeliness(zeroAt("2021-02-01T08:00:00.001Z"))).isEqualTo(Timeliness.LATE);
  }

  @Test
  @DisplayName("a report for 1 February sent at 16:30 UTC on 31 January is on time: it is already 00:30 on 1 February")
  void utcEveningBeforeIsOnTime() {
    DailyReport r = zeroAt("2021-01-31T16:30:00Z");
    assertThat(r.filedOn()).isEqualTo(DAY);
    assertThat(RULES.timeliness(r)).isEqualTo(Timeliness.ON_TIME);
  }

  @Test
  @DisplayName("a report for 1 February sent at 16:30 UTC on 1 February is late: it is 00:30 on 2 February in Beijing")
  void utcEveningSameDateIsLate() {
    DailyReport r = zeroAt("2021-02-01T16:30:00Z");
    assertThat(r.filedOn()).isEqualTo(LocalDate.of(2021, 2, 2));
    assertThat(RULES.timeliness(r)).isEqualTo(Timeliness.LATE);
  }

  @Test
  @DisplayName("a report for 1 February sent at 15:59 UTC on 31 January is refused: the day had not begun in Beijing")
  void beforeTheDayIsRefused() {
    assertThatThrownBy(() -> zeroAt("2021-01-31T15:59:59Z")).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("filedAt");
          assertThat(v.code()).isEqualTo(DailyReport.FILED_BEFORE_DAY);
          assertThat(v.params()).containsEntry("filedOn", "2021-01-31");
        }));
  }

  @Test
  @DisplayName("late reports are accepted until the end of the seventh day after the reporting day, then refused")
  void lateAcceptance() {
    assertThat(RULES.lateAcceptanceDays()).isEqualTo(7);
    assertThat(RULES.timeliness(DAY, Instant.parse("2021-02-08T15:59:59Z"))).isEqualTo(Timeliness.LATE);
    assertThat(RULES.timeliness(DAY, Instant.parse("2021-02-08T16:00:00Z"))).isEqualTo(Timeliness.TOO_LATE);
  }

  @Test
  @DisplayName("grace minutes extend on-time filing to the minute")
  void grace() {
    ReportingRules r = ReportingRules.of(PolicyRef.of("t", "1"), LocalTime.of(16, 0), 10, 0);
    assertThat(r.timeliness(DAY, Instant.parse("2021-02-01T08:10:00Z"))).isEqualTo(Timeliness.ON_TIME);
    assertThat(r.timeliness(DAY, Instant.parse("2021-02-01T08:10:01Z"))).isEqualTo(Timeliness.LATE);
    assertThat(r.timeliness(DAY, Instant.parse("2021-02-01T15:59:59Z"))).isEqualTo(Timeliness.LATE);
    assertThat(r.timeliness(DAY, Instant.parse("2021-02-01T16:00:00Z"))).isEqualTo(Timeliness.TOO_LATE);
  }

  @Test
  @DisplayName("urgent reports are filed any time and are never late")
  void urgentNeverLate() {
    DailyReport urgent = new DailyReport.Builder().unit(UNIT).day(DAY).filerId("w1").urgent(true)
        .filedAt(Instant.parse("2021-02-20T03:00:00Z")).content(ReportFigures.ofCounts(0, 0, 1, 0, 3, 0, 0, 0, 1, 0))
        .build();
    assertThat(RULES.timeliness(urgent)).isEqualTo(Timeliness.ON_TIME);
    assertThat(RULES.explain(urgent).reasons().get(0).code()).isEqualTo(ReportingRules.URGENT);
  }

  @Test
  @DisplayName("the arithmetic hot path agrees with the zone rules, 1986–1991 summer time included")
  void fastPathAgreesWithZoneRules() {
    qt().forAll(rules(), org.quicktheories.generators.Generate.range(0, 20_000),
        org.quicktheories.generators.Generate.range(0, 12 * 86_400)).checkAssert((rules, dayOffset, seconds) -> {
          LocalDate day = LocalDate.of(1985, 1, 1).plusDays(dayOffset);
          Instant at = BeijingTime.startOf(day).plusSeconds(seconds - 3600);
          Timeliness expected = !at.isAfter(rules.onTimeUntil(day)) ? Timeliness.ON_TIME
              : at.isBefore(rules.acceptedUntilExclusive(day)) ? Timeliness.LATE : Timeliness.TOO_LATE;
          assertThat(rules.timeliness(day, at)).isEqualTo(expected);
        });
  }

  @Test
  @DisplayName("the last closed day turns at the deadline")
  void lastClosedDay() {
    assertThat(RULES.lastClosedDay(Instant.parse("2021-02-01T08:00:00Z"))).isEqualTo(DAY.minusDays(1));
    assertThat(RULES.lastClosedDay(Instant.parse("2021-02-01T08:00:01Z"))).isEqualTo(DAY);
    assertThat(RULES.lastClosedDay(Instant.parse("2021-02-01T16:30:00Z"))).isEqualTo(DAY);
  }

  @Test
  @DisplayName("the explanation gives the same answer as the hot path, cites §1.6 and the policy values")
  void explainAgrees() {
    qt().forAll(reports(), rules()).checkAssert((report, rules) -> {
      Decision<Timeliness> d = rules.explain(report);
      assertThat(d.outcome()).isEqualTo(rules.timeliness(report));
      assertThat(d.clauses()).containsExactly(Clause.S1_6);
      assertThat(d.reasons().get(0).policyValues()).containsKeys("reporting.dailyDeadline",
          "reporting.graceMinutes", "reporting.lateAcceptanceDays");
      for (String text : d.explain(Messages.ZH)) {
        assertThat(text).doesNotContain("{").contains(report.day().toString());
      }
    });
  }

  @Test
  @DisplayName("explanations read well in English and Chinese")
  void texts() {
    Decision<Timeliness> late = RULES.explain(zeroAt("2021-02-01T16:30:00Z"));
    assertThat(late.explain(Messages.EN)).containsExactly("the report for 2021-02-01 was filed at 2021-02-02T00:30"
        + " (Beijing), after the deadline 2021-02-01T16:00 (16:00 plus 0 minutes' grace): late");
    assertThat(late.explain(Messages.ZH)).containsExactly("2021-02-01 的报告于北京时间 2021-02-02T00:30 报送，晚于截止时间"
        + " 2021-02-01T16:00（16:00，宽限 0 分钟）：迟报");
  }

  @Test
  @DisplayName("negative grace minutes or late-acceptance days are refused; the rules name their values and policy")
  void explicitRules() {
    PolicyRef ref = RULES.policy();
    assertThat(ref).isEqualTo(NationalBaselines.byId("ed7-2020").ref());
    assertThatThrownBy(() -> ReportingRules.of(ref, LocalTime.of(16, 0), -1, 7))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportingRules.of(ref, LocalTime.of(16, 0), 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
    ReportingRules zero = ReportingRules.of(ref, LocalTime.of(16, 0), 0, 0);
    assertThat(zero.graceMinutes()).isZero();
    assertThat(zero.lateAcceptanceDays()).isZero();
    assertThat(zero.timeliness(DAY, Instant.parse("2021-02-01T16:00:00Z"))).isEqualTo(Timeliness.TOO_LATE);
    assertThat(ReportingRules.of(ref, LocalTime.of(16, 0), 30, 2))
        .hasToString("ReportingRules{deadline 16:00 + 30 min, late accepted 2 days, " + ref + "}");
  }

  @Test
  @DisplayName("each outcome is explained with its own reason code, urgent reports with theirs")
  void reasonCodes() {
    assertThat(RULES.explain(zeroAt("2021-02-01T07:00:00Z")).reasons().get(0).code())
        .isEqualTo(ReportingRules.ON_TIME);
    assertThat(RULES.explain(zeroAt("2021-02-01T16:30:00Z")).reasons().get(0).code())
        .isEqualTo(ReportingRules.LATE);
    assertThat(RULES.explain(zeroAt("2021-02-20T00:00:00Z")).reasons().get(0).code())
        .isEqualTo(ReportingRules.TOO_LATE);
    assertThat(Timeliness.LATE.chinese()).isEqualTo("迟报");
    assertThat(Timeliness.TOO_LATE.english()).isEqualTo("too late to accept");
  }
}
