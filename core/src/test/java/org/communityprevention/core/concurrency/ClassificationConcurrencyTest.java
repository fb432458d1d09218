package org.communityprevention.core.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Concurrency.assertSameAsSingleThreaded;
import static org.communityprevention.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.testing.Concurrency;
import org.communityprevention.core.testing.PopulationGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One classifier (one policy) shared by {@value Concurrency#TASKS} threads gives exactly the single-threaded
 * classifications, on the hot path (category masks) and explained (full {@code Classification}).
 */
@DisplayName("Population classification shared between threads")
class ClassificationConcurrencyTest {
  private static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  private static final LocalDate DAY = PopulationGenerators.ED7_ANCHOR;

  @Test
  @DisplayName("the hot path gives the same category masks on 8 threads as on one")
  void hotPath() {
    PopulationClassifier classifier = PopulationClassifier.of(ED7);
    qt(1).forAll(residents()).checkAssert(residents -> {
      long calls = assertSameAsSingleThreaded(residents, r ->
          List.of(classifier.automaticMask(r, DAY), classifier.effectiveMask(r, DAY)));
      assertThat(calls).isEqualTo(80_000);
    });
  }

  @Test
  @DisplayName("explained classifications are equal on 8 threads and on one")
  void explained() {
    PopulationClassifier classifier = PopulationClassifier.of(ED7);
    qt(1).forAll(residents()).checkAssert(residents -> {
      long calls = assertSameAsSingleThreaded(residents, r -> classifier.classify(r, DAY));
      assertThat(calls).isEqualTo(80_000);
    });
  }

  private static org.quicktheories.core.Gen<List<PersonFacts>> residents() {
    return lists().of(PopulationGenerators.residents(DAY)).ofSize(500);
  }
}
