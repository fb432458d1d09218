package org.communityprevention.services.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.services.testing.ServiceGenerators.ED7;
import static org.communityprevention.services.testing.ServiceGenerators.PROVINCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§6.6 community-worker subsidies")
class SubsidyTest {
  private static final LocalDate JAN1 = LocalDate.of(2021, 1, 1);
  private static final DateWindow JANUARY = DateWindow.of(JAN1, LocalDate.of(2021, 2, 1));
  // a0: medium from Jan 10, high from Jan 15, low from Jan 25. a1: medium throughout. a2: low throughout.
  private static final List<RiskTimeline> TIMELINES = List.of(
      RiskTimeline.of("a0", Map.of(JAN1, RiskLevel.LOW, LocalDate.of(2021, 1, 10), RiskLevel.MEDIUM,
          LocalDate.of(2021, 1, 15), RiskLevel.HIGH, LocalDate.of(2021, 1, 25), RiskLevel.LOW)),
      RiskTimeline.of("a1", Map.of(LocalDate.of(2020, 12, 1), RiskLevel.MEDIUM)),
      RiskTimeline.of("a2", Map.of(LocalDate.of(2020, 12, 1), RiskLevel.LOW)));
  private static final SubsidyCalculator CALC = SubsidyCalculator.under(PROVINCE, TIMELINES);

  private static DutyPeriod period(String area, int fromDay, int days) {
    return DutyPeriod.of(area, DateWindow.ofDays(LocalDate.of(2021, 1, fromDay), days));
  }

  @Test
  @DisplayName("§6.6 days in a medium-risk area earn the medium rate, days in a high-risk area the high rate, low days nothing")
  void ratesByLevel() {
    SubsidyEntitlement e = CALC.entitlement(WorkerDuty.of("w1", List.of(period("a0", 8, 20))), JANUARY);
    // Jan 8-9 low, 10-14 medium (5), 15-24 high (10), 25-27 low (3).
    assertThat(e.daysByLevel()).containsEntry(RiskLevel.LOW, 5).containsEntry(RiskLevel.MEDIUM, 5)
        .containsEntry(RiskLevel.HIGH, 10);
    assertThat(e.totalYuan()).isEqualTo(5 * 100 + 10 * 200);
    assertThat(e.paidDays()).isEqualTo(15);
    assertThat(e.days()).hasSize(20);
    assertThat(e.toDecision().clauses()).containsExactly(Clause.S6_6);
    assertThat(e.reasons().get(0).text(Messages.EN)).isEqualTo(
        "15 of 20 days served in medium- or high-risk areas (5 medium, 10 high): 2500 yuan");
    assertThat(e.reasons().get(0).text(Messages.ZH)).isEqualTo(
        "在中高风险地区服务 15 天（共 20 天；中风险 5 天，高风险 10 天）：补贴 2500 元");
  }

