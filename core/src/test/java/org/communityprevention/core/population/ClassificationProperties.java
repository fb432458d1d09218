package org.communityprevention.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.testing.PopulationGenerators;
import org.communityprevention.core.testing.PopulationGenerators.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

@DisplayName("Key-population classification: invariants")
class ClassificationProperties {
  private static final Set<Category> CHILD = EnumSet.of(Category.SCATTERED_ORPHAN,
      Category.CHILD_WITHOUT_DE_FACTO_CARER, Category.RURAL_LEFT_BEHIND_CHILD, Category.CHILD_IN_DIFFICULTY,
      Category.LEFT_BEHIND_CHILD_VISIT, Category.CHILD_IN_DIFFICULTY_VISIT, Category.SCATTERED_ORPHAN_VISIT);
  private static final Set<Category> ELDERLY = EnumSet.of(Category.ELDERLY_LIVING_ALONE,
      Category.LEFT_BEHIND_ELDERLY);

  private static Classification classify(Scenario s) {
    return PopulationClassifier.classify(s.facts(), s.asOf(), s.policy());
  }

  @Test
  @DisplayName("the hot path and the explaining path give the same categories, for a person and for a table row")
  void hotPathAgreesWithExplanation() {
    qt().forAll(PopulationGenerators.scenarios()).checkAssert(s -> {
      PopulationClassifier classifier = PopulationClassifier.of(s.policy());
      Classification c = classifier.classify(s.facts(), s.asOf());
      long automatic = classifier.automaticMask(s.facts(), s.asOf());
      long effective = classifier.effectiveMask(s.facts(), s.asOf());
      assertThat(c.automaticCategories()).isEqualTo(Category.setOf(automatic));
      assertThat(c.effectiveCategories()).isEqualTo(Category.setOf(effective));
      assertThat(c.hasDisagreement()).isEqualTo(automatic != effective);
      ResidentTable table = ResidentTable.of(List.of(s.facts(), PersonFacts.of("other")));
      assertThat(classifier.automaticMask(table, 0, s.asOf())).isEqualTo(automatic);
      assertThat(classifier.effectiveMask(table, 0, s.asOf())).isEqualTo(effective);
      assertThat(classifier.automaticMask(table, 1, s.asOf())).isZero();
    });
  }

  @Test
  @DisplayName("every membership holds on the as-of date, cites its clause and, when planned, lasts exactly the plan")
  void membershipsAreConsistent() {
    qt().forAll(PopulationGenerators.scenarios()).checkAssert(s -> {
      for (CategoryMembership m : classify(s).memberships()) {
        assertThat(m.contains(s.asOf())).as(m.category() + " contains as-of").isTrue();
        assertThat(m.dayNumber()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(m.start(), s.asOf()) + 1);
        assertThat(m.reasons()).isNotEmpty();
        assertThat(m.reasons().get(0).clauses()).contains(m.category().clause());
        if (m.plan().isPresent()) {
          ManagementPlan plan = m.plan().get();
          LocalDate planEnd = m.start().plusDays(plan.totalDays());
          if (m.category() == Category.SECONDARY_CLOSE_CONTACT) {
            // §2.4: released at the plan's end only once the linked close contact's first two tests were negative.
            assertThat(m.until().map(u -> !u.isBefore(planEnd)).orElse(true)).as("secondary until").isTrue();
            assertThat(m.phase().isPresent()).isEqualTo(s.asOf().isBefore(planEnd));
          } else {
            assertThat(m.until()).contains(planEnd);
            assertThat(m.phase()).isPresent();
          }
          assertThat(m.testDates()).allMatch(m::contains);
          assertThat(m.testDueToday()).isEqualTo(m.testDates().contains(s.asOf()));
        }
        m.nextAction().ifPresent(a -> assertThat(a.on()).isAfterOrEqualTo(s.asOf()));
      }
    });
  }

  @Test
  @DisplayName("classification is deterministic and the order of facts is irrelevant")
  void orderIrrelevant() {
    qt().forAll(PopulationGenerators.scenarios().flatMap(s -> PopulationGenerators.shuffled(s.facts())
        .map(f -> new Scenario[] {s, new Scenario(f, s.asOf(), s.policy())}))).checkAssert(pair -> {
          Classification a = classify(pair[0]);
          assertThat(classify(pair[0])).isEqualTo(a);
          assertThat(classify(pair[1])).isEqualTo(a);
        });
  }

