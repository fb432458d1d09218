package org.communityprevention.testkit.county;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.Division;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.population.ContactExposure;
import org.communityprevention.core.population.HouseholdLink;
import org.communityprevention.core.population.IsolationKind;
import org.communityprevention.core.population.IsolationOrder;
import org.communityprevention.core.population.LivingArrangement;
import org.communityprevention.core.population.MedicalHistory;
import org.communityprevention.core.population.Movement;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.Pregnancy;
import org.communityprevention.core.population.SocialStatus;
import org.communityprevention.core.population.Tenancy;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.signal.UnitDayFacts;

/**
 * A whole sample season for the {@link SampleCounty}: residents with a realistic mix of the §2.2/§2.3 groups, one
 * local outbreak wave with close and secondary contacts, and daily reports with some late, missing, duplicated and
 * one concealing. Deterministic from the seed. The season runs from 2021-01-20, so it holds the 2021 Spring Festival
 * travel period and falls under the {@code ed7-2020} baseline.
 *
 * <p>The wave: the first town of the county has an index case on day 10 and a cluster that grows past 50 cases by
 * day 16; its neighbour has a few linked cases on days 14 and 15; nothing after day 21.
 */
public final class SampleScenario {
  /** The first day of every sample season. */
  public static final LocalDate START = LocalDate.of(2021, 1, 20);
  /** Cases per day of the wave in the outbreak township, from day 10. */
  private static final int[] WAVE = {2, 4, 6, 8, 10, 9, 7, 5, 3, 2, 1, 1};
  private static final int WAVE_START = 10;
  private static final int HOSPITAL_DAYS = 14;

  /** A case known to the county: where, which day, how many, and in which cluster. */
  public record Cases(DivisionCode village, LocalDate day, int confirmed, int asymptomatic, String clusterId) {}

  /** A daily report as a vendor would send it: the unit, the day, when, zero or figures, and the figures. */
  public record Report(DivisionCode village, LocalDate day, Instant filedAt, boolean zero, int[] figures,
      String filerId) {}

  /** What a village is known to hold on a day (for the concealment checks). */
  public record VillageDay(int activeCases, int closeContacts, int homeIsolation, int centralisedIsolation,
      int healthMonitoring) {}

  private final SampleCounty county;
  private final DateWindow season;
  private final DivisionCode outbreakTownship;
  private final DivisionCode neighbourTownship;
  private final ImmutableList<PersonFacts> residents;
  private final ImmutableList<DivisionCode> residentVillages;
  private final ImmutableList<Cases> cases;
  private final Map<DivisionCode, int[]> activeCases;
  private final DivisionCode concealingVillage;
  private final LocalDate concealmentDay;
  private final long seed;
  /** Per village and day offset: new cases, new close contacts, new isolation orders, new arrivals from risk areas. */
  private final Map<DivisionCode, int[][]> newEvents;

