package org.communityprevention.reporting.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.SubmissionOutcome;
import org.immutables.value.Value;

/**
 * The result of reading JSON Lines into a ledger (导入结果): the batch (accepted reports, rejected lines with their
 * violations) and how many accepted reports had each {@link SubmissionOutcome} (first, duplicate, revision,
 * conflict, …).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIngest.class)
@JsonDeserialize(as = ImmutableIngest.class)
public abstract class Ingest {
  /** Accepted reports and rejected lines. */
  public abstract BatchResult<DailyReport> batch();

  /** Accepted reports by what they did to the ledger. */
  public abstract Map<SubmissionOutcome, Long> outcomes();

  /** An ingest result. */
  public static Ingest of(BatchResult<DailyReport> batch, Map<SubmissionOutcome, Long> outcomes) {
    return ImmutableIngest.builder().batch(batch).putAllOutcomes(outcomes).build();
  }
}
