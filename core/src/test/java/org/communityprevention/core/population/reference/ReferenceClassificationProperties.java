package org.communityprevention.core.population.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.ManualOverride;
import org.communityprevention.core.population.OverrideAction;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.testing.PopulationGenerators;
import org.communityprevention.core.testing.PopulationGenerators.Scenario;
import org.communityprevention.core.testing.Theories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link PopulationClassifier} against {@link ReferenceClassification} on random residents, days and shipped
 * baselines: the hot-path masks and the explained categories equal the table's. 10,000 residents by default;
 * {@code -DQT_EXAMPLES} above 10,000 runs that many, below 1,000 ten times it.
 */
@DisplayName("§2.2–§2.5, §5.3, §5.4 classification matches a plain table of conditions")
class ReferenceClassificationProperties {
  @Test
  @DisplayName("the hot-path masks and the explained categories equal the table's, before and after manual decisions")
  void classifierMatchesTable() {
    Theories.reference().forAll(withDecisions()).checkAssert(this::agrees);
  }

  /**
   * The generators' scenarios, a third of them with up to four more manual decisions on a few categories around the
   * as-of day (never two contradicting ones on one category and day), so that a later decision has to win.
   */
  static Gen<Scenario> withDecisions() {
    return in -> {
      Scenario s = PopulationGenerators.scenarios().generate(in);
      int extra = Generate.range(-8, 4).generate(in);
      if (extra <= 0) {
        return s;
      }
      Set<String> used = new HashSet<>();
      s.facts().overrides().forEach(o -> used.add(o.category() + "@" + o.decidedOn()));
      PersonFacts.Builder b = new PersonFacts.Builder().from(s.facts());
      for (int i = 0; i < extra; i++) {
        Category c = DECIDED.get(Generate.range(0, DECIDED.size() - 1).generate(in));
        LocalDate day = s.asOf().plusDays(Generate.range(-6, 2).generate(in));
        if (used.add(c + "@" + day)) {
          b.addOverrides(ManualOverride.of(c, OverrideAction.values()[Generate.range(0, 1).generate(in)], day,
              "W" + i, "worker's judgement"));
        }
      }
      return new Scenario(b.build(), s.asOf(), s.policy());
    };
  }

  private static final List<Category> DECIDED = List.of(Category.CLOSE_CONTACT, Category.TENANT,
      Category.HEALTH_CODE_YELLOW);

  private void agrees(Scenario s) {
    PopulationClassifier classifier = PopulationClassifier.of(s.policy());
    var automatic = ReferenceClassification.automatic(s.facts(), s.asOf(), s.policy());
    var effective = ReferenceClassification.effective(s.facts(), s.asOf(), s.policy());
    assertThat(Category.setOf(classifier.automaticMask(s.facts(), s.asOf()))).as("automatic mask")
        .isEqualTo(automatic);
    assertThat(Category.setOf(classifier.effectiveMask(s.facts(), s.asOf()))).as("effective mask")
        .isEqualTo(effective);
    Classification c = classifier.classify(s.facts(), s.asOf());
    assertThat(c.automaticCategories()).as("explained automatic").isEqualTo(automatic);
    assertThat(c.effectiveCategories()).as("explained effective").isEqualTo(effective);
  }
}