  private SampleScenario(long seed, SampleCounty county, int residents, int days) {
    this.seed = seed;
    this.county = county;
    this.season = DateWindow.ofDays(START, days);
    List<Division> townships = county.townships();
    this.outbreakTownship = townships.get(2).code();
    this.neighbourTownship = townships.get(3).code();
    SplittableRandom random = new SplittableRandom(seed);
    List<Division> inOutbreak = county.tree().villagesUnder(outbreakTownship);
    List<Division> waveVillages = inOutbreak.subList(0, Math.min(3, inOutbreak.size()));
    List<Division> neighbourVillages = county.tree().villagesUnder(neighbourTownship).subList(0, 1);
    ImmutableList.Builder<Cases> caseList = ImmutableList.builder();
    this.activeCases = new HashMap<>();
    for (int d = 0; d < WAVE.length && WAVE_START + d < days; d++) {
      LocalDate day = START.plusDays(WAVE_START + d);
      int remaining = WAVE[d];
      for (int v = 0; v < waveVillages.size() && remaining > 0; v++) {
        int n = v == waveVillages.size() - 1 ? remaining : Math.min(remaining, 1 + random.nextInt(remaining));
        remaining -= n;
        int asymptomatic = n > 2 ? 1 : 0;
        caseList.add(new Cases(waveVillages.get(v).code(), day, n - asymptomatic, asymptomatic, "cluster-A"));
        addActive(waveVillages.get(v).code(), WAVE_START + d, n, days);
      }
    }
    for (int d : new int[] {14, 15}) {
      if (d < days) {
        caseList.add(new Cases(neighbourVillages.get(0).code(), START.plusDays(d), 1, 0, "cluster-A"));
        addActive(neighbourVillages.get(0).code(), d, 1, days);
      }
    }
    this.cases = caseList.build();
    this.concealingVillage = waveVillages.get(waveVillages.size() > 1 ? 1 : 0).code();
    this.concealmentDay = START.plusDays(Math.min(days - 1, 16));
    List<PersonFacts> people = new ArrayList<>(residents);
    List<DivisionCode> villagesOf = new ArrayList<>(residents);
    generateResidents(random, residents, days, people, villagesOf);
    this.residents = ImmutableList.copyOf(people);
    this.residentVillages = ImmutableList.copyOf(villagesOf);
    this.newEvents = tallyNewEvents(days);
  }

  private Map<DivisionCode, int[][]> tallyNewEvents(int days) {
    Map<DivisionCode, int[][]> out = new HashMap<>();
    for (Cases c : cases) {
      int d = offset(c.day());
      if (d >= 0 && d < days) {
        out.computeIfAbsent(c.village(), k -> new int[days][4])[d][0] += c.confirmed() + c.asymptomatic();
      }
    }
    for (int i = 0; i < residents.size(); i++) {
      PersonFacts p = residents.get(i);
      int[][] t = out.computeIfAbsent(residentVillages.get(i), k -> new int[days][4]);
      boolean close = p.contactExposures().stream().anyMatch(e -> e.tier() == org.communityprevention.core
          .population.ContactTier.CLOSE);
      for (IsolationOrder o : p.isolationOrders()) {
        int d = offset(o.startOn());
        if (d >= 0 && d < days) {
          t[d][1] += close ? 1 : 0;
          t[d][2]++;
        }
      }
      for (Movement m : p.movements()) {
        int d = offset(m.arrivedOn());
        if (d >= 0 && d < days && !m.inbound() && !m.holidayReturn()
            && m.originRiskLevel().map(r -> r.atLeast(RiskLevel.MEDIUM)).orElse(false)) {
          t[d][3]++;
        }
      }
    }
    return out;
  }

  private static int offset(LocalDate day) {
    return (int) (day.toEpochDay() - START.toEpochDay());
  }

  /**
   * What the county knows of a village on a day, for the concealment checks: the people under management the
   * caller counted ({@code known}, from its classification) and the day's new events of this season (new cases, new
   * close contacts, isolation orders issued, arrivals from medium- or high-risk areas), which are what a zero report
   * denies.
   */
  public UnitDayFacts facts(DivisionCode village, LocalDate day, VillageDay known) {
    int d = offset(day);
    int[][] t = newEvents.get(village);
    int[] e = t == null || d < 0 || d >= t.length ? new int[4] : t[d];
    return new UnitDayFacts.Builder().unit(village).day(day).activeCases(known.activeCases())
        .closeContacts(known.closeContacts()).homeIsolation(known.homeIsolation())
        .centralisedIsolation(known.centralisedIsolation()).healthMonitoring(known.healthMonitoring())
        .newCases(e[0]).newCloseContacts(e[1]).newIsolationOrders(e[2]).newArrivalsFromRiskAreas(e[3]).build();
  }

