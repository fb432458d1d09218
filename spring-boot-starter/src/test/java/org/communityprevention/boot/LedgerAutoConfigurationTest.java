package org.communityprevention.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.jdbc.ledger.IngestResult;
import org.communityprevention.jdbc.ledger.JdbcLedger;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.report.DailyReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The durable ledger is a bean when a DataSource is present, on a real PostgreSQL started by the test. */
class LedgerAutoConfigurationTest {
  private static EmbeddedPostgres server;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CommunityPreventionAutoConfiguration.class,
          CommunityPreventionLedgerAutoConfiguration.class))
      .withPropertyValues("community-prevention.policy.baseline=ed7-2020");

  @BeforeAll
  static void start() throws IOException {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  @DisplayName("with a DataSource the ledger is a bean, its schema migrated, and it keeps what it is given")
  void ledgerOnDataSource() {
    runner.withBean(DataSource.class, () -> server.getPostgresDatabase())
        .withPropertyValues("community-prevention.ledger.schema=boot_test", "community-prevention.ledger.chunk-size=2")
        .run(context -> {
          assertThat(context).hasNotFailed();
          JdbcLedger ledger = context.getBean(JdbcLedger.class);
          assertThat(ledger.settings().schema()).isEqualTo("boot_test");
          assertThat(ledger.settings().chunkSize()).isEqualTo(2);
          assertThat(ledger.rules().policy().id()).isEqualTo("ed7-2020");
          DivisionCode village = DivisionCode.parse("440983102201");
          ledger.recordUnitChanges(List.of(UnitChange.opened(village, LocalDate.of(2021, 1, 1), "石门村")));
          List<DailyReport> reports = List.of(
              DailyReport.zero(village, LocalDate.of(2021, 2, 1), "w-1", Instant.parse("2021-02-01T07:00:00Z")),
              DailyReport.zero(village, LocalDate.of(2021, 2, 2), "w-1", Instant.parse("2021-02-02T07:00:00Z")),
              DailyReport.zero(village, LocalDate.of(2021, 2, 3), "w-1", Instant.parse("2021-02-03T07:00:00Z")));
          IngestResult first = ledger.ingestReports(reports);
          assertThat(first.stored()).isEqualTo(3);
          assertThat(first.chunks()).isEqualTo(2);
          IngestResult again = ledger.ingestReports(reports);
          assertThat(again.stored()).isZero();
          assertThat(again.duplicates()).isEqualTo(3);
          assertThat(ledger.reportCount()).isEqualTo(3);
        });
  }

  @Test
  @DisplayName("without a DataSource, or with the ledger switched off, there is no ledger bean")
  void noLedger() {
    runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdbcLedger.class));
    runner.withBean(DataSource.class, () -> server.getPostgresDatabase())
        .withPropertyValues("community-prevention.ledger.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdbcLedger.class));
  }
}
