package org.communityprevention.jdbc.ledger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.communityprevention.reporting.report.ReportingRules;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries that the build resolves as Maven
 * artifacts (no Docker, no system service); or, with {@code -Dledger.test.url=jdbc:…}, the vendor's server of that
 * URL (its driver on the test class path). Each test class works in a schema of its own, dropped and made again.
 */
final class TestDatabase {
  /** Set to a JDBC URL (with {@code ledger.test.user}, {@code ledger.test.password}) to run against that server. */
  static final String URL = System.getProperty("ledger.test.url", "");

  private static EmbeddedPostgres server;
  private static HikariDataSource pool;
  private static DataSource direct;
  // Held so that the level stays set: Flyway reports every migration at INFO, once per test schema.
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY.setLevel(Level.WARNING);
  }

  private TestDatabase() {}

  static synchronized DataSource dataSource() {
    if (pool == null) {
      HikariConfig config = new HikariConfig();
      if (URL.isEmpty()) {
        startEmbedded();
        direct = server.getPostgresDatabase();
        config.setDataSource(direct);
      } else {
        config.setJdbcUrl(URL);
        config.setUsername(System.getProperty("ledger.test.user"));
        config.setPassword(System.getProperty("ledger.test.password"));
        direct = new DriverManagerSource(URL, config.getUsername(), config.getPassword());
      }
      config.setMaximumPoolSize(8);
      config.setPoolName("ledger-tests");
      pool = new HikariDataSource(config);
      HikariDataSource startedPool = pool;
      Runtime.getRuntime().addShutdownHook(new Thread(startedPool::close));
    }
    return pool;
  }

  private static void startEmbedded() {
    try {
      // The tests kill connections, never the server, so they need no durability of a crashed server.
      server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
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

  /** A data source that opens a new connection each time, straight to the server. */
  static synchronized DataSource unpooled() {
    dataSource();
    return direct;
  }

  /** Connections from the driver manager, for a server named by URL. */
  private static final class DriverManagerSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;

    DriverManagerSource(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
      return DriverManager.getConnection(url, u, p);
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return FLYWAY.getParent();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
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
