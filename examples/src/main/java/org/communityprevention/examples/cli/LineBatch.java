package org.communityprevention.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.services.json.ServicesJson;

/**
 * JSON Lines read into values, each accepted value with its one-based line number, and the rejected lines: those
 * the reader refused and those a later check refuses, so every rejection names the line it came from.
 *
 * @param <T> the record type
 */
final class LineBatch<T> {
  private final BatchResult<T> parsed;
  private final List<Long> lines;
  private final List<Rejected> rejected;

  private LineBatch(String text, Class<T> type) {
    this.parsed = ServicesJson.readLines(text, type);
    this.lines = Cli.acceptedLines(text, parsed.rejected());
    this.rejected = new ArrayList<>(parsed.rejected());
  }

  /** Reads a file, or standard input for {@code -}. */
  static <T> LineBatch<T> read(String file, Class<T> type) {
    return new LineBatch<>(Cli.read(file), type);
  }

  /** The non-blank lines read. */
  long read() {
    return parsed.inputCount();
  }

  /** The values the reader accepted, in line order. */
  List<T> accepted() {
    return parsed.accepted();
  }

  /** The line numbers of the accepted values, in order. */
  List<Long> lines() {
    return lines;
  }

  /** The line number of accepted value {@code i}. */
  long line(int i) {
    return lines.get(i);
  }

  /** Rejects the line of accepted value {@code i}. */
  void reject(int i, List<Violation> violations) {
    rejectLine(line(i), violations);
  }

  /** Rejects a line by its number. */
  void rejectLine(long line, List<Violation> violations) {
    rejected.add(Rejected.of(line, violations));
  }

  /**
   * Rejects, by line, the records a later batch check refused: their positions index the list that was checked,
   * whose line numbers are {@code checkedLines}; the index prefix of the fields is dropped
   * ({@link Cli#withoutIndex}).
   */
  void rejectChecked(List<Rejected> refused, List<Long> checkedLines) {
    for (Rejected r : refused) {
      rejectLine(checkedLines.get((int) r.position()), Cli.withoutIndex(r.violations()));
    }
  }

  /** Every rejected line so far. */
  List<Rejected> rejected() {
    return rejected;
  }
}
