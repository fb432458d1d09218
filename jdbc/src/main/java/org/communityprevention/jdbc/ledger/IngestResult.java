package org.communityprevention.jdbc.ledger;

import java.util.List;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * What one ingest did (入库结果): how many records were read, how many were stored as new rows, how many were already
 * held (duplicates: nothing changed), and which were rejected, each with its zero-based position in the batch and its
 * violations. The counts always add up: {@code stored + duplicates + rejected = read}.
 */
@Value.Immutable
public abstract class IngestResult {
  /** Violation code: the counts do not add up (an internal error, never expected). */
  public static final String COUNTS = "jdbc.ledger.counts_inconsistent";

  /** Records read from the batch. */
  public abstract long read();

  /** Records stored as new rows. */
  public abstract long stored();

  /** Records whose (unit, day, revision, submission id) was already held with the same content. */
  public abstract long duplicates();

  /** The rejected records with their positions and violations, by position. */
  public abstract List<Rejected> rejected();

  /** The number of chunks committed. */
  public abstract int chunks();

  /** Records accepted: stored or already held. */
  public long accepted() {
    return stored() + duplicates();
  }

  /** Whether nothing was rejected. */
  public boolean isClean() {
    return rejected().isEmpty();
  }

  @Value.Check
  void check() {
    if (stored() < 0 || duplicates() < 0 || stored() + duplicates() + rejected().size() != read()) {
      throw ValidationException.of("read", COUNTS, "read", read(), "stored", stored(), "duplicates", duplicates(),
          "rejected", rejected().size());
    }
  }

  /** Builds an {@link IngestResult}. */
  static final class Builder extends ImmutableIngestResult.Builder {}
}
