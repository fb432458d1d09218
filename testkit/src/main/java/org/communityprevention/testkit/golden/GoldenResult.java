package org.communityprevention.testkit.golden;

/**
 * The result of one golden vector against a set of adapters.
 *
 * @param golden the case
 * @param status passed, failed, or skipped (no adapter for its capability)
 * @param message why it failed or was skipped; empty when it passed
 */
public record GoldenResult(GoldenCase golden, Status status, String message) {
  /** What happened. */
  public enum Status {
    /** The answer holds everything the case expects. */
    PASSED,
    /** The answer differs, or the input was refused when an answer was expected (or the reverse). */
    FAILED,
    /** No adapter answers the case's capability. */
    SKIPPED
  }
}
