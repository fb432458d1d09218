package org.communityprevention.core.population.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.ContactExposure;
import org.communityprevention.core.population.ContactLinks;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.TestOutcome;
import org.communityprevention.core.population.TestResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

@DisplayName("§2.4 secondary close contacts in the ledger, from the linked close contact's own tests")
class SecondaryContactLedgerTest {
  private static final Policy ED9 = NationalBaselines.byId("ed9-2022");
  private static final PopulationClassifier CLASSIFIER = PopulationClassifier.of(ED9);
  private static final LocalDate EXPOSED = LocalDate.of(2022, 7, 1);
  private static final int PLAN_DAYS = ED9.population().secondaryCloseContact().orElseThrow().totalDays();

  private static PersonFacts linked(List<TestResult> tests) {
    return new PersonFacts.Builder().personId("C-9").responsibleWorkerId("W-1")
        .addContactExposures(ContactExposure.close(EXPOSED.minusDays(1))).addAllTestResults(tests).build();
  }

  private static PersonFacts secondary() {
    return new PersonFacts.Builder().personId("S-1").responsibleWorkerId("W-1")
        .addContactExposures(ContactExposure.secondary(EXPOSED, "C-9")).build();
  }

  private static Optional<WorkItem> managed(PopulationLedger l, String id) {
    return l.underManagement().stream().filter(w -> w.personId().equals(id)).findFirst();
  }

  private static boolean holds(PopulationLedger l, String id, Category c) {
    return managed(l, id).map(w -> w.categories().contains(c)).orElse(false);
  }

  private static TestResult test(int day, TestOutcome o) {
    return TestResult.of(EXPOSED.plusDays(day - 1L), o);
  }

  @Test
  @DisplayName("§2.4 released on day 7 when the linked close contact's first two tests in the same ledger are negative")
  void releasedWhenLinkedTestsNegative() {
    List<PersonFacts> village = List.of(linked(List.of(test(1, TestOutcome.NEGATIVE), test(2, TestOutcome.NEGATIVE))),
        secondary());
    assertThat(holds(PopulationLedger.of(CLASSIFIER, village, EXPOSED.plusDays(6)), "S-1",
        Category.SECONDARY_CLOSE_CONTACT)).isTrue();
    PopulationLedger day8 = PopulationLedger.of(CLASSIFIER, village, EXPOSED.plusDays(7));
    assertThat(managed(day8, "S-1")).isEmpty();
  }

  @Test
  @DisplayName("§2.4 not released on day 7 while the linked close contact has only one test in the ledger")
  void heldWhileLinkedTestsMissing() {
    List<PersonFacts> village = List.of(linked(List.of(test(1, TestOutcome.NEGATIVE))), secondary());
    PopulationLedger day8 = PopulationLedger.of(CLASSIFIER, village, EXPOSED.plusDays(7));
    assertThat(holds(day8, "S-1", Category.SECONDARY_CLOSE_CONTACT)).isTrue();
  }

  @Test
  @DisplayName("§2.4 the linked close contact tests positive: the secondary contact becomes a close contact and the "
      + "close contact is referred as a case")
  void linkedPositivePromotesAndRefers() {
    List<PersonFacts> village = List.of(linked(List.of(test(1, TestOutcome.NEGATIVE), test(3, TestOutcome.POSITIVE))),
        secondary());
    PopulationLedger before = PopulationLedger.of(CLASSIFIER, village, EXPOSED.plusDays(1));
    assertThat(holds(before, "S-1", Category.SECONDARY_CLOSE_CONTACT)).isTrue();
    assertThat(holds(before, "C-9", Category.CLOSE_CONTACT)).isTrue();
    assertThat(before.caseReferrals()).isEmpty();
    PopulationLedger l = PopulationLedger.of(CLASSIFIER, village, EXPOSED.plusDays(2));
    assertThat(holds(l, "S-1", Category.CLOSE_CONTACT)).isTrue();
    assertThat(holds(l, "S-1", Category.SECONDARY_CLOSE_CONTACT)).isFalse();
    assertThat(managed(l, "C-9")).isEmpty();
    assertThat(l.counts().of(Category.CLOSE_CONTACT)).isEqualTo(1L);
    assertThat(l.caseReferrals()).hasSize(1);
    CaseReferral r = l.caseReferrals().get(0);
    assertThat(r.personId()).isEqualTo("C-9");
    assertThat(r.responsibleWorkerId()).contains("W-1");
    assertThat(r.reasons().get(0).code()).isEqualTo("core.population.case_referral");
    assertThat(r.reasons().get(0).facts().get("positiveOn")).isEqualTo(EXPOSED.plusDays(2).toString());
    assertThat(Json.read(Json.write(l), PopulationLedger.class)).isEqualTo(l);
  }

