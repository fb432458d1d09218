package org.communityprevention.jdbc.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The ledger's way to the database: one transaction per unit of work, tried again after a deadlock. */
final class Database {
  private static final String DEADLOCK = "40P01";
  private static final String SERIALIZATION = "40001";

  private final DataSource dataSource;
  private final String schema;
  private final int retries;

  Database(DataSource dataSource, String schema, int retries) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.retries = retries;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** A table of the ledger, qualified by its schema (a checked identifier, so it needs no quoting). */
  String table(String name) {
    return schema + "." + name;
  }

  /** Work done inside one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs work in one transaction and commits it; on any error rolls back, so nothing of it stays. A deadlock or a
   * serialization failure is tried again up to the retries; other errors become a {@link LedgerException}.
   *
   * @param committed input records committed before this work, for the exception
   */
  <T> T inTransaction(String operation, long committed, Work<T> work) {
    for (int attempt = 0;; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        boolean auto = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        // Read committed lets a writer that waited on another's key see that key's row once it is committed.
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        c.setAutoCommit(false);
        try {
          T out = work.run(c);
          c.commit();
          return out;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(c, e);
          throw e;
        } finally {
          restore(c, auto, isolation);
        }
      } catch (SQLException e) {
        if (attempt < retries && isTransient(e)) {
          continue;
        }
        throw new LedgerException(operation, committed, e);
      }
    }
  }

  private static boolean isTransient(SQLException e) {
    return DEADLOCK.equals(e.getSQLState()) || SERIALIZATION.equals(e.getSQLState());
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      if (!c.isClosed()) {
        c.rollback();
      }
    } catch (SQLException e) {
      // The connection is gone; the server rolls the transaction back itself.
      cause.addSuppressed(e);
    }
  }

  private static void restore(Connection c, boolean auto, int isolation) {
    try {
      if (!c.isClosed()) {
        c.setAutoCommit(auto);
        c.setTransactionIsolation(isolation);
      }
    } catch (SQLException e) {
      // A broken connection is discarded by the pool; nothing to restore.
    }
  }
}
