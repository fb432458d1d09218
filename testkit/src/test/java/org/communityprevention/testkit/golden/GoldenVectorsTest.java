package org.communityprevention.testkit.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.communityprevention.core.isolation.Evacuee;
import org.communityprevention.core.isolation.MassIsolationCheck;
import org.communityprevention.core.isolation.MassIsolationOrder;
import org.communityprevention.core.isolation.Registration;
import org.communityprevention.core.isolation.Trip;
import org.communityprevention.core.isolation.Vehicle;
import org.communityprevention.core.returnee.Returnee;
import org.communityprevention.core.returnee.ReturneeStatus;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.ledger.UnmanagedFinding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Our own build runs every golden vector against the library, and checks that the vectors cover the clauses. */
@DisplayName("Golden vectors")
class GoldenVectorsTest {
  @TestFactory
  @DisplayName("the library passes every vector")
  Stream<DynamicNode> libraryPassesEveryVector() {
    return GoldenVectors.tests(GoldenAdapters.library());
  }

  @Test
  @DisplayName("every clause that docs/clause-coverage.md says is implemented has vectors")
  void everyImplementedClauseIsCovered() throws IOException {
    Set<Clause> implemented = EnumSet.noneOf(Clause.class);
    for (String line : Files.readAllLines(Path.of("..", "docs", "clause-coverage.md"), StandardCharsets.UTF_8)) {
      String[] cells = line.split("\\|");
      if (cells.length > 4 && cells[1].trim().startsWith("§") && !cells[4].trim().startsWith("out of scope")) {
        implemented.add(Clause.ofId(cells[1].trim()));
      }
    }
    assertThat(implemented).hasSizeGreaterThan(25);
    Set<Clause> covered = GoldenVectors.load().stream().flatMap(c -> c.clauses().stream())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Clause.class)));
    assertThat(covered).containsAll(implemented);
  }

  @Test
  @DisplayName("every capability has vectors, and every vector names a known capability")
  void everyCapabilityHasVectors() {
    Set<String> used = GoldenVectors.load().stream().map(GoldenCase::capability)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(used).containsExactlyInAnyOrderElementsOf(
        Stream.of(Capability.values()).map(Capability::id).toList());
  }

  @Test
  @DisplayName("check passes the library, with nothing skipped")
  void checkPassesTheLibrary() {
    List<GoldenResult> results = GoldenVectors.check(GoldenAdapters.library());
    assertThat(results).hasSize(GoldenVectors.load().size())
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(GoldenResult.Status.PASSED));
  }

  @Test
  @DisplayName("capabilities without an adapter are skipped, not failed")
  void missingAdaptersSkip() {
    List<GoldenResult> results = GoldenVectors.check(GoldenAdapters.none());
    assertThat(results).allSatisfy(r -> assertThat(r.status()).isEqualTo(GoldenResult.Status.SKIPPED));
  }

  @Test
  @DisplayName("an integration that classifies on the day before fails the population vectors, naming them")
  void aWrongIntegrationFails() {
    LibraryAdapter library = new LibraryAdapter();
    PopulationAdapter offByOne = new PopulationAdapter() {
      @Override
      public Classification classify(Policy policy, LocalDate date, PersonFacts facts) {
        return library.classify(policy, date.minusDays(1), facts);
      }

      @Override
      public List<UnmanagedFinding> unmanaged(Policy policy, LocalDate date, PersonFacts facts) {
        return library.unmanaged(policy, date.minusDays(1), facts);
      }

      @Override
      public ReturneeStatus returnee(Policy policy, LocalDate date, Returnee returnee) {
        return library.returnee(policy, date.minusDays(1), returnee);
      }

      @Override
      public MassIsolationCheck massIsolation(Policy policy, MassIsolationOrder order, List<Evacuee> residents,
          List<Registration> registrations, List<Vehicle> vehicles, List<Trip> trips) {
        return library.massIsolation(policy, order, residents, registrations, vehicles, trips);
      }
    };
    assertThatThrownBy(() -> GoldenVectors.check(GoldenAdapters.none().withPopulation(offByOne)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("golden vectors failed")
        .hasMessageContaining("close-contact-last-day")
        .hasMessageContaining("memberships[0].dayNumber: expected 21, got 20");
  }
}
