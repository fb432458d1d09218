package org.communityprevention.benchmarks.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.ColdChainWork;
import org.communityprevention.core.population.ContactExposure;
import org.communityprevention.core.population.HealthCodeColour;
import org.communityprevention.core.population.HealthCodeObservation;
import org.communityprevention.core.population.HouseholdLink;
import org.communityprevention.core.population.IsolationKind;
import org.communityprevention.core.population.IsolationOrder;
import org.communityprevention.core.population.LivingArrangement;
import org.communityprevention.core.population.ManualOverride;
import org.communityprevention.core.population.MedicalHistory;
import org.communityprevention.core.population.Movement;
import org.communityprevention.core.population.OverrideAction;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.Pregnancy;
import org.communityprevention.core.population.SocialStatus;
import org.communityprevention.core.population.Tenancy;
import org.communityprevention.core.population.TestOutcome;
import org.communityprevention.core.population.TestResult;

/**
 * A realistic mix of village residents around the 2021 Spring Festival, seeded: about a fifth aged 60 or more
 * (some living alone or left behind), a fifth children (a few orphaned, left behind or in difficulty), 6 % with a
 * disability, 1 % pregnant or postpartum, 3 % on the minimum living allowance, 10 % tenants, 5 % holiday returnees,
 * and rare monitoring, tracing and isolation facts (arrivals from risk areas, close and secondary contacts,
 * isolation orders, health-code observations, cold-chain work, recovered patients, manual decisions). Most
 * residents have nothing notable, as in a real village.
 */
public final class ResidentMix {
  /** The day the benchmarks classify on: in the 2021 holiday window of the ed7-2020 baseline. */
  public static final LocalDate AS_OF = LocalDate.of(2021, 2, 10);

  private ResidentMix() {}

  /** {@code n} distinct residents from a seed; village {@code v} of the residents gets one area situation. */
  public static List<PersonFacts> residents(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<PersonFacts> out = new ArrayList<>(n);
    AreaSituation area = AreaSituation.at(RiskLevel.LOW);
    for (int i = 0; i < n; i++) {
      if (i % 5_000 == 0) {
        // One village in twenty is in a medium-risk area.
        area = AreaSituation.at(r.nextInt(20) == 0 ? RiskLevel.MEDIUM : RiskLevel.LOW);
      }
      out.add(resident(r, "R" + i, area));
    }
    return out;
  }

  private static boolean p(SplittableRandom r, double probability) {
    return r.nextDouble() < probability;
  }

  private static LocalDate around(SplittableRandom r, int daysBefore, int daysAfter) {
    return AS_OF.plusDays(r.nextInt(-daysBefore, daysAfter + 1));
  }

