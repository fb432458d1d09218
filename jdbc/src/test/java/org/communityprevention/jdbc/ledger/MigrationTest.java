package org.communityprevention.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Violations.violations;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the schema comes from the migrations in the jar")
class MigrationTest {
  @Test
  @DisplayName("migrate creates the schema and its tables once (both migrations); a second call applies nothing")
  void migrateTwice() {
    TestDatabase.execute("DROP SCHEMA IF EXISTS it_migration CASCADE");
    JdbcLedger ledger = JdbcLedger.of(TestDatabase.dataSource(), Fixtures.RULES,
        new LedgerSettings.Builder().schema("it_migration").build());

    assertThat(ledger.migrate()).isEqualTo(2);
    assertThat(ledger.migrate()).isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
        + "'it_migration' AND table_name IN ('unit_change', 'daily_report', 'decision_log', 'cp_schema_history')"))
        .isEqualTo(4);
    assertThat(ledger.reportCount()).isZero();
  }

  @Test
  @DisplayName("a ledger on a schema that was never migrated fails with the database's error, not a wrong answer")
  void notMigrated() {
    TestDatabase.execute("DROP SCHEMA IF EXISTS it_missing CASCADE");
    JdbcLedger ledger = JdbcLedger.of(TestDatabase.dataSource(), Fixtures.RULES,
        new LedgerSettings.Builder().schema("it_missing").build());

    LedgerException e = org.assertj.core.api.Assertions.catchThrowableOfType(LedgerException.class,
        ledger::reportCount);
    assertThat(e.sqlState()).isEqualTo("42P01");
  }

  @Test
  @DisplayName("settings are checked: a schema that would need quoting and a chunk size out of range are refused")
  void settingsChecked() {
    assertThat(violations(() -> new LedgerSettings.Builder().schema("Public; DROP").build()))
        .containsExactly("schema " + LedgerSettings.SCHEMA_INVALID);
    assertThat(violations(() -> new LedgerSettings.Builder().chunkSize(0).build()))
        .containsExactly("chunkSize " + LedgerSettings.CHUNK_SIZE);
    assertThat(violations(() -> new LedgerSettings.Builder().retries(-1).lookBackDays(-1).build()))
        .containsExactly("retries " + LedgerSettings.NEGATIVE);
  }
}