  @Test
  @DisplayName("§2.4 a day the caller already gave is kept; the ledger only fills what is missing")
  void callerDaysKept() {
    PersonFacts given = new PersonFacts.Builder().from(secondary()).contactExposures(List.of(
        ContactExposure.secondary(EXPOSED, "C-9").withLinkedContactClearedOn(EXPOSED.plusDays(1)))).build();
    PopulationLedger l = PopulationLedger.of(CLASSIFIER, List.of(given), EXPOSED.plusDays(7));
    assertThat(managed(l, "S-1")).isEmpty();
  }

  /** A linked close contact with up to four tests from day -2 to day 12 of the secondary contact's exposure. */
  private static Gen<List<TestResult>> linkedTests() {
    Gen<TestResult> one = SourceDSL.integers().between(-2, 12).zip(SourceDSL.integers().between(0, 2),
        (d, o) -> test(d, TestOutcome.values()[o]));
    return SourceDSL.lists().of(one).ofSizeBetween(0, 4);
  }

  private static List<TestResult> counted(List<TestResult> tests) {
    List<TestResult> out = new ArrayList<>();
    LocalDate from = EXPOSED.minusDays(ED9.population().closeContactLookbackDays());
    tests.stream().filter(t -> !t.sampledOn().isBefore(from))
        .sorted(java.util.Comparator.comparing(TestResult::sampledOn).thenComparing(TestResult::outcome))
        .forEach(out::add);
    return out;
  }

  @Test
  @DisplayName("§2.4 a secondary contact whose linked contact tested positive is never still a secondary contact on "
      + "a later day")
  void promotedNeverSecondaryLater() {
    qt(300).forAll(linkedTests(), SourceDSL.integers().between(0, 20)).checkAssert((tests, day) -> {
      LocalDate asOf = EXPOSED.plusDays(day);
      PopulationLedger l = PopulationLedger.of(CLASSIFIER, List.of(linked(tests), secondary()), asOf);
      Optional<LocalDate> positive = counted(tests).stream().filter(t -> t.outcome() == TestOutcome.POSITIVE)
          .map(TestResult::sampledOn).findFirst();
      if (positive.isPresent() && !positive.get().isAfter(asOf)) {
        assertThat(holds(l, "S-1", Category.SECONDARY_CLOSE_CONTACT)).as("secondary on " + asOf).isFalse();
      }
    });
  }

  @Test
  @DisplayName("§2.4 a secondary contact is released on day 7 only if the linked person's first two tests are "
      + "negative")
  void releasedOnlyAfterTwoNegatives() {
    qt(300).forAll(linkedTests(), SourceDSL.integers().between(0, 20)).checkAssert((tests, day) -> {
      LocalDate asOf = EXPOSED.plusDays(day);
      PopulationLedger l = PopulationLedger.of(CLASSIFIER, List.of(linked(tests), secondary()), asOf);
      List<TestResult> c = counted(tests);
      boolean positiveKnown = c.stream().anyMatch(t -> t.outcome() == TestOutcome.POSITIVE
          && !t.sampledOn().isAfter(asOf));
      boolean released = day >= PLAN_DAYS && !positiveKnown && managed(l, "S-1").isEmpty();
      if (released) {
        assertThat(c.size()).isGreaterThanOrEqualTo(2);
        assertThat(c.get(0).outcome()).isEqualTo(TestOutcome.NEGATIVE);
        assertThat(c.get(1).outcome()).isEqualTo(TestOutcome.NEGATIVE);
        assertThat(c.get(1).sampledOn()).isBeforeOrEqualTo(asOf);
      }
      if (day < PLAN_DAYS && !positiveKnown) {
        assertThat(holds(l, "S-1", Category.SECONDARY_CLOSE_CONTACT)).as("inside the plan").isTrue();
      }
    });
  }

  @Test
  @DisplayName("§2.4 the ledger and the one-person classification of the linked facts agree")
  void ledgerAgreesWithOnePerson() {
    qt(300).forAll(linkedTests(), SourceDSL.integers().between(-1, 20)).checkAssert((tests, day) -> {
      LocalDate asOf = EXPOSED.plusDays(day);
      List<PersonFacts> village = List.of(linked(tests), secondary());
      PopulationLedger l = PopulationLedger.of(CLASSIFIER, village, asOf);
      for (PersonFacts f : ContactLinks.resolve(village, ED9.population())) {
        java.util.Set<Category> managedCategories = new java.util.TreeSet<>();
        CLASSIFIER.classify(f, asOf).effectiveCategories().stream().filter(k -> k.track().isManaged())
            .forEach(managedCategories::add);
        assertThat(managed(l, f.personId()).map(w -> (java.util.Set<Category>) new java.util.TreeSet<>(
            w.categories())).orElse(java.util.Set.of())).as(f.personId()).isEqualTo(managedCategories);
      }
    });
  }
}