  /**
   * Builds a season.
   *
   * @param seed the seed; equal seeds and sizes give equal seasons
   * @param villages villages and communities (8 townships; at least 16)
   * @param residents residents in all
   * @param days length of the season (the wave needs about 40 days to run its course)
   */
  public static SampleScenario build(long seed, int villages, int residents, int days) {
    return new SampleScenario(seed, SampleCounty.build(seed, 8, Math.max(16, villages)), residents, days);
  }

  /** The default demo season: 150 villages, 200,000 residents, 60 days, seed 20210130. */
  public static SampleScenario standard() {
    return build(20_210_130L, 150, 200_000, 60);
  }

  /** The county. */
  public SampleCounty county() {
    return county;
  }

  /** The season's days, half-open. */
  public DateWindow season() {
    return season;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The township where the wave breaks out. */
  public DivisionCode outbreakTownship() {
    return outbreakTownship;
  }

  /** The neighbouring township with a few linked cases. */
  public DivisionCode neighbourTownship() {
    return neighbourTownship;
  }

  /** The day of the snapshot the demo shows in detail: in the wave and in the Spring Festival period. */
  public LocalDate snapshotDay() {
    return START.plusDays(Math.min(season.days() - 1, 18));
  }

  /** All residents, in village order. */
  public ImmutableList<PersonFacts> residents() {
    return residents;
  }

  /** The village of each resident, aligned with {@link #residents()}. */
  public ImmutableList<DivisionCode> residentVillages() {
    return residentVillages;
  }

  /** The local cases of the wave, by village and day. */
  public ImmutableList<Cases> cases() {
    return cases;
  }

  /** The village that files a zero report while it holds active cases. */
  public DivisionCode concealingVillage() {
    return concealingVillage;
  }

  /** The day it does so. */
  public LocalDate concealmentDay() {
    return concealmentDay;
  }

  /** Active cases of a village on a day (in hospital for 14 days from confirmation). */
  public int activeCases(DivisionCode village, LocalDate day) {
    int[] perDay = activeCases.get(village);
    int d = (int) (day.toEpochDay() - START.toEpochDay());
    return perDay == null || d < 0 || d >= perDay.length ? 0 : perDay[d];
  }

  /**
   * The daily reports of every village over the season. About 4 % are late, 2 % missing and 1 % sent twice; a
   * village with active cases sends figures, others zero reports, except the concealing village on its day.
   *
   * @param known what each village holds on each day, from the classification (keyed by village, then day offset)
   */
  public ImmutableList<Report> reports(Map<DivisionCode, VillageDay[]> known) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EA5L);
    ImmutableList.Builder<Report> out = ImmutableList.builder();
    for (Division v : county.tree().villages()) {
      VillageDay[] days = known.getOrDefault(v.code(), new VillageDay[0]);
      int cumulative = 0;
      for (int d = 0; d < season.days(); d++) {
        LocalDate day = START.plusDays(d);
        int roll = random.nextInt(100);
        if (roll < 2 && !(v.code().equals(concealingVillage) && day.equals(concealmentDay))) {
          continue;
        }
        LocalTime time = roll < 6 ? LocalTime.of(17 + random.nextInt(5), random.nextInt(60))
            : LocalTime.of(8 + random.nextInt(7), random.nextInt(60));
        Instant at = BeijingTime.instantOf(day, time);
        VillageDay k = d < days.length && days[d] != null ? days[d] : new VillageDay(0, 0, 0, 0, 0);
        int newCases = cases.stream().filter(c -> c.village().equals(v.code()) && c.day().equals(day))
            .mapToInt(c -> c.confirmed() + c.asymptomatic()).sum();
        cumulative += newCases;
        boolean quiet = k.activeCases() + k.closeContacts() + k.homeIsolation() + k.centralisedIsolation()
            + k.healthMonitoring() == 0 && newCases == 0;
        boolean conceal = v.code().equals(concealingVillage) && day.equals(concealmentDay);
        String filer = "filer-" + v.code().value().substring(6);
        int[] figures = {random.nextInt(3), 0, newCases, 0, k.closeContacts(), k.homeIsolation(),
            k.centralisedIsolation(), k.healthMonitoring(), cumulative, 0};
        Report r = new Report(v.code(), day, at, quiet || conceal, quiet || conceal ? null : figures, filer);
        out.add(r);
        if (roll >= 98) {
          out.add(new Report(v.code(), day, at.plusSeconds(600), r.zero(), r.figures(), filer));
        }
      }
    }
    return out.build();
  }

  private void addActive(DivisionCode village, int fromDay, int n, int days) {
    int[] perDay = activeCases.computeIfAbsent(village, k -> new int[days]);
    for (int d = fromDay; d < Math.min(days, fromDay + HOSPITAL_DAYS); d++) {
      perDay[d] += n;
    }
  }

  private void generateResidents(SplittableRandom random, int total, int days, List<PersonFacts> people,
      List<DivisionCode> villagesOf) {
    List<Division> villages = county.tree().villages();
    LocalDate anchor = START;
    int id = 0;
    // Cases and their contacts live in the wave's villages; each case gets about 8 close contacts.
    for (int vi = 0; vi < villages.size(); vi++) {
      Division village = villages.get(vi);
      boolean rural = !village.isCommunity();
      int n = total / villages.size() + (vi < total % villages.size() ? 1 : 0);
      List<Cases> here = cases.stream().filter(c -> c.village().equals(village.code())).toList();
      int caseSlots = here.stream().mapToInt(c -> c.confirmed() + c.asymptomatic()).sum();
      int caseIndex = 0;
      List<String> closeContactIds = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String personId = String.format(Locale.ROOT, "p%07d", id++);
        PersonFacts.Builder b = new PersonFacts.Builder().personId(personId);
        int ageRoll = random.nextInt(100);
        int age = ageRoll < 18 ? random.nextInt(18) : ageRoll < 80 ? 18 + random.nextInt(42) : 60 + random.nextInt(35);
        LocalDate birth = anchor.minusYears(age).minusDays(random.nextInt(365));
        b.birthDate(birth);
        if (random.nextInt(100) < 98) {
          b.responsibleWorkerId("worker-" + village.code().value().substring(6) + "-" + (i % 5));
        }
        if (age >= 60) {
          b.livingArrangement(random.nextInt(100) < 12 ? LivingArrangement.ALONE : LivingArrangement.WITH_FAMILY);
          if (rural && random.nextInt(100) < 15) {
            b.addSocialStatuses(SocialStatus.LEFT_BEHIND);
          }
        }
        if (age < 18) {
          int r = random.nextInt(1000);
          if (rural && r < 150) {
            b.addSocialStatuses(SocialStatus.LEFT_BEHIND);
          } else if (r < 155) {
            b.addSocialStatuses(SocialStatus.IN_DIFFICULTY);
          } else if (r < 156) {
            b.addSocialStatuses(SocialStatus.SCATTERED_ORPHAN);
          } else if (r < 157) {
            b.addSocialStatuses(SocialStatus.WITHOUT_DE_FACTO_CARER);
          }
        }
        int w = random.nextInt(1000);
        if (w < 60) {
          b.addSocialStatuses(SocialStatus.PERSON_WITH_DISABILITY);
        } else if (w < 90) {
          b.addSocialStatuses(SocialStatus.MINIMUM_LIVING_ALLOWANCE);
        } else if (w < 95) {
          b.addSocialStatuses(SocialStatus.EXTREME_POVERTY);
        } else if (w < 125) {
          b.addSocialStatuses(SocialStatus.LOW_INCOME_FAMILY);
        } else if (w < 135) {
          b.addSocialStatuses(SocialStatus.SPECIAL_HARDSHIP);
        }
        if (age >= 20 && age < 40 && random.nextInt(100) < 2) {
          b.pregnancy(Pregnancy.since(anchor.minusDays(random.nextInt(250))));
        }
        if (!rural && age >= 18 && random.nextInt(100) < 15) {
          b.tenancy(random.nextInt(4) == 0 ? Tenancy.COLLECTIVE_DORMITORY : Tenancy.RENTAL_HOUSING);
        }
        if (!rural && age >= 18 && age < 60 && random.nextInt(100) < 3) {
          b.addSocialStatuses(SocialStatus.MIGRANT_WORKER_STAYING_FOR_HOLIDAY);
        }
        if (age >= 18 && age < 60 && random.nextInt(1000) < 2) {
          b.coldChainWork(org.communityprevention.core.population.ColdChainWork.since(anchor.minusDays(200)));
        }
        int m = random.nextInt(1000);
        if (rural && age >= 16 && age < 60 && m < 80) {
          LocalDate arrived = START.plusDays(8 + random.nextInt(Math.max(1, Math.min(days, 40) - 8)));
          b.addMovements(Movement.holidayReturn(RiskLevel.LOW, arrived.minusDays(1), arrived));
        } else if (m < 81) {
          LocalDate arrived = START.plusDays(random.nextInt(days));
          b.addMovements(Movement.domestic(random.nextBoolean() ? RiskLevel.MEDIUM : RiskLevel.HIGH,
              arrived.minusDays(1), arrived));
        } else if (m < 82) {
          LocalDate entered = START.minusDays(random.nextInt(10)).plusDays(random.nextInt(days));
          b.addMovements(Movement.inbound(entered.minusDays(1), entered));
        }
        if (random.nextInt(1000) < 10) {
          b.addHouseholdLinks(HouseholdLink.medicalWorker(String.format(Locale.ROOT, "m%07d", id)));
        }
        if (caseIndex < caseSlots) {
          // A case: confirmed on its wave day, discharged 14 days later.
          Cases c = caseAt(here, caseIndex++);
          b.medicalHistory(MedicalHistory.recovered(c.day(), c.day().plusDays(HOSPITAL_DAYS)));
        } else if (caseIndex > 0 && closeContactIds.size() < caseSlots * 8) {
          Cases c = caseAt(here, closeContactIds.size() / 8);
          LocalDate exposure = c.day().minusDays(1);
          b.addContactExposures(ContactExposure.close(exposure));
          b.addIsolationOrders(IsolationOrder.of(IsolationKind.CENTRALISED, c.day()));
          for (int day = -1; day < 22 && c.day().plusDays(day).isBefore(season.endExclusive()); day++) {
            // Check-ins and tests are recorded daily, with the odd one forgotten (which the ledger finds).
            if (random.nextInt(1000) < 995) {
              b.addCheckIns(c.day().plusDays(day));
            }
            if (random.nextInt(1000) < 995) {
              b.addTestResults(org.communityprevention.core.population.TestResult.of(exposure.plusDays(day),
                  org.communityprevention.core.population.TestOutcome.NEGATIVE));
            }
          }
          closeContactIds.add(personId);
        } else if (!closeContactIds.isEmpty() && closeContactIds.size() % 3 == 0 && random.nextInt(4) == 0) {
          String linked = closeContactIds.get(random.nextInt(closeContactIds.size()));
          LocalDate exposure = START.plusDays(WAVE_START + random.nextInt(WAVE.length));
          b.addContactExposures(ContactExposure.secondary(exposure, linked));
          b.addHouseholdLinks(HouseholdLink.inCentralisedIsolation(linked, exposure));
        }
        people.add(b.build());
        villagesOf.add(village.code());
      }
    }
  }

  private static Cases caseAt(List<Cases> here, int index) {
    int seen = 0;
    for (Cases c : here) {
      seen += c.confirmed() + c.asymptomatic();
      if (index < seen) {
        return c;
      }
    }
    return here.get(here.size() - 1);
  }
}
