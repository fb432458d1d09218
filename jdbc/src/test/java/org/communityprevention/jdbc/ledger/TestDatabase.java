package org.communityprevention.jdbc.ledger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.communityprevention.reporting.report.ReportingRules;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries that the build resolves as Maven
 * artifacts (no Docker, no system service). Each test class works in a schema of its own.
 */
final class TestDatabase {
  private static EmbeddedPostgres server;
  private static HikariDataSource pool;
  // Held so that the level stays set: Flyway reports every migration at INFO, once per test schema.
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY.setLevel(Level.WARNING);
  }

  private TestDatabase() {}

  static synchronized DataSource dataSource() {
    if (server == null) {
      try {
        // The tests kill connections, never the server, so they need no durability of a crashed server.
        server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      HikariConfig config = new HikariConfig();
      config.setDataSource(server.getPostgresDatabase());
      config.setMaximumPoolSize(8);
      config.setPoolName("ledger-tests");
      pool = new HikariDataSource(config);
      EmbeddedPostgres started = server;
      HikariDataSource startedPool = pool;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        startedPool.close();
        try {
          started.close();
        } catch (IOException e) {
          // The JVM is going away; the server's own postmaster watch stops it too.
        }
      }));
    }
    return pool;
  }

  /** A data source that opens a new connection each time, straight to the server. */
  static DataSource unpooled() {
    dataSource();
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
