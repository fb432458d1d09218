package org.communityprevention.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.person.IdentityNumber;
import org.communityprevention.core.policy.Policy;
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
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators for key-population classification: residents with a realistic mix of facts dated around
 * an anchor day, and {@link Scenario scenarios} (a resident, an as-of date and a shipped baseline whose holiday
 * window contains the anchor). Published with the core test-jar for downstream test suites.
 *
 * <p>Every generator is deterministic for a given QuickTheories seed and shrinks towards fewer facts and earlier
 * days.
 */
public final class PopulationGenerators {
  /** The anchor day of {@code ed7-2020}: inside the 2021 Spring Festival window. */
  public static final LocalDate ED7_ANCHOR = LocalDate.of(2021, 2, 10);

  /** One anchor day per shipped baseline, in the order of {@code NationalBaselines.IDS}. */
  public static final List<LocalDate> ANCHORS = NationalBaselines.IDS.stream()
      .map(id -> anchorOf(NationalBaselines.byId(id))).collect(java.util.stream.Collectors.toUnmodifiableList());

  /**
   * A day well inside a baseline's period, near its holiday window where the window falls in the period (so holiday
   * returnees and festival visits are exercised), else a month after the period starts.
   */
  public static LocalDate anchorOf(org.communityprevention.core.policy.Policy policy) {
    if (policy.id().equals("ed7-2020")) {
      return ED7_ANCHOR;
    }
    if (policy.id().equals("ed9-2022")) {
      return LocalDate.of(2022, 10, 3);
    }
    LocalDate nearHoliday = policy.population().holidayWindow().start().plusDays(3);
    return policy.inForceOn(nearHoliday) && policy.inForceOn(nearHoliday.plusDays(40))
        && policy.inForceOn(nearHoliday.minusDays(40)) ? nearHoliday : policy.effectiveFrom().plusDays(45);
  }

  private PopulationGenerators() {}

  /** A resident, an as-of date and a policy. */
  public static final class Scenario {
    private final PersonFacts facts;
    private final LocalDate asOf;
    private final Policy policy;

    /** A scenario. */
    public Scenario(PersonFacts facts, LocalDate asOf, Policy policy) {
      this.facts = facts;
      this.asOf = asOf;
      this.policy = policy;
    }

    /** The resident's facts. */
    public PersonFacts facts() {
      return facts;
    }

    /** The as-of date. */
    public LocalDate asOf() {
      return asOf;
    }

    /** The policy. */
    public Policy policy() {
      return policy;
    }

    @Override
    public String toString() {
      return "Scenario{asOf=" + asOf + ", policy=" + policy + ", facts=" + facts + "}";
    }
  }

  /**
   * Scenarios: a shipped baseline, a resident with facts dated within about 40 days of the baseline's anchor, and
   * an as-of date within 25 days of the anchor (never before the resident's birth).
   */
  public static Gen<Scenario> scenarios() {
    return in -> {
      int b = pick(in, 0, NationalBaselines.IDS.size() - 1);
      LocalDate anchor = ANCHORS.get(b);
      PersonFacts facts = resident(in, anchor);
      LocalDate asOf = anchor.plusDays(pick(in, -25, 25));
      if (facts.effectiveBirthDate().isPresent() && facts.effectiveBirthDate().get().isAfter(asOf)) {
        asOf = facts.effectiveBirthDate().get();
      }
      return new Scenario(facts, asOf, NationalBaselines.byId(NationalBaselines.IDS.get(b)));
    };
  }

  /** Residents with facts dated around an anchor day (birth dates up to 100 years before it). */
  public static Gen<PersonFacts> residents(LocalDate anchor) {
    return in -> resident(in, anchor);
  }

  /** Residents with their lists in a random order: the same facts as {@code facts}, shuffled by the source. */
  public static Gen<PersonFacts> shuffled(PersonFacts facts) {
    return in -> {
      java.util.Random r = new java.util.Random(in.next(Constraint.none()));
      return new PersonFacts.Builder().from(facts)
          .movements(shuffle(facts.movements(), r)).contactExposures(shuffle(facts.contactExposures(), r))
          .isolationOrders(shuffle(facts.isolationOrders(), r)).householdLinks(shuffle(facts.householdLinks(), r))
          .healthCodes(shuffle(facts.healthCodes(), r)).testResults(shuffle(facts.testResults(), r))
          .overrides(shuffle(facts.overrides(), r)).build();
    };
  }