  static PersonFacts resident(SplittableRandom r, String id, AreaSituation area) {
    PersonFacts.Builder b = new PersonFacts.Builder().personId(id).area(area).ruralResident(p(r, 0.6));
    double band = r.nextDouble();
    int age = band < 0.2 ? r.nextInt(0, 18) : band < 0.8 ? r.nextInt(18, 60) : r.nextInt(60, 100);
    b.birthDate(AS_OF.minusYears(age).minusDays(r.nextInt(365)));
    if (p(r, 0.7)) {
      b.responsibleWorkerId("W" + r.nextInt(40));
    }
    if (age >= 60) {
      if (p(r, 0.12)) {
        b.livingArrangement(LivingArrangement.ALONE);
      }
      if (p(r, 0.15)) {
        b.addSocialStatuses(SocialStatus.LEFT_BEHIND);
      }
    } else if (age < 18) {
      if (p(r, 0.15)) {
        b.addSocialStatuses(SocialStatus.LEFT_BEHIND);
      }
      if (p(r, 0.005)) {
        b.addSocialStatuses(SocialStatus.SCATTERED_ORPHAN);
      }
      if (p(r, 0.003)) {
        b.addSocialStatuses(SocialStatus.WITHOUT_DE_FACTO_CARER);
      }
      if (p(r, 0.02)) {
        b.addSocialStatuses(SocialStatus.IN_DIFFICULTY);
      }
    } else {
      if (p(r, 0.02)) {
        b.pregnancy(p(r, 0.5) ? Pregnancy.since(around(r, 250, 0))
            : Pregnancy.delivered(AS_OF.minusDays(300), around(r, 60, 0)));
      }
      if (p(r, 0.05)) {
        b.addSocialStatuses(SocialStatus.MIGRANT_WORKER_STAYING_FOR_HOLIDAY);
      }
      if (p(r, 0.003)) {
        b.coldChainWork(ColdChainWork.since(around(r, 200, 0)));
      }
    }
    if (p(r, 0.06)) {
      b.addSocialStatuses(SocialStatus.PERSON_WITH_DISABILITY);
    }
    if (p(r, 0.03)) {
      b.addSocialStatuses(SocialStatus.MINIMUM_LIVING_ALLOWANCE);
    }
    if (p(r, 0.005)) {
      b.addSocialStatuses(SocialStatus.EXTREME_POVERTY);
    }
    if (p(r, 0.02)) {
      b.addSocialStatuses(SocialStatus.LOW_INCOME_FAMILY);
    }
    if (p(r, 0.01)) {
      b.addSocialStatuses(SocialStatus.SPECIAL_HARDSHIP);
    }
    if (p(r, 0.10)) {
      b.tenancy(p(r, 0.8) ? Tenancy.RENTAL_HOUSING : Tenancy.COLLECTIVE_DORMITORY);
    }
    if (p(r, 0.05)) {
      LocalDate arrived = around(r, 20, 5);
      b.addMovements(Movement.holidayReturn(p(r, 0.05) ? RiskLevel.MEDIUM : RiskLevel.LOW, arrived.minusDays(1),
          arrived));
    }
    if (p(r, 0.004)) {
      LocalDate left = around(r, 20, 0);
      b.addMovements(Movement.domestic(p(r, 0.2) ? RiskLevel.HIGH : RiskLevel.MEDIUM, left, left.plusDays(1)));
    }
    if (p(r, 0.0005)) {
      LocalDate entered = around(r, 25, 0);
      b.addMovements(Movement.inbound(entered.minusDays(1), entered));
    }
    if (p(r, 0.001)) {
      b.addContactExposures(ContactExposure.close(around(r, 25, 0)));
    }
    if (p(r, 0.001)) {
      ContactExposure s = ContactExposure.secondary(around(r, 15, 0), "C" + r.nextInt(1000));
      b.addContactExposures(p(r, 0.2) ? s.withLinkedContactPositiveOn(AS_OF.minusDays(r.nextInt(3))) : s);
    }
    if (p(r, 0.001)) {
      b.addIsolationOrders(IsolationOrder.of(p(r, 0.5) ? IsolationKind.HOME : IsolationKind.CENTRALISED,
          around(r, 20, 0)));
    }
    if (p(r, 0.0005)) {
      b.addHouseholdLinks(HouseholdLink.inCentralisedIsolation("K" + r.nextInt(1000), around(r, 10, 0)));
    }
    if (p(r, 0.003)) {
      b.addHouseholdLinks(HouseholdLink.medicalWorker("K" + r.nextInt(1000)));
    }
    if (p(r, 0.0002)) {
      b.medicalHistory(MedicalHistory.recovered(AS_OF.minusDays(40), around(r, 30, 0)));
    }
    if (p(r, 0.02)) {
      int n = r.nextInt(1, 4);
      for (int k = 0; k < n; k++) {
        double c = r.nextDouble();
        b.addHealthCodes(HealthCodeObservation.of(around(r, 10, 0),
            c < 0.9 ? HealthCodeColour.GREEN : c < 0.98 ? HealthCodeColour.YELLOW : HealthCodeColour.RED));
      }
    }
    if (p(r, 0.002)) {
      for (int k = 0; k < 7; k++) {
        b.addCheckIns(AS_OF.minusDays(k));
      }
      b.addTestResults(TestResult.of(AS_OF.minusDays(3), TestOutcome.NEGATIVE));
    }
    if (p(r, 0.001)) {
      b.addOverrides(ManualOverride.of(Category.values()[r.nextInt(Category.values().length)],
          p(r, 0.5) ? OverrideAction.ADD : OverrideAction.REMOVE, around(r, 10, 0), "W1", "worker's judgement"));
    }
    return b.build();
  }
}
