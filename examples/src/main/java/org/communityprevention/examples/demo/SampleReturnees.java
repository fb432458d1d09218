package org.communityprevention.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communityprevention.core.division.Division;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.population.HealthCodeColour;
import org.communityprevention.core.population.Movement;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.TestOutcome;
import org.communityprevention.core.population.TestResult;
import org.communityprevention.core.returnee.Registrant;
import org.communityprevention.core.returnee.Returnee;
import org.communityprevention.testkit.county.SampleScenario;

/**
 * The village records of the sample county's holiday returnees of the 2021 Spring Festival (返乡人员登记, §2.3): one
 * per resident whose facts hold a holiday return, with how and when they registered, their pre-return test and the
 * health code shown, drawn from the scenario's seed so the same seed gives the same records. The shares are
 * plausible for a county that registers most returnees before they arrive: about 4 in 5 registered by the return
 * day, 1 in 10 late, the rest not at all; about 9 in 10 with a negative test from the week before, the rest with an
 * older test or none; a yellow code now and then; some leave again after the festival.
 */
final class SampleReturnees {
  private SampleReturnees() {}

  /** The records, in resident order. */
  static List<Returnee> of(SampleScenario s) {
    Random random = new Random(s.seed() * 31 + 2021);
    List<Returnee> out = new ArrayList<>();
    for (int i = 0; i < s.residents().size(); i++) {
      PersonFacts p = s.residents().get(i);
      for (Movement m : p.movements()) {
        if (m.holidayReturn()) {
          out.add(record(random, p.personId(), s.residentVillages().get(i), s, m));
        }
      }
    }
    return out;
  }

  private static Returnee record(Random random, String personId, DivisionCode village, SampleScenario s, Movement m) {
    LocalDate returned = m.arrivedOn();
    Returnee.Builder b = new Returnee.Builder().personId(personId).village(village)
        .originRiskLevel(m.originRiskLevel().orElseThrow()).departedOn(m.departedOn()).returnedOn(returned);
    s.county().tree().get(village).flatMap(Division::urbanRuralClass).ifPresent(b::villageClass);
    int registration = random.nextInt(100);
    if (registration < 81) {
      b.registeredOn(returned.minusDays(random.nextInt(4)))
          .registeredBy(random.nextInt(3) == 0 ? Registrant.FAMILY : Registrant.SELF);
    } else if (registration < 91) {
      b.registeredOn(returned.plusDays(1 + random.nextInt(3)))
          .registeredBy(random.nextBoolean() ? Registrant.GRID_WORKER : Registrant.CADRE);
    }
    int test = random.nextInt(100);
    if (test < 89) {
      b.preReturnTest(TestResult.of(returned.minusDays(1 + random.nextInt(6)), TestOutcome.NEGATIVE));
    } else if (test < 95) {
      b.preReturnTest(TestResult.of(returned.minusDays(9 + random.nextInt(6)), TestOutcome.NEGATIVE));
    }
    b.arrivalHealthCode(random.nextInt(200) == 0 ? HealthCodeColour.YELLOW : HealthCodeColour.GREEN);
    if (random.nextInt(100) < 12) {
      // Back to work after the festival (初七, 2021-02-18) at the earliest.
      LocalDate earliest = returned.plusDays(5).isAfter(LocalDate.of(2021, 2, 18)) ? returned.plusDays(5)
          : LocalDate.of(2021, 2, 18);
      b.leftOn(earliest.plusDays(random.nextInt(6)));
    }
    return b.build();
  }
}