  /** One resident drawn from a source; the building block of the generators above. */
  public static PersonFacts resident(RandomnessSource in, LocalDate anchor) {
    PersonFacts.Builder b = new PersonFacts.Builder().personId("R" + pick(in, 0, 999_999));
    int birthKind = pick(in, 0, 9);
    LocalDate birth = anchor.minusDays(pick(in, 0, 100 * 365));
    boolean pregnant = chance(in, 5);
    if (birthKind < 6) {
      b.birthDate(birth);
    } else if (birthKind < 8) {
      // A pregnancy goes with a woman's number: an even sequence number.
      int sequence = pick(in, 0, 499) * 2 + (pregnant ? 0 : pick(in, 0, 1));
      b.identityNumber(identityNumberBornOn(birth, sequence));
    } else if (birthKind < 9) {
      b.age(pick(in, 0, 100));
    }
    if (chance(in, 30)) {
      b.livingArrangement(LivingArrangement.values()[pick(in, 0, LivingArrangement.values().length - 1)]);
    }
    for (SocialStatus s : SocialStatus.values()) {
      if (chance(in, 8)) {
        b.addSocialStatuses(s);
      }
    }
    if (chance(in, 10)) {
      b.tenancy(Tenancy.values()[pick(in, 0, 1)]);
    }
    b.ruralResident(chance(in, 50));
    if (pregnant) {
      LocalDate since = anchor.minusDays(pick(in, -10, 300));
      b.pregnancy(chance(in, 50) ? Pregnancy.delivered(since, since.plusDays(pick(in, 150, 290)))
          : Pregnancy.since(since));
    }
    if (chance(in, 5)) {
      LocalDate since = anchor.minusDays(pick(in, -5, 100));
      b.coldChainWork(chance(in, 30) ? ColdChainWork.between(since, since.plusDays(pick(in, 1, 120)))
          : ColdChainWork.since(since));
    }
    for (int i = pick(in, 0, 2); i > 0 && chance(in, 40); i--) {
      b.addMovements(movement(in, anchor));
    }
    if (chance(in, 5)) {
      LocalDate d = anchor.minusDays(pick(in, -5, 40));
      b.medicalHistory(chance(in, 70) ? MedicalHistory.recovered(d.minusDays(pick(in, 5, 30)), d)
          : MedicalHistory.releasedFromObservation(d));
    }
    for (int i = pick(in, 0, 2); i > 0 && chance(in, 30); i--) {
      b.addContactExposures(exposure(in, anchor));
    }
    for (int i = pick(in, 0, 2); i > 0 && chance(in, 15); i--) {
      b.addIsolationOrders(IsolationOrder.of(IsolationKind.values()[pick(in, 0, 1)],
          anchor.minusDays(pick(in, -5, 30))));
    }
    for (int i = pick(in, 0, 1); i > 0 && chance(in, 15); i--) {
      b.addHouseholdLinks(chance(in, 50)
          ? HouseholdLink.inCentralisedIsolation("K" + pick(in, 0, 99), anchor.minusDays(pick(in, -5, 20)))
          : HouseholdLink.medicalWorker("K" + pick(in, 0, 99)));
    }
    if (chance(in, 15)) {
      for (int i = pick(in, 1, 4); i > 0; i--) {
        b.addHealthCodes(HealthCodeObservation.of(anchor.minusDays(pick(in, -5, 20)),
            HealthCodeColour.values()[pick(in, 0, 2)]));
      }
    }
    if (chance(in, 80)) {
      b.area(chance(in, 20) ? AreaSituation.at(RiskLevel.values()[pick(in, 0, 2)], chance(in, 50))
          : AreaSituation.at(RiskLevel.values()[pick(in, 0, 2)]));
    }
    if (chance(in, 70)) {
      b.responsibleWorkerId("W" + pick(in, 0, 20));
    }
    if (chance(in, 40)) {
      for (int i = pick(in, 1, 25); i > 0; i--) {
        b.addCheckIns(anchor.minusDays(pick(in, -5, 30)));
      }
    }
    for (int i = pick(in, 0, 4); i > 0 && chance(in, 40); i--) {
      b.addTestResults(TestResult.of(anchor.minusDays(pick(in, -5, 30)), TestOutcome.values()[pick(in, 0, 2)]));
    }
    if (chance(in, 8)) {
      Category c = Category.values()[pick(in, 0, Category.values().length - 1)];
      b.addOverrides(ManualOverride.of(c, OverrideAction.values()[pick(in, 0, 1)],
          anchor.minusDays(pick(in, -5, 30)), "W" + pick(in, 0, 20), "worker's judgement"));
    }
    return b.build();
  }

  /** A journey dated around an anchor: domestic from any level, inbound, or a holiday return. */
  public static Movement movement(RandomnessSource in, LocalDate anchor) {
    LocalDate departed = anchor.minusDays(pick(in, -5, 30));
    LocalDate arrived = departed.plusDays(pick(in, 0, 3));
    int kind = pick(in, 0, 3);
    RiskLevel level = RiskLevel.values()[pick(in, 0, 2)];
    if (kind == 0) {
      return Movement.inbound(departed, arrived);
    }
    return kind == 1 ? Movement.holidayReturn(level, departed, arrived) : Movement.domestic(level, departed, arrived);
  }

  /** A contact exposure dated around an anchor: close, or secondary with or without a positive linked contact. */
  public static ContactExposure exposure(RandomnessSource in, LocalDate anchor) {
    LocalDate last = anchor.minusDays(pick(in, -5, 30));
    if (chance(in, 50)) {
      return ContactExposure.close(last);
    }
    ContactExposure s = ContactExposure.secondary(last, "C" + pick(in, 0, 99));
    return chance(in, 40) ? s.withLinkedContactPositiveOn(last.plusDays(pick(in, 0, 10))) : s;
  }

  /** A valid identity number of someone born on a day, with a given sequence number (even means female). */
  public static IdentityNumber identityNumberBornOn(LocalDate birth, int sequence) {
    String first17 = "110105" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
        birth.getDayOfMonth(), sequence);
    return IdentityNumber.parse(first17 + IdentityNumber.checkCharacterFor(first17));
  }

  private static <T> List<T> shuffle(List<T> list, java.util.Random r) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, r);
    return copy;
  }

  private static int pick(RandomnessSource in, int lo, int hi) {
    return (int) in.next(Constraint.between(lo, hi));
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return in.next(Constraint.between(0, 99)) < percent;
  }
}
