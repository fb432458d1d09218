package org.communityprevention.core.returnee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.UrbanRuralClass;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.HealthCodeColour;
import org.communityprevention.core.population.TestOutcome;
import org.communityprevention.core.population.TestResult;
import org.communityprevention.core.testing.Violations;
import org.communityprevention.core.time.DateWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§2.3 holiday returnees of the 2021 Spring Festival travel season")
class ReturneeExamplesTest {
  private static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  private static final Returnees RULE = Returnees.under(ED7);
  private static final DivisionCode VILLAGE = DivisionCode.parse("440983102201");
  private static final LocalDate BACK = LocalDate.of(2021, 2, 5);

  private static Returnee.Builder home() {
    return new Returnee.Builder().personId("r-1").village(VILLAGE).originRiskLevel(RiskLevel.LOW)
        .departedOn(BACK.minusDays(1)).returnedOn(BACK).registeredOn(BACK.minusDays(1))
        .registeredBy(Registrant.SELF).preReturnTest(TestResult.of(BACK.minusDays(6), TestOutcome.NEGATIVE))
        .arrivalHealthCode(HealthCodeColour.GREEN);
  }

  @Test
  @DisplayName("registered the day before, a negative test 6 days before the return: 14 days of health monitoring"
      + " from the actual return day, no finding")
  void clean() {
    ReturneeStatus s = RULE.status(home().build(), BACK.plusDays(3));
    assertThat(s.inScope()).isTrue();
    assertThat(s.category()).contains(Category.HOLIDAY_RETURNEE);
    assertThat(s.monitoring()).contains(DateWindow.of(BACK, LocalDate.of(2021, 2, 19)));
    assertThat(s.monitoredOnDay()).isTrue();
    assertThat(s.findings()).isEmpty();
    assertThat(s.reasons().get(0).text(Messages.ZH)).startsWith("2021-02-05在节假日期间").contains("14天居家健康监测")
        .endsWith("至2021-02-18");
    assertThat(Json.read(Json.write(s), ReturneeStatus.class)).isEqualTo(s);
    assertThat(home().build().movement().holidayReturn()).isTrue();
  }

  @Test
  @DisplayName("a test 7 days before the return counts, 8 days does not; none at all is its own finding")
  void testValidity() {
    assertThat(RULE.status(home().preReturnTest(TestResult.of(BACK.minusDays(7), TestOutcome.NEGATIVE)).build(), BACK)
        .findings()).isEmpty();
    ReturneeStatus stale = RULE.status(home().preReturnTest(TestResult.of(BACK.minusDays(8), TestOutcome.NEGATIVE))
        .build(), BACK);
    assertThat(stale.findings()).extracting(ReturneeFinding::kind).containsExactly(ReturneeFindingKind.TEST_STALE);
    assertThat(stale.findings().get(0).reason().text(Messages.EN))
        .isEqualTo("the nucleic acid test of 2021-01-28 is not within 7 days before the return on 2021-02-05");
    Returnee none = new Returnee.Builder().from(home().build()).preReturnTest(java.util.Optional.empty()).build();
    assertThat(RULE.status(none, BACK).findings()).extracting(ReturneeFinding::kind)
        .containsExactly(ReturneeFindingKind.TEST_MISSING);
  }

  @Test
  @DisplayName("leaving again on 10 February ends the monitoring that day, not on the 19th")
  void leavesEarly() {
    ReturneeStatus s = RULE.status(home().leftOn(LocalDate.of(2021, 2, 10)).build(), LocalDate.of(2021, 2, 10));
    assertThat(s.monitoring()).contains(DateWindow.of(BACK, LocalDate.of(2021, 2, 10)));
    assertThat(s.monitoredOnDay()).isFalse();
    assertThat(s.reasons()).extracting(r -> r.text(Messages.ZH)).contains("2021-02-10再次离开本村（社区）：本地健康监测当日结束");
  }

