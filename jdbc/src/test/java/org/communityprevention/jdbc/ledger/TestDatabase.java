package org.communityprevention.jdbc.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.communityprevention.reporting.report.ReportingRules;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries that the build resolves as Maven
 * artifacts (no Docker, no system service). Each test class works in a schema of its own.
 */
final class TestDatabase {
  private static EmbeddedPostgres server;

  private TestDatabase() {}

  static synchronized DataSource dataSource() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // The JVM is going away; the server's own postmaster watch stops it too.
        }
      }));
    }
    return server.getPostgresDatabase();
  }

  /** A ledger in an empty schema of its own, migrated. */
  static JdbcLedger freshLedger(String schema, ReportingRules rules) {
    return freshLedger(new LedgerSettings.Builder().schema(schema).build(), rules);
  }

  static JdbcLedger freshLedger(LedgerSettings settings, ReportingRules rules) {
    execute("DROP SCHEMA IF EXISTS " + settings.schema() + " CASCADE");
    JdbcLedger ledger = JdbcLedger.of(dataSource(), rules, settings);
    ledger.migrate();
    return ledger;
  }

  static void execute(String sql) {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static long count(String sql) {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
