package org.communityprevention.jdbc.ledger;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.immutables.value.Value;

/**
 * A report as it reaches the ledger (报送记录): the report and the id of its submission. The ledger keeps one row per
 * (unit, day, revision, submission id), so sending the same submission again, after a timeout or a crash, never
 * counts it twice.
 *
 * <p>The id is the sender's own (an upload id, a message id) or, by {@link #of(DailyReport)}, a digest of the
 * report's content: then two identical reports are one submission, exactly as the in-memory
 * {@link org.communityprevention.reporting.report.ReportLedger} keeps exact duplicates once. An id is opaque: it
 * must not be a name, an identity number or a phone number.
 */
@Value.Immutable
public abstract class SubmittedReport {
  /** Violation code: an empty or overlong submission id, or one with characters other than printable ASCII. */
  public static final String ID_INVALID = "jdbc.ledger.submission_id_invalid";
  /** The longest submission id accepted. */
  public static final int MAX_ID_LENGTH = 64;

  private static final Pattern ID = Pattern.compile("[\\x21-\\x7E]{1," + MAX_ID_LENGTH + "}");

  /** The submission id. */
  @Value.Parameter
  public abstract String submissionId();

  /** The report. */
  @Value.Parameter
  public abstract DailyReport report();

  @Value.Check
  void check() {
    if (!ID.matcher(submissionId()).matches()) {
      throw ValidationException.of("submissionId", ID_INVALID, "max", MAX_ID_LENGTH);
    }
  }

  /** A submission under the sender's own id. */
  public static SubmittedReport of(String submissionId, DailyReport report) {
    return ImmutableSubmittedReport.of(submissionId, report);
  }

  /** A submission whose id is the digest of the report's content ({@link #contentId}). */
  public static SubmittedReport of(DailyReport report) {
    return ImmutableSubmittedReport.of(contentId(report), report);
  }

  /**
   * The content id of a report: the first 128 bits of the SHA-256 of every field that tells two reports apart, in
   * hex. Equal reports have equal ids; different ones differ but for a 2<sup>-128</sup> chance.
   */
  public static String contentId(DailyReport r) {
    Hasher h = Hashing.sha256().newHasher()
        .putLong(r.unit().asLong())
        .putLong(r.day().toEpochDay())
        .putInt(r.revision())
        .putLong(r.filedAt().getEpochSecond())
        .putInt(r.filedAt().getNano())
        .putBoolean(r.urgent())
        .putInt(r.filerId().length())
        .putString(r.filerId(), StandardCharsets.UTF_8);
    if (r.content() instanceof ReportFigures) {
      h.putBoolean(true);
      ReportFigures f = (ReportFigures) r.content();
      for (int c : f.counts()) {
        h.putInt(c);
      }
      // The optional §2.3 groups only when one is collected, so the id of a report without them is unchanged.
      int[] optional = f.optionalCounts();
      if (java.util.Arrays.stream(optional).anyMatch(c -> c != ReportFigures.NOT_COLLECTED)) {
        h.putBoolean(true);
        for (int c : optional) {
          h.putInt(c);
        }
      }
    } else {
      h.putBoolean(false);
    }
    byte[] digest = h.hash().asBytes();
    return com.google.common.io.BaseEncoding.base16().lowerCase().encode(digest, 0, 16);
  }
}
