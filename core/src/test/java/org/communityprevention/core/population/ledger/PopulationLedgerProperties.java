package org.communityprevention.core.population.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.ContactLinks;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ResidentTable;
import org.communityprevention.core.testing.PopulationGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

@DisplayName("A village's key-population ledger: invariants")
class PopulationLedgerProperties {
  private static final LocalDate ANCHOR = PopulationGenerators.ED7_ANCHOR;
  private static final Policy ED7 = NationalBaselines.byId("ed7-2020");

  private static Gen<List<PersonFacts>> villages() {
    return SourceDSL.lists().of(PopulationGenerators.residents(ANCHOR)).ofSizeBetween(0, 30);
  }

  @Test
  @DisplayName("the ledger does not depend on the order of the residents, and its counts match the hot path")
  void orderIndependentAndConsistent() {
    qt(300).forAll(villages(), SourceDSL.integers().between(-20, 20), SourceDSL.longs().all())
        .checkAssert((village, shift, seed) -> {
          LocalDate asOf = ANCHOR.plusDays(shift);
          PopulationClassifier classifier = PopulationClassifier.of(ED7);
          PopulationLedger l = PopulationLedger.of(classifier, village, asOf);
          List<PersonFacts> shuffled = new ArrayList<>(village);
          Collections.shuffle(shuffled, new Random(seed));
          PopulationLedger s = PopulationLedger.of(classifier, shuffled, asOf);
          assertThat(s.counts()).isEqualTo(l.counts());
          assertThat(s.toSurvey()).isEqualTo(l.toSurvey());
          assertThat(s.underManagement()).isEqualTo(l.underManagement());
          assertThat(s.testsDueToday()).isEqualTo(l.testsDueToday());
          assertThat(s.windowsEndingToday()).isEqualTo(l.windowsEndingToday());
          assertThat(s.unmanaged()).isEqualTo(l.unmanaged());
          assertThat(s.caseReferrals()).isEqualTo(l.caseReferrals());
          assertThat(s.rejected()).hasSameSizeAs(l.rejected());
          List<PersonFacts> accepted = ContactLinks.resolve(PopulationClassifier.admit(village, asOf).accepted(),
              ED7.population());
          assertThat(classifier.count(ResidentTable.of(accepted), asOf)).isEqualTo(l.counts());
          assertThat(l.counts().residents() + l.rejected().size()).isEqualTo(village.size());
          assertThat(Json.read(Json.write(l), PopulationLedger.class)).isEqualTo(l);
        });
  }

  @Test
  @DisplayName("§2.3 every finding is about a managed person, names a missing worker exactly when there is none, "
      + "and lists only past days")
  void findingsAreSound() {
    qt().forAll(PopulationGenerators.scenarios()).checkAssert(s -> {
      Classification c = PopulationClassifier.classify(s.facts(), s.asOf(), s.policy());
      List<UnmanagedFinding> findings = Oversight.findings(s.facts(), c, s.policy());
      boolean managed = c.effectiveCategories().stream().anyMatch(k -> k.track().isManaged());
      if (!managed) {
        assertThat(findings).isEmpty();
      }
      assertThat(findings.stream().anyMatch(f -> f.kind() == FindingKind.NO_RESPONSIBLE_WORKER))
          .isEqualTo(managed && s.facts().responsibleWorkerId().isEmpty());
      for (UnmanagedFinding f : findings) {
        assertThat(f.categories()).isNotEmpty().allMatch(k -> k.track().isManaged())
            .allMatch(c.effectiveCategories()::contains);
        assertThat(f.days()).allMatch(d -> d.isBefore(s.asOf()));
        if (f.kind() == FindingKind.MISSED_CHECK_IN) {
          assertThat(f.days()).isNotEmpty().noneMatch(s.facts().checkIns()::contains);
        }
        assertThat(f.reason().clauses()).containsExactly(org.communityprevention.core.clause.Clause.S2_3);
      }
    });
  }
}
