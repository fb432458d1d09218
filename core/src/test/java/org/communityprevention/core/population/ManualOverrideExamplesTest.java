package org.communityprevention.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityprevention.core.population.Examples.ED7;
import static org.communityprevention.core.population.Examples.d;
import static org.communityprevention.core.population.Examples.person;

import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Manual decisions beside the automatic outcome")
class ManualOverrideExamplesTest {
  private static final PersonFacts CONTACT = person()
      .addContactExposures(ContactExposure.close(d("2021-02-01"))).build();

  @Test
  @DisplayName("a worker's removal wins over the rules and is flagged as a disagreement")
  void removalWins() {
    PersonFacts f = person().from(CONTACT).addOverrides(ManualOverride.of(Category.CLOSE_CONTACT,
        OverrideAction.REMOVE, d("2021-02-03"), "W-7", "contact was wearing protection; CDC review")).build();
    Classification before = PopulationClassifier.classify(f, d("2021-02-02"), ED7);
    assertThat(before.overrides()).isEmpty();
    assertThat(before.effectiveCategories()).containsExactly(Category.CLOSE_CONTACT);
    Classification c = PopulationClassifier.classify(f, d("2021-02-03"), ED7);
    assertThat(c.automaticCategories()).containsExactly(Category.CLOSE_CONTACT);
    assertThat(c.effectiveCategories()).isEmpty();
    assertThat(c.hasDisagreement()).isTrue();
    assertThat(c.overrides()).hasSize(1);
    assertThat(c.overrides().get(0).automaticallyHeld()).isTrue();
    assertThat(c.overrides().get(0).disagrees()).isTrue();
    Reason note = c.notes().get(c.notes().size() - 1);
    assertThat(note.text(Messages.EN))
        .isEqualTo("worker W-7 removed close contact on 2021-02-03; the rules put the person in it");
    assertThat(note.facts()).doesNotContainValue("contact was wearing protection; CDC review");
    assertThat(PopulationClassifier.of(ED7).effectiveMask(f, d("2021-02-03"))).isZero();
  }

  @Test
  @DisplayName("a worker's addition the rules agree with is no disagreement; one they do not agree with is")
  void additions() {
    PersonFacts agree = person().from(CONTACT).addOverrides(ManualOverride.of(Category.CLOSE_CONTACT,
        OverrideAction.ADD, d("2021-02-01"), "W-7", "confirmed by CDC")).build();
    assertThat(PopulationClassifier.classify(agree, d("2021-02-02"), ED7).hasDisagreement()).isFalse();
    PersonFacts disagree = person().addOverrides(ManualOverride.of(Category.PERSON_WITH_DISABILITY,
        OverrideAction.ADD, d("2021-02-01"), "W-7", "certificate seen at the visit")).build();
    Classification c = PopulationClassifier.classify(disagree, d("2021-02-02"), ED7);
    assertThat(c.memberships()).isEmpty();
    assertThat(c.effectiveCategories()).containsExactly(Category.PERSON_WITH_DISABILITY);
    assertThat(c.hasDisagreement()).isTrue();
    assertThat(c.toDecision().outcome()).containsExactly(Category.PERSON_WITH_DISABILITY);
  }

  @Test
  @DisplayName("the later manual decision on a category replaces the earlier one")
  void laterDecisionWins() {
    PersonFacts f = person().from(CONTACT)
        .addOverrides(ManualOverride.of(Category.CLOSE_CONTACT, OverrideAction.ADD, d("2021-02-05"), "W-2", "again"))
        .addOverrides(ManualOverride.of(Category.CLOSE_CONTACT, OverrideAction.REMOVE, d("2021-02-02"), "W-1", "no"))
        .build();
    assertThat(PopulationClassifier.classify(f, d("2021-02-03"), ED7).effectiveCategories()).isEmpty();
    assertThat(PopulationClassifier.classify(f, d("2021-02-05"), ED7).effectiveCategories())
        .containsExactly(Category.CLOSE_CONTACT);
  }

  @Test
  @DisplayName("two contradicting decisions on the same category and day are refused")
  void sameDayConflict() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> person()
        .addOverrides(ManualOverride.of(Category.TENANT, OverrideAction.ADD, d("2021-02-05"), "W-2", "yes"))
        .addOverrides(ManualOverride.of(Category.TENANT, OverrideAction.REMOVE, d("2021-02-05"), "W-3", "no"))
        .build());
    assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
        .containsExactly("overrides[1] core.population.override_conflict");
  }

  @Test
  @DisplayName("the JSON carries the effective categories and the disagreement flag, and refuses inconsistent ones")
  void jsonFlags() {
    PersonFacts f = person().from(CONTACT).addOverrides(ManualOverride.of(Category.CLOSE_CONTACT,
        OverrideAction.REMOVE, d("2021-02-03"), "W-7", "CDC review")).build();
    String json = org.communityprevention.core.json.Json.write(PopulationClassifier.classify(f, d("2021-02-03"), ED7));
    assertThat(json).contains("\"effectiveCategories\":[]").contains("\"disagreement\":true")
        .contains("\"disagrees\":true");
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> org.communityprevention.core.json
        .Json.read(json.replace("\"disagreement\":true", "\"disagreement\":false"), Classification.class));
    assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
        .containsExactly("disagreement core.population.inconsistent_flag");
  }

  @Test
  @DisplayName("every manual decision counts on the hot path, not only the last one recorded")
  void severalDecisionsOnTheHotPath() {
    PersonFacts f = person().addOverrides(
        ManualOverride.of(Category.ELDERLY_LIVING_ALONE, OverrideAction.ADD, d("2021-02-02"), "W-1", "visit"),
        ManualOverride.of(Category.CLOSE_CONTACT, OverrideAction.ADD, d("2021-02-02"), "W-1", "CDC list"),
        ManualOverride.of(Category.TENANT, OverrideAction.ADD, d("2021-02-01"), "W-2", "lease seen")).build();
    PopulationClassifier classifier = PopulationClassifier.of(ED7);
    long expected = Category.ELDERLY_LIVING_ALONE.bit() | Category.CLOSE_CONTACT.bit() | Category.TENANT.bit();
    assertThat(classifier.effectiveMask(f, d("2021-02-02"))).isEqualTo(expected);
    assertThat(classifier.on(d("2021-02-02")).effectiveMask(f)).isEqualTo(expected);
    assertThat(classifier.classify(f, d("2021-02-02")).effectiveCategories())
        .containsExactly(Category.ELDERLY_LIVING_ALONE, Category.TENANT, Category.CLOSE_CONTACT);
    assertThat(classifier.effectiveMask(f, d("2021-02-01"))).isEqualTo(Category.TENANT.bit());
  }
}
