package org.communityprevention.jdbc.ledger;

import java.util.regex.Pattern;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * How a {@link JdbcLedger} uses its database (台账设置): the schema that holds its tables, the size of the chunks a
 * batch is written in, and how often a chunk that lost a deadlock is tried again.
 *
 * <p>Every value has a default; {@code LedgerSettings.defaults()} is what {@link JdbcLedger#of(javax.sql.DataSource,
 * org.communityprevention.reporting.report.ReportingRules)} uses.
 */
@Value.Immutable
public abstract class LedgerSettings {
  /** Violation code: a schema name that is not a plain lower-case SQL identifier. */
  public static final String SCHEMA_INVALID = "jdbc.ledger.schema_invalid";
  /** Violation code: a chunk size outside 1–50,000. */
  public static final String CHUNK_SIZE = "jdbc.ledger.chunk_size";
  /** Violation code: a negative number of retries or of look-back days. */
  public static final String NEGATIVE = "jdbc.ledger.negative_setting";

  /** The default schema. */
  public static final String DEFAULT_SCHEMA = "community_prevention";
  /** The default chunk size: large enough to amortise a round trip, small enough to keep a transaction short. */
  public static final int DEFAULT_CHUNK_SIZE = 5_000;
  /** The largest chunk accepted (one statement carries a chunk as arrays). */
  public static final int MAX_CHUNK_SIZE = 50_000;

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /**
   * The schema that holds the ledger's tables and its migration history ({@code cp_schema_history}); created by
   * {@link JdbcLedger#migrate()} if missing. A plain lower-case identifier, so it never needs quoting.
   */
  @Value.Default
  public String schema() {
    return DEFAULT_SCHEMA;
  }

  /** Reports per transaction: a batch is written in chunks of this size, each committed or not at all. */
  @Value.Default
  public int chunkSize() {
    return DEFAULT_CHUNK_SIZE;
  }

  /**
   * How often a chunk is tried again after the database chose it as a deadlock victim or refused it as a
   * serialization failure (SQL states {@code 40P01}, {@code 40001}); other errors are not retried.
   */
  @Value.Default
  public int retries() {
    return 3;
  }

  /**
   * Days before a window whose reports {@link JdbcLedger#signals} also reads, so that the cumulative check sees the
   * unit's previous figures (a default, not a rule of the notice).
   */
  @Value.Default
  public int lookBackDays() {
    return 30;
  }

  @Value.Check
  void check() {
    if (!IDENTIFIER.matcher(schema()).matches()) {
      throw ValidationException.of("schema", SCHEMA_INVALID, "pattern", IDENTIFIER.pattern());
    }
    if (chunkSize() < 1 || chunkSize() > MAX_CHUNK_SIZE) {
      throw ValidationException.of("chunkSize", CHUNK_SIZE, "max", MAX_CHUNK_SIZE);
    }
    if (retries() < 0) {
      throw ValidationException.of("retries", NEGATIVE);
    }
    if (lookBackDays() < 0) {
      throw ValidationException.of("lookBackDays", NEGATIVE);
    }
  }

  /** The defaults. */
  public static LedgerSettings defaults() {
    return new Builder().build();
  }

  /** Builds {@link LedgerSettings}. */
  public static final class Builder extends ImmutableLedgerSettings.Builder {}
}