  @Test
  @DisplayName("a planned category holds exactly on [start, start + plan days): not the day before, nor the day after")
  void windowsAreExact() {
    Gen<Policy> policies = org.communityprevention.core.testing.PolicyGenerators.baselines();
    qt().forAll(policies, SourceDSL.integers().between(0, WindowFacts.PLANNED.size() - 1),
        SourceDSL.integers().between(0, 6), SourceDSL.integers().between(-3, 40)).checkAssert(
          (policy, which, startOffset, dayOffset) -> {
            Category c = WindowFacts.PLANNED.get(which);
            // Start inside the holiday window, which may be as short as 3 days (opt20-2022).
            LocalDate start = policy.population().holidayWindow().start()
                .plusDays(Math.min(startOffset, policy.population().holidayWindow().days() - 1));
            PersonFacts f = WindowFacts.factsFor(c, start);
            PopulationClassifier classifier = PopulationClassifier.of(policy);
            if (WindowFacts.planIfAny(policy, c).isEmpty()) {
              // A policy without the plan (secondary contacts in 2020-county and opt20-2022, red codes and ed9
              // holiday returnees in the 2022 presets) never puts anyone in the category.
              for (int d = -1; d <= 40; d++) {
                assertThat(c.in(classifier.automaticMask(f, start.plusDays(d)))).as(c + " undesignated").isFalse();
              }
              return;
            }
            int days = WindowFacts.planOf(policy, c).totalDays();
            for (LocalDate d : List.of(start.minusDays(1), start, start.plusDays(days - 1), start.plusDays(days),
                start.plusDays(dayOffset))) {
              boolean inside = !d.isBefore(start) && d.isBefore(start.plusDays(days));
              assertThat(c.in(classifier.automaticMask(f, d))).as(c + " on " + d).isEqualTo(inside);
            }
          });
  }

  @Test
  @DisplayName("a provincial policy that lengthens windows never ends a category earlier than the baseline")
  void lengtheningNeverEndsEarlier() {
    qt(300).forAll(PopulationGenerators.scenarios(), SourceDSL.integers().between(1, 7)).checkAssert((s, k) -> {
      Policy longer = lengthened(s.policy(), k);
      Classification base = classify(s);
      Classification layered = PopulationClassifier.classify(s.facts(), s.asOf(), longer);
      for (CategoryMembership m : base.memberships()) {
        CategoryMembership l = layered.membership(m.category()).orElse(null);
        assertThat(l).as(m.category() + " still held").isNotNull();
        if (m.until().isPresent() && l.until().isPresent()) {
          assertThat(l.until().get()).isAfterOrEqualTo(m.until().get());
        }
        if (m.until().isEmpty()) {
          assertThat(l.until()).isEmpty();
        }
      }
    });
  }

  @Test
  @DisplayName("adding an exposure (a journey, a contact, an isolation order) never removes a category")
  void exposureMonotone() {
    Gen<Object> extra = in -> {
      LocalDate anchor = PopulationGenerators.ANCHORS.get((int) in.next(
          org.quicktheories.impl.Constraint.between(0, PopulationGenerators.ANCHORS.size() - 1)));
      switch ((int) in.next(org.quicktheories.impl.Constraint.between(0, 2))) {
        case 0:
          return PopulationGenerators.movement(in, anchor);
        case 1:
          return PopulationGenerators.exposure(in, anchor);
        default:
          return IsolationOrder.of(IsolationKind.values()[(int) in.next(
              org.quicktheories.impl.Constraint.between(0, 1))], anchor.minusDays(in.next(
              org.quicktheories.impl.Constraint.between(-5, 25))));
      }
    };
    qt().forAll(PopulationGenerators.scenarios(), extra).checkAssert((s, fact) -> {
      PersonFacts.Builder more = new PersonFacts.Builder().from(s.facts());
      if (fact instanceof Movement) {
        more.addMovements((Movement) fact);
      } else if (fact instanceof ContactExposure) {
        more.addContactExposures((ContactExposure) fact);
      } else {
        more.addIsolationOrders((IsolationOrder) fact);
      }
      PopulationClassifier classifier = PopulationClassifier.of(s.policy());
      long before = classifier.automaticMask(s.facts(), s.asOf());
      long after = classifier.automaticMask(more.build(), s.asOf());
      assertThat(Category.setOf(after)).containsAll(Category.setOf(before));
    });
  }

