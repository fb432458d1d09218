package org.communityprevention.core.returnee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.HealthCodeColour;
import org.communityprevention.core.population.TestOutcome;
import org.communityprevention.core.population.TestResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

@DisplayName("§2.3 holiday returnee properties")
class ReturneeProperties {
  private static final DivisionCode VILLAGE = DivisionCode.parse("440983102201");
  private static final LocalDate START = LocalDate.of(2021, 1, 20);

  private static Returnee returnee(Random r, int i) {
    LocalDate back = START.plusDays(r.nextInt(60));
    Returnee.Builder b = new Returnee.Builder().personId("r-" + i).village(VILLAGE)
        .originRiskLevel(RiskLevel.values()[r.nextInt(8) == 0 ? 1 + r.nextInt(2) : 0])
        .departedOn(back.minusDays(r.nextInt(3))).returnedOn(back);
    if (r.nextInt(4) > 0) {
      b.registeredOn(back.plusDays(r.nextInt(5) - 3)).registeredBy(Registrant.values()[r.nextInt(4)]);
    }
    if (r.nextInt(4) > 0) {
      b.preReturnTest(TestResult.of(back.minusDays(r.nextInt(12) - 1), TestOutcome.values()[r.nextInt(6) == 0 ? 1 : 0]));
    }
    if (r.nextBoolean()) {
      b.arrivalHealthCode(HealthCodeColour.values()[r.nextInt(10) == 0 ? 1 + r.nextInt(2) : 0]);
    }
    if (r.nextInt(3) == 0) {
      b.leftOn(back.plusDays(r.nextInt(20)));
    }
    return b.build();
  }

  @Test
  @DisplayName("monitoring never runs past the day the person leaves, never before they left the origin, and never"
      + " longer than the plan")
  void monitoringEndsWhenLeaving() {
    for (String id : List.of("ed7-2020", "ed8-2021", "ed9-2022")) {
      Policy p = NationalBaselines.byId(id);
      qt().forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 80)).checkAssert((seed, offset) -> {
        Returnee r = returnee(new Random(seed), 0);
        ReturneeStatus s = Returnees.under(p).status(r, START.plusDays(offset));
        s.monitoring().ifPresent(w -> {
          r.leftOn().ifPresent(left -> assertThat(w.endExclusive()).isBeforeOrEqualTo(left));
          assertThat(w.start()).isAfterOrEqualTo(r.departedOn());
          assertThat(w.days()).isLessThanOrEqualTo(Math.max(p.population().holidayReturnee().map(x -> x.totalDays()).orElse(0),
              Math.max(p.population().mediumRiskArrival().totalDays(), p.population().highRiskArrival().totalDays())));
        });
        if (s.monitoredOnDay()) {
          assertThat(r.leftOn().map(left -> START.plusDays(offset).isBefore(left)).orElse(true)).isTrue();
        }
      });
    }
  }

  @Test
  @DisplayName("registered by the return day and a negative test within the valid days is never a finding of either;"
      + " findings come only on or after the return")
  void findingsFollowTheRule() {
    Policy p = NationalBaselines.byId("ed7-2020");
    int valid = p.population().returneeTestValidDays().orElseThrow();
    qt().forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 80)).checkAssert((seed, offset) -> {
      Returnee r = returnee(new Random(seed), 0);
      LocalDate day = START.plusDays(offset);
      ReturneeStatus s = Returnees.under(p).status(r, day);
      boolean registeredInTime = r.registeredOn().map(d -> !d.isAfter(r.returnedOn())).orElse(false);
      if (registeredInTime) {
        assertThat(s.has(ReturneeFindingKind.NOT_REGISTERED) || s.has(ReturneeFindingKind.REGISTERED_LATE)).isFalse();
      }
      boolean goodTest = r.preReturnTest().map(t -> t.outcome() == TestOutcome.NEGATIVE
          && !t.sampledOn().isBefore(r.returnedOn().minusDays(valid)) && !t.sampledOn().isAfter(r.returnedOn()))
          .orElse(false);
      assertThat(s.has(ReturneeFindingKind.TEST_MISSING) || s.has(ReturneeFindingKind.TEST_STALE)
          || s.has(ReturneeFindingKind.TEST_NOT_NEGATIVE)).isEqualTo(s.inScope() && !day.isBefore(r.returnedOn())
              && !goodTest);
      if (day.isBefore(r.returnedOn()) || !s.inScope()) {
        assertThat(s.findings()).isEmpty();
      }
    });
  }

  @Test
  @DisplayName("a village's figures count exactly the statuses of its returnees")
  void tallyCountsStatuses() {
    Policy p = NationalBaselines.byId("ed7-2020");
    qt().forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 80)).checkAssert((seed, offset) -> {
      Random r = new Random(seed);
      List<Returnee> rs = new ArrayList<>();
      for (int i = 0, n = r.nextInt(30); i < n; i++) {
        rs.add(returnee(r, i));
      }
      LocalDate day = START.plusDays(offset);
      ReturneeTally t = Returnees.under(p).tally(VILLAGE, day, rs);
      List<ReturneeStatus> ss = rs.stream().map(x -> Returnees.under(p).status(x, day)).toList();
      assertThat(t.underMonitoring()).isEqualTo((int) ss.stream().filter(ReturneeStatus::monitoredOnDay).count());
      assertThat(t.registeredToday()).isEqualTo((int) rs.stream()
          .filter(x -> x.registeredOn().map(day::equals).orElse(false)).count());
      assertThat(t.missingRegistration()).isEqualTo((int) ss.stream().filter(s -> s.has(ReturneeFindingKind.NOT_REGISTERED)
          || s.has(ReturneeFindingKind.REGISTERED_LATE)).count());
    });
  }
}