  @Test
  @DisplayName("unregistered, registered late, a red code on arrival: findings with the action the policy names")
  void findings() {
    Returnee unregistered = new Returnee.Builder().from(home().build()).registeredOn(java.util.Optional.empty())
        .registeredBy(java.util.Optional.empty()).build();
    assertThat(RULE.status(unregistered, BACK).findings()).extracting(ReturneeFinding::kind)
        .containsExactly(ReturneeFindingKind.NOT_REGISTERED);
    assertThat(RULE.status(unregistered, BACK.minusDays(1)).findings()).as("not back yet").isEmpty();
    assertThat(RULE.status(home().registeredOn(BACK.plusDays(2)).build(), BACK.plusDays(2)).findings())
        .extracting(ReturneeFinding::kind).containsExactly(ReturneeFindingKind.REGISTERED_LATE);
    ReturneeStatus red = RULE.status(home().arrivalHealthCode(HealthCodeColour.RED).build(), BACK);
    assertThat(red.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(ReturneeFindingKind.HEALTH_CODE);
      assertThat(f.action()).isEqualTo(ED7.population().healthCodeRed());
      assertThat(f.reason().text(Messages.ZH)).isEqualTo("2021-02-05抵达时健康码为红码：按14天集中隔离医学观察管理");
    });
  }

  @Test
  @DisplayName("from a medium-risk area the arrival rule applies, counted from leaving it; outside the window or to a"
      + " town the returnee rule does not")
  void scope() {
    ReturneeStatus medium = RULE.status(home().originRiskLevel(RiskLevel.MEDIUM).build(), BACK);
    assertThat(medium.category()).contains(Category.ARRIVAL_FROM_MEDIUM_RISK_AREA);
    assertThat(medium.monitoring().orElseThrow().start()).isEqualTo(BACK.minusDays(1));
    assertThat(medium.monitoring().orElseThrow().days())
        .isEqualTo(ED7.population().mediumRiskArrival().totalDays());
    ReturneeStatus late = RULE.status(home().returnedOn(LocalDate.of(2021, 3, 9)).departedOn(LocalDate.of(2021, 3, 9))
        .registeredOn(LocalDate.of(2021, 3, 9)).build(), LocalDate.of(2021, 3, 9));
    assertThat(late.inScope()).isFalse();
    assertThat(late.category()).isEmpty();
    assertThat(late.findings()).isEmpty();
    ReturneeStatus town = RULE.status(home().villageClass(UrbanRuralClass.fromCode(111)).build(), BACK);
    assertThat(town.inScope()).isFalse();
    assertThat(town.reasons().get(0).code()).isEqualTo(Returnees.URBAN);
  }

  @Test
  @DisplayName("under the 9th edition, which designates no returnee plan nationally, a return is out of scope and"
      + " says so")
  void notDesignated() {
    Policy ed9 = NationalBaselines.byId("ed9-2022");
    LocalDate back = LocalDate.of(2022, 10, 3);
    ReturneeStatus s = Returnees.under(ed9).status(home().departedOn(back).returnedOn(back).registeredOn(back)
        .preReturnTest(TestResult.of(back, TestOutcome.NEGATIVE)).arrivalHealthCode(HealthCodeColour.RED).build(),
        back);
    assertThat(ed9.population().holidayReturnee()).isEmpty();
    assertThat(s.inScope()).isFalse();
    assertThat(s.category()).isEmpty();
    assertThat(s.reasons()).extracting(r -> r.code()).containsExactly(Returnees.NOT_DESIGNATED);
    assertThat(s.findings()).isEmpty();
  }

  @Test
  @DisplayName("the village's figures of a day: registered that day, under monitoring, missing registration, missing"
      + " test proof")
  void tally() {
    List<Returnee> rs = List.of(home().build(),
        home().personId("r-2").registeredOn(BACK).build(),
        new Returnee.Builder().from(home().personId("r-3").build()).registeredOn(java.util.Optional.empty())
            .registeredBy(java.util.Optional.empty()).preReturnTest(java.util.Optional.empty()).build(),
        home().personId("r-4").village(DivisionCode.parse("440983102202")).build());
    ReturneeTally t = RULE.tally(VILLAGE, BACK, rs);
    assertThat(t.registeredToday()).isEqualTo(1);
    assertThat(t.underMonitoring()).isEqualTo(3);
    assertThat(t.missingRegistration()).isEqualTo(1);
    assertThat(t.missingTestProof()).isEqualTo(1);
  }

  @Test
  @DisplayName("an identity number as the person id, a return before leaving and leaving before returning are refused")
  void badInput() {
    assertThat(Violations.violations(() -> home().personId("110101199003077777").build()))
        .containsExactly("personId core.person.id_is_identity_number");
    assertThat(Violations.violations(() -> home().departedOn(BACK.plusDays(1)).build()))
        .containsExactly("returnedOn core.returnee.day_order");
    assertThat(Violations.violations(() -> home().leftOn(BACK.minusDays(1)).build()))
        .containsExactly("leftOn core.returnee.day_order");
  }
}