  @Test
  @DisplayName("child categories hold only under the adult age, elderly ones only from the elderly age")
  void ageRules() {
    qt().forAll(PopulationGenerators.scenarios()).checkAssert(s -> {
      Classification c = classify(s);
      Integer age = s.facts().ageOn(s.asOf()).orElse(null);
      for (Category k : c.automaticCategories()) {
        if (CHILD.contains(k)) {
          assertThat(age).isNotNull().isLessThan(s.policy().population().adultAge());
        }
        if (ELDERLY.contains(k)) {
          assertThat(age).isNotNull().isGreaterThanOrEqualTo(s.policy().population().elderlyAge());
        }
      }
      if (age != null && s.facts().socialStatuses().contains(SocialStatus.LEFT_BEHIND)) {
        // 农村留守儿童 are under 16, whatever the age of majority.
        assertThat(c.automaticCategories().contains(Category.RURAL_LEFT_BEHIND_CHILD))
            .isEqualTo(age < s.policy().population().leftBehindChildAge() && s.facts().ruralResident());
        if (c.automaticCategories().contains(Category.LEFT_BEHIND_CHILD_VISIT)) {
          assertThat(age).isLessThan(s.policy().population().leftBehindChildAge());
        }
      }
      if (age != null && s.facts().socialStatuses().contains(SocialStatus.SCATTERED_ORPHAN)) {
        assertThat(c.automaticCategories().contains(Category.SCATTERED_ORPHAN))
            .isEqualTo(age < s.policy().population().adultAge());
      }
      if (age != null && s.facts().livingArrangement().orElse(null) == LivingArrangement.ALONE) {
        assertThat(c.automaticCategories().contains(Category.ELDERLY_LIVING_ALONE))
            .isEqualTo(age >= s.policy().population().elderlyAge());
      }
    });
  }

  @Test
  @DisplayName("a person with no notable facts is in no category, and a reason says so")
  void noFactsNoCategory() {
    qt().forAll(PopulationGenerators.scenarios()).checkAssert(s -> {
      PersonFacts plain = new PersonFacts.Builder().personId(s.facts().personId())
          .birthDate(s.facts().effectiveBirthDate()).age(s.facts().age()).area(s.facts().area())
          .responsibleWorkerId(s.facts().responsibleWorkerId()).checkIns(s.facts().checkIns())
          .testResults(s.facts().testResults()).ruralResident(s.facts().ruralResident()).build();
      Classification c = PopulationClassifier.classify(plain, s.asOf(), s.policy());
      assertThat(c.memberships()).isEmpty();
      assertThat(c.notes()).extracting(Reason::code).containsExactly("core.population.no_notable_facts");
      assertThat(c.toDecision().outcome()).isEmpty();
    });
  }

  @Test
  @DisplayName("'nothing notable' means exactly: not living alone, and no status, dated fact or decision recorded")
  void nothingNotableMeansNoRuleInput() {
    List<String> notable = List.of("socialStatuses", "tenancy", "pregnancy", "coldChainWork", "movements",
        "medicalHistory", "contactExposures", "isolationOrders", "householdLinks", "healthCodes", "overrides");
    // Each example reads the facts back twelve times: fewer examples cover the same ground.
    qt(200).forAll(PopulationGenerators.scenarios()).checkAssert(s -> {
      // The JSON leaves absent values out and keeps empty lists as []; raw personal data so that it reads back.
      ObjectNode json = Json.revealingMapper().valueToTree(s.facts());
      boolean anyNotable = "ALONE".equals(json.path("livingArrangement").asText())
          || notable.stream().anyMatch(f -> json.has(f) && !json.get(f).isEmpty() || json.path(f).isTextual());
      assertThat(s.facts().hasNoNotableFacts()).as("%s", json).isEqualTo(!anyNotable);
      for (String kept : notable) {
        ObjectNode one = json.deepCopy();
        notable.stream().filter(f -> !f.equals(kept)).forEach(one::remove);
        one.remove("livingArrangement");
        boolean keptNotable = one.has(kept) && (!one.get(kept).isEmpty() || one.get(kept).isTextual());
        assertThat(Json.read(one.toString(), PersonFacts.class).hasNoNotableFacts()).as("only %s", kept)
            .isEqualTo(!keptNotable);
      }
    });
  }

  @Test
  @DisplayName("manual decisions win, stand beside the automatic outcome and flag disagreement")
  void manualDecisionsWin() {
    qt().forAll(PopulationGenerators.scenarios()).checkAssert(s -> {
      Classification c = classify(s);
      for (OverrideOutcome o : c.overrides()) {
        Category k = o.manual().category();
        assertThat(c.effectiveCategories().contains(k)).isEqualTo(o.manual().action() == OverrideAction.ADD);
        assertThat(o.automaticallyHeld()).isEqualTo(c.automaticCategories().contains(k));
        assertThat(o.manual().decidedOn()).isBeforeOrEqualTo(s.asOf());
      }
      Set<Category> untouched = EnumSet.allOf(Category.class);
      c.overrides().forEach(o -> untouched.remove(o.manual().category()));
      for (Category k : untouched) {
        assertThat(c.effectiveCategories().contains(k)).isEqualTo(c.automaticCategories().contains(k));
      }
    });
  }

