package org.communityprevention.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.population.Examples.ED7;
import static org.communityprevention.core.population.Examples.ED9;
import static org.communityprevention.core.population.Examples.d;
import static org.communityprevention.core.population.Examples.holds;
import static org.communityprevention.core.population.Examples.membership;
import static org.communityprevention.core.population.Examples.person;

import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.PhaseKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§2.3 health monitoring of key persons")
class HealthMonitoringExamplesTest {

  @Test
  @DisplayName("§2.3 monitors a cold-chain worker while employed, with a test every 7 days after the last one")
  void coldChainWorker() {
    PersonFacts f = person().coldChainWork(ColdChainWork.between(d("2021-02-01"), d("2021-02-20")))
        .addTestResults(TestResult.of(d("2021-02-01"), TestOutcome.NEGATIVE)).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.COLD_CHAIN_WORKER)).isFalse();
    CategoryMembership first = membership(ED7, f, "2021-02-01", Category.COLD_CHAIN_WORKER);
    assertThat(first.testDueToday()).isTrue();
    assertThat(first.testIntervalDays()).contains(7);
    CategoryMembership between = membership(ED7, f, "2021-02-05", Category.COLD_CHAIN_WORKER);
    assertThat(between.testDueToday()).isFalse();
    assertThat(between.nextAction()).contains(NextAction.of(d("2021-02-08"), ActionKind.TEST));
    assertThat(membership(ED7, f, "2021-02-09", Category.COLD_CHAIN_WORKER).testDueToday()).as("overdue").isTrue();
    assertThat(holds(ED7, f, "2021-02-19", Category.COLD_CHAIN_WORKER)).isTrue();
    assertThat(holds(ED7, f, "2021-02-20", Category.COLD_CHAIN_WORKER)).isFalse();
  }

  @Test
  @DisplayName("§2.3 monitors a holiday returnee 14 days from the return, with tests on days 7 and 14 (ed7)")
  void holidayReturnee() {
    PersonFacts f = person().addMovements(Movement.holidayReturn(RiskLevel.LOW, d("2021-01-31"), d("2021-02-01")))
        .build();
    assertThat(holds(ED7, f, "2021-01-31", Category.HOLIDAY_RETURNEE)).isFalse();
    CategoryMembership m = membership(ED7, f, "2021-02-01", Category.HOLIDAY_RETURNEE);
    assertThat(m.phase()).contains(PhaseKind.HOME_HEALTH_MONITORING);
    assertThat(m.testDates()).containsExactly(d("2021-02-07"), d("2021-02-14"));
    assertThat(membership(ED7, f, "2021-02-14", Category.HOLIDAY_RETURNEE).testDueToday()).isTrue();
    assertThat(holds(ED7, f, "2021-02-15", Category.HOLIDAY_RETURNEE)).isFalse();
  }

  @Test
  @DisplayName("§2.3 a return before the holiday window is not a holiday return, and a note says why")
  void returnOutsideHolidayWindow() {
    PersonFacts f = person().addMovements(Movement.holidayReturn(RiskLevel.LOW, d("2021-01-20"), d("2021-01-27")))
        .build();
    Classification c = PopulationClassifier.classify(f, d("2021-02-01"), ED7);
    assertThat(c.memberships()).isEmpty();
    assertThat(c.notes()).extracting(Reason::code)
        .containsExactly("core.population.no_category", "core.population.holiday_return_outside_window");
    assertThat(c.notes().get(1).text(Messages.EN))
        .isEqualTo("returned home on 2021-01-27, outside the holiday window [2021-01-28, 2021-03-09)");
  }

  @Test
  @DisplayName("§2.3 an arrival from a medium-risk area counts from leaving it: 7 days home isolation, then 7 days "
      + "home monitoring (ed7)")
  void arrivalFromMediumRiskArea() {
    PersonFacts f = person().addMovements(Movement.domestic(RiskLevel.MEDIUM, d("2021-02-01"), d("2021-02-03")))
        .build();
    assertThat(holds(ED7, f, "2021-02-02", Category.ARRIVAL_FROM_MEDIUM_RISK_AREA)).as("not yet arrived").isFalse();
    CategoryMembership m = membership(ED7, f, "2021-02-03", Category.ARRIVAL_FROM_MEDIUM_RISK_AREA);
    assertThat(m.start()).isEqualTo(d("2021-02-01"));
    assertThat(m.dayNumber()).isEqualTo(3);
    assertThat(m.phase()).contains(PhaseKind.HOME_ISOLATION);
    assertThat(m.nextAction()).contains(NextAction.of(d("2021-02-08"), ActionKind.PHASE_CHANGE));
    CategoryMembership day8 = membership(ED7, f, "2021-02-08", Category.ARRIVAL_FROM_MEDIUM_RISK_AREA);
    assertThat(day8.phase()).contains(PhaseKind.HOME_HEALTH_MONITORING);
    assertThat(day8.dayOfPhase()).contains(1);
    assertThat(holds(ED7, f, "2021-02-14", Category.ARRIVAL_FROM_MEDIUM_RISK_AREA)).isTrue();
    assertThat(holds(ED7, f, "2021-02-15", Category.ARRIVAL_FROM_MEDIUM_RISK_AREA)).isFalse();
  }

  @Test
  @DisplayName("§2.3 an arrival from a high-risk area: 14 days of centralised isolation from leaving it (ed7); "
      + "from a low-risk area: nothing")
  void arrivalFromHighRiskArea() {
    PersonFacts f = person().addMovements(Movement.domestic(RiskLevel.HIGH, d("2021-02-01"), d("2021-02-01")))
        .build();
    assertThat(holds(ED7, f, "2021-01-31", Category.ARRIVAL_FROM_HIGH_RISK_AREA)).isFalse();
    assertThat(membership(ED7, f, "2021-02-01", Category.ARRIVAL_FROM_HIGH_RISK_AREA).phase())
        .contains(PhaseKind.CENTRALISED_ISOLATION);
    assertThat(holds(ED7, f, "2021-02-14", Category.ARRIVAL_FROM_HIGH_RISK_AREA)).isTrue();
    assertThat(holds(ED7, f, "2021-02-15", Category.ARRIVAL_FROM_HIGH_RISK_AREA)).isFalse();
    PersonFacts low = person().addMovements(Movement.domestic(RiskLevel.LOW, d("2021-02-01"), d("2021-02-01")))
        .build();
    assertThat(PopulationClassifier.of(ED7).automaticMask(low, d("2021-02-01"))).isZero();
  }

  @Test
  @DisplayName("§2.3 an inbound traveller: 14 days centralised then 7 at home from entry (ed7), 7 + 3 (ed9)")
  void inboundTraveller() {
    PersonFacts f = person().addMovements(Movement.inbound(d("2021-01-31"), d("2021-02-01"))).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.INBOUND_TRAVELLER)).isFalse();
    assertThat(holds(ED7, f, "2021-02-01", Category.INBOUND_TRAVELLER)).isTrue();
    assertThat(membership(ED7, f, "2021-02-15", Category.INBOUND_TRAVELLER).phase())
        .contains(PhaseKind.HOME_HEALTH_MONITORING);
    assertThat(holds(ED7, f, "2021-02-21", Category.INBOUND_TRAVELLER)).isTrue();
    assertThat(holds(ED7, f, "2021-02-22", Category.INBOUND_TRAVELLER)).isFalse();
    assertThat(holds(ED9, f, "2021-02-10", Category.INBOUND_TRAVELLER)).isTrue();
    assertThat(holds(ED9, f, "2021-02-11", Category.INBOUND_TRAVELLER)).isFalse();
  }

  @Test
  @DisplayName("§2.3 a recovered patient is monitored 14 days from discharge (ed7)")
  void recoveredPatient() {
    PersonFacts f = person().medicalHistory(MedicalHistory.recovered(d("2021-01-10"), d("2021-02-01"))).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.RECOVERED_PATIENT)).isFalse();
    assertThat(holds(ED7, f, "2021-02-01", Category.RECOVERED_PATIENT)).isTrue();
    assertThat(holds(ED7, f, "2021-02-14", Category.RECOVERED_PATIENT)).isTrue();
    Classification after = PopulationClassifier.classify(f, d("2021-02-15"), ED7);
    assertThat(after.memberships()).isEmpty();
    assertThat(after.notes()).extracting(Reason::code).containsExactly("core.population.no_category",
        "core.population.area_unknown", "core.population.window_ended");
    assertThat(after.notes().get(2).text(Messages.EN))
        .isEqualTo("recovered patient: the window from 2021-02-01 ended on 2021-02-14, before 2021-02-15");
  }

  @Test
  @DisplayName("§2.3 a person released from medical observation is under 7 days of health monitoring from release"
      + " (ed7, the 14+7 practice), never a second 14-day home isolation")
  void releasedFromObservation() {
    PersonFacts f = person().medicalHistory(MedicalHistory.releasedFromObservation(d("2021-02-01"))).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.RELEASED_FROM_MEDICAL_OBSERVATION)).isFalse();
    assertThat(holds(ED7, f, "2021-02-01", Category.RELEASED_FROM_MEDICAL_OBSERVATION)).isTrue();
    assertThat(holds(ED7, f, "2021-02-07", Category.RELEASED_FROM_MEDICAL_OBSERVATION)).isTrue();
    assertThat(holds(ED7, f, "2021-02-08", Category.RELEASED_FROM_MEDICAL_OBSERVATION)).isFalse();
    assertThat(ED7.population().releasedFromObservation().phases()).extracting(p -> p.kind())
        .containsExactly(org.communityprevention.core.policy.PhaseKind.HOME_HEALTH_MONITORING);
    assertThat(ED7.population().releasedFromObservation()).isNotEqualTo(ED7.population().recovered());
    CategoryMembership m = membership(ED7, f, "2021-02-03", Category.RELEASED_FROM_MEDICAL_OBSERVATION);
    assertThat(m.reasons().get(0).policyValues()).containsKey("population.releasedFromObservation");
    PersonFacts recovered = person().medicalHistory(MedicalHistory.recovered(d("2021-01-10"), d("2021-02-01")))
        .build();
    assertThat(holds(ED7, recovered, "2021-02-14", Category.RECOVERED_PATIENT)).as("recovered keep their plan")
        .isTrue();
  }

  @Test
  @DisplayName("§2.3 a yellow health code: 7 days of home isolation from the first yellow day of the current run; "
      + "a green code ends the run")
  void healthCodeYellow() {
    PersonFacts f = person()
        .addHealthCodes(HealthCodeObservation.of(d("2021-02-03"), HealthCodeColour.YELLOW))
        .addHealthCodes(HealthCodeObservation.of(d("2021-02-01"), HealthCodeColour.YELLOW))
        .addHealthCodes(HealthCodeObservation.of(d("2021-02-01"), HealthCodeColour.GREEN)).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.HEALTH_CODE_YELLOW)).isFalse();
    assertThat(membership(ED7, f, "2021-02-03", Category.HEALTH_CODE_YELLOW).start()).isEqualTo(d("2021-02-01"));
    assertThat(holds(ED7, f, "2021-02-07", Category.HEALTH_CODE_YELLOW)).isTrue();
    assertThat(holds(ED7, f, "2021-02-08", Category.HEALTH_CODE_YELLOW)).isFalse();
    PersonFacts green = person().from(f).addHealthCodes(HealthCodeObservation.of(d("2021-02-04"),
        HealthCodeColour.GREEN)).build();
    assertThat(holds(ED7, green, "2021-02-03", Category.HEALTH_CODE_YELLOW)).isTrue();
    assertThat(holds(ED7, green, "2021-02-04", Category.HEALTH_CODE_YELLOW)).isFalse();
  }

  @Test
  @DisplayName("§2.3 a red health code: 14 days of centralised isolation from the first red day")
  void healthCodeRed() {
    PersonFacts f = person().addHealthCodes(HealthCodeObservation.of(d("2021-02-01"), HealthCodeColour.RED))
        .addHealthCodes(HealthCodeObservation.of(d("2021-01-30"), HealthCodeColour.YELLOW)).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.HEALTH_CODE_RED)).isFalse();
    assertThat(holds(ED7, f, "2021-01-31", Category.HEALTH_CODE_YELLOW)).isTrue();
    assertThat(holds(ED7, f, "2021-02-01", Category.HEALTH_CODE_RED)).isTrue();
    assertThat(holds(ED7, f, "2021-02-01", Category.HEALTH_CODE_YELLOW)).isFalse();
    assertThat(holds(ED7, f, "2021-02-14", Category.HEALTH_CODE_RED)).isTrue();
    assertThat(holds(ED7, f, "2021-02-15", Category.HEALTH_CODE_RED)).isFalse();
  }
}
