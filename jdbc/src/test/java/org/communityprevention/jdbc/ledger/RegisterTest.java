package org.communityprevention.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Violations.violations;
import static org.communityprevention.jdbc.ledger.Fixtures.A;
import static org.communityprevention.jdbc.ledger.Fixtures.C;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the unit register over time")
class RegisterTest {
  private JdbcLedger ledger;

  @BeforeEach
  void freshSchema() {
    ledger = TestDatabase.freshLedger("it_register", Fixtures.RULES);
  }

  @Test
  @DisplayName("the stored changes give back the register, names and merges over time included")
  void roundTrip() {
    assertThat(ledger.recordUnitChanges(Fixtures.CHANGES)).isEqualTo(4);
    UnitChange renamed = UnitChange.renamed(A, LocalDate.of(2021, 3, 1), "东风村");
    assertThat(ledger.recordUnitChanges(List.of(renamed))).isEqualTo(1);

    UnitRegistry stored = ledger.registry();
    assertThat(stored).isEqualTo(UnitRegistry.of(List.of(Fixtures.CHANGES.get(0), Fixtures.CHANGES.get(1),
        Fixtures.CHANGES.get(2), Fixtures.CHANGES.get(3), renamed)));
    assertThat(stored.get(A).orElseThrow().nameOn(LocalDate.of(2021, 3, 1))).isEqualTo("东风村");
    assertThat(stored.successorOn(C, LocalDate.of(2021, 2, 3))).contains(A);
    assertThat(stored.isExpected(C, LocalDate.of(2021, 2, 2))).isTrue();
    assertThat(stored.isExpected(C, LocalDate.of(2021, 2, 3))).isFalse();
  }

  @Test
  @DisplayName("changes sent again are skipped")
  void idempotent() {
    ledger.recordUnitChanges(Fixtures.CHANGES);
    assertThat(ledger.recordUnitChanges(Fixtures.CHANGES)).isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM it_register.unit_change")).isEqualTo(4);
  }

  @Test
  @DisplayName("changes that do not form a valid register with the stored ones are refused whole")
  void refusedWhole() {
    ledger.recordUnitChanges(Fixtures.CHANGES);
    UnitChange reopened = UnitChange.opened(C, LocalDate.of(2021, 3, 1), "南村");
    UnitChange renamed = UnitChange.renamed(A, LocalDate.of(2021, 3, 1), "东风村");

    assertThat(violations(() -> ledger.recordUnitChanges(List.of(renamed, reopened))))
        .singleElement().asString().endsWith(" " + UnitRegistry.CODE_REUSED);
    assertThat(TestDatabase.count("SELECT count(*) FROM it_register.unit_change")).isEqualTo(4);
    assertThat(ledger.registry()).isEqualTo(UnitRegistry.of(Fixtures.CHANGES));
  }
}