  @Test
  @DisplayName("facts and classifications round-trip through JSON")
  void jsonRoundTrip() {
    qt().forAll(PopulationGenerators.scenarios()).checkAssert(s -> {
      assertThat(Json.read(Json.writeRevealing(s.facts()), PersonFacts.class)).isEqualTo(s.facts());
      Classification c = classify(s);
      assertThat(Json.read(Json.write(c), Classification.class)).isEqualTo(c);
    });
  }

  @Test
  @DisplayName("every reason has a Chinese and an English text with every placeholder filled")
  void reasonsRender() {
    qt().forAll(PopulationGenerators.scenarios()).checkAssert(s -> {
      for (Reason r : classify(s).allReasons()) {
        for (java.util.Locale l : List.of(Messages.ZH, Messages.EN)) {
          assertThat(Messages.hasText(r.code(), l)).as(r.code() + " " + l).isTrue();
          assertThat(r.text(l)).as(r.code()).doesNotContain("{");
        }
      }
    });
  }

  @Test
  @DisplayName("counting a table equals counting the classifications, and partitions add up")
  void countsAddUp() {
    qt(200).forAll(SourceDSL.lists().of(PopulationGenerators.scenarios()).ofSizeBetween(0, 40),
        SourceDSL.integers().between(0, 40)).checkAssert((scenarios, cut) -> {
          if (scenarios.isEmpty()) {
            assertThat(PopulationClassifier.of(org.communityprevention.core.json.NationalBaselines.byId("ed7-2020"))
                .count(ResidentTable.of(List.of()), LocalDate.of(2021, 2, 1))).isEqualTo(CategoryCounts.empty());
            return;
          }
          Policy policy = scenarios.get(0).policy();
          LocalDate asOf = scenarios.get(0).asOf();
          List<PersonFacts> residents = new ArrayList<>();
          scenarios.stream().map(Scenario::facts).filter(f -> PopulationClassifier.checkOn(f, asOf).isEmpty())
              .forEach(residents::add);
          PopulationClassifier classifier = PopulationClassifier.of(policy);
          CategoryCounts counts = classifier.count(ResidentTable.of(residents), asOf);
          assertThat(counts.residents()).isEqualTo(residents.size());
          for (Category k : Category.all()) {
            long expected = residents.stream()
                .filter(f -> classifier.classify(f, asOf).effectiveCategories().contains(k)).count();
            assertThat(counts.of(k)).as(k.name()).isEqualTo(expected);
          }
          int at = Math.min(cut, residents.size());
          CategoryCounts left = classifier.count(ResidentTable.of(residents.subList(0, at)), asOf);
          CategoryCounts right = classifier.count(ResidentTable.of(residents.subList(at, residents.size())), asOf);
          assertThat(left.plus(right)).isEqualTo(counts);
          assertThat(Json.read(Json.write(counts), CategoryCounts.class)).isEqualTo(counts);
        });
  }

  /** The policy with every population plan's phases longer by {@code k} days and wider age and holiday rules. */
  static Policy lengthened(Policy base, int k) {
    ObjectNode tree = Json.revealingMapper().valueToTree(base);
    ObjectNode pop = (ObjectNode) tree.get("population");
    ObjectNode provenance = Json.mapper().createObjectNode();
    pop.properties().forEach(e -> {
      if (e.getValue().has("phases")) {
        for (com.fasterxml.jackson.databind.JsonNode phase : (ArrayNode) e.getValue().get("phases")) {
          ((ObjectNode) phase).put("days", phase.get("days").asInt() + k);
        }
        provenance.putObject("population." + e.getKey()).put("mark", "L").put("source", "test");
      }
    });
    pop.put("adultAge", pop.get("adultAge").asInt() + 1);
    pop.put("leftBehindChildAge", pop.get("leftBehindChildAge").asInt() + 1);
    pop.put("elderlyAge", pop.get("elderlyAge").asInt() - 1);
    pop.put("postpartumDays", pop.get("postpartumDays").asInt() + k);
    ObjectNode window = (ObjectNode) pop.get("holidayWindow");
    window.put("start", LocalDate.parse(window.get("start").asText()).minusDays(k).toString());
    window.put("endExclusive", LocalDate.parse(window.get("endExclusive").asText()).plusDays(k).toString());
    for (String f : List.of("adultAge", "leftBehindChildAge", "elderlyAge", "postpartumDays", "holidayWindow")) {
      provenance.putObject("population." + f).put("mark", "L").put("source", "test");
    }
    ObjectNode layer = Json.mapper().createObjectNode();
    layer.put("id", "44-test").put("version", "1").put("titleZh", "测试").put("titleEn", "Test")
        .put("jurisdiction", "44").put("basedOn", base.id()).put("effectiveFrom", base.effectiveFrom().toString());
    layer.putObject("overrides").set("population", pop);
    layer.set("provenance", provenance);
    return PolicyJson.layer(base, layer.toString());
  }
}
