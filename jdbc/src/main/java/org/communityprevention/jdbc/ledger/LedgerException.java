package org.communityprevention.jdbc.ledger;

import java.sql.SQLException;

/**
 * The database failed under the ledger (台账存储失败): the connection broke, the schema is missing, the server refused
 * a statement. Bad input never raises it (that is a {@link org.communityprevention.core.validation.ValidationException}
 * or a rejected record); a batch that raised it can be sent again whole, since ingest is idempotent.
 *
 * <p>Its message names the operation and the SQL state, never a report's content.
 */
public final class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long committed;

  LedgerException(String operation, long committed, SQLException cause) {
    super(operation + " failed (SQL state " + cause.getSQLState() + "); " + committed
        + " input records were committed before", cause);
    this.committed = committed;
  }

  /**
   * How many input records of the batch were in chunks committed before the failure (they are stored, or were
   * rejected, for good); records from this position on were not stored by this call.
   */
  public long committed() {
    return committed;
  }

  /** The SQL state of the database's error. */
  public String sqlState() {
    return ((SQLException) getCause()).getSQLState();
  }
}