  @Test
  @DisplayName("§6.6 the level changes on the day of the entry: the day before is still the old level")
  void boundaryDays() {
    SubsidyEntitlement before = CALC.entitlement(WorkerDuty.of("w1", List.of(period("a0", 9, 1))), JANUARY);
    SubsidyEntitlement on = CALC.entitlement(WorkerDuty.of("w1", List.of(period("a0", 10, 1))), JANUARY);
    assertThat(before.totalYuan()).isZero();
    assertThat(before.reasons().get(0).code()).isEqualTo("services.subsidy.not_entitled");
    assertThat(on.totalYuan()).isEqualTo(100);
    assertThat(on.days().get(0).level()).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  @DisplayName("§6.6 a day served in two areas counts once, at the higher level")
  void twoAreasOneDay() {
    SubsidyEntitlement e = CALC.entitlement(WorkerDuty.of("w1", List.of(period("a1", 15, 3), period("a0", 15, 3),
        period("a2", 15, 3))), JANUARY);
    assertThat(e.days()).hasSize(3).allMatch(d -> d.areaId().equals("a0") && d.level() == RiskLevel.HIGH);
    assertThat(e.totalYuan()).isEqualTo(600);
  }

  @Test
  @DisplayName("§6.6 days served outside the claim period are left out, and the entitlement says so")
  void outsideClaimPeriod() {
    SubsidyEntitlement e = CALC.entitlement(WorkerDuty.of("w1", List.of(period("a1", 30, 5))), JANUARY);
    assertThat(e.days()).hasSize(2);
    assertThat(e.totalYuan()).isEqualTo(200);
    assertThat(e.reasons().get(1).code()).isEqualTo("services.subsidy.outside_claim_period");
    assertThat(e.reasons().get(1).facts()).containsEntry("days", "3");
  }

  @Test
  @DisplayName("a record naming an area without a timeline, or a day before the timeline starts, is refused with the field")
  void unknownLevels() {
    assertThatThrownBy(() -> CALC.entitlement(WorkerDuty.of("w1", List.of(period("zz", 5, 2))), JANUARY))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).field())
            .isEqualTo("periods[0].areaId"));
    SubsidyCalculator late = SubsidyCalculator.under(PROVINCE, List.of(RiskTimeline.of("a0",
        Map.of(LocalDate.of(2021, 1, 10), RiskLevel.HIGH))));
    assertThatThrownBy(() -> late.entitlement(WorkerDuty.of("w1", List.of(period("a0", 9, 2))), JANUARY))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
            .isEqualTo("services.subsidy.level_unknown"))
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).params())
            .containsEntry("date", "2021-01-09"));
  }

  @Test
  @DisplayName("a batch keeps good records and rejects bad ones, duplicates and missing records, with their positions")
  void batch() {
    List<WorkerDuty> duties = new ArrayList<>();
    duties.add(WorkerDuty.of("w1", List.of(period("a1", 3, 2))));
    duties.add(WorkerDuty.of("w2", List.of(period("zz", 3, 2))));
    duties.add(WorkerDuty.of("w3", List.of(period("a1", 3, 2))));
    duties.add(null);
    duties.add(WorkerDuty.of("w3", List.of(period("a0", 3, 2))));
    BatchResult<SubsidyEntitlement> b = CALC.entitlements(duties, JANUARY);
    assertThat(b.inputCount()).isEqualTo(5);
    assertThat(b.accepted()).extracting(SubsidyEntitlement::workerId).containsExactly("w1");
    assertThat(b.rejected()).extracting(r -> r.position()).containsExactly(1L, 2L, 3L, 4L);
    assertThat(b.rejected().get(0).violations().get(0).field()).isEqualTo("[1].periods[0].areaId");
    assertThat(b.rejected().get(1).violations().get(0).code()).isEqualTo("services.subsidy.duplicate_worker");
    assertThat(b.rejected().get(2).violations().get(0).code()).isEqualTo("services.subsidy.missing_record");
  }

  @Test
  @DisplayName("§6.6 no national amount exists: under the national baseline the money is refused naming the field,"
      + " and the entitled days are still counted")
  void noNationalAmount() {
    assertThat(ED7.services().workerSubsidyYuanPerDay()).isEmpty();
    SubsidyCalculator national = SubsidyCalculator.under(ED7, TIMELINES);
    WorkerDuty duty = WorkerDuty.of("w1", List.of(period("a0", 8, 20)));
    assertThat(national.yuanPerDay(RiskLevel.MEDIUM)).isEmpty();
    assertThat(national.yuanPerDay(RiskLevel.LOW)).hasValue(0);
    assertThat(national.entitledDays(duty, JANUARY)).containsOnly(Map.entry(RiskLevel.MEDIUM, 5),
        Map.entry(RiskLevel.HIGH, 10));
    assertThatThrownBy(() -> national.entitlement(duty, JANUARY)).isInstanceOfSatisfying(ValidationException.class,
        e -> {
          assertThat(e.violations()).extracting(v -> v.field() + " " + v.code()).containsExactly(
              "services.workerSubsidyYuanPerDay.MEDIUM " + SubsidyCalculator.NO_PROVINCIAL_AMOUNT,
              "services.workerSubsidyYuanPerDay.HIGH " + SubsidyCalculator.NO_PROVINCIAL_AMOUNT);
          assertThat(e.violations().get(0).message(Messages.ZH)).startsWith(
              "services.workerSubsidyYuanPerDay.MEDIUM: 政策未规定中风险地区每日补助金额（首日 2021-01-10）：补助标准由省级人民政府制定");
          assertThat(e.violations().get(0).message(Messages.EN)).contains("medium risk areas (first on 2021-01-10)");
        });
    SubsidyEntitlement lowOnly = national.entitlement(WorkerDuty.of("w1", List.of(period("a2", 3, 4))), JANUARY);
    assertThat(lowOnly.totalYuan()).as("no entitled day, no amount needed").isZero();
    BatchResult<SubsidyEntitlement> b = national.entitlements(List.of(duty), JANUARY);
    assertThat(b.accepted()).isEmpty();
    assertThat(b.rejected().get(0).violations().get(0).field()).isEqualTo("[0].services.workerSubsidyYuanPerDay.MEDIUM");
    assertThat(CALC.entitledDays(duty, JANUARY)).isEqualTo(national.entitledDays(duty, JANUARY));
  }

  @Test
  @DisplayName("bad values: an empty timeline, two timelines for one area, an empty period, a blank worker")
  void badValues() {
    assertThatThrownBy(() -> RiskTimeline.of("a", Map.of())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> SubsidyCalculator.under(PROVINCE, List.of(TIMELINES.get(0), TIMELINES.get(0))))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> DutyPeriod.of("a", DateWindow.ofDays(JAN1, 0))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> WorkerDuty.of(" ", List.of())).isInstanceOf(ValidationException.class);
  }
}
