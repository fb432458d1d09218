package org.communityprevention.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.services.json.ServicesJson;

/**
 * JSON Lines read into values, each accepted value with its one-based line number, and the rejected lines: those
 * that are not valid in the input charset, those the reader refused and those a later check refuses, so every
 * rejection names the line it came from. Read = accepted + rejected + duplicates, always.
 *
 * @param <T> the record type
 */
final class LineBatch<T> {
  /** Violation code: two different records under one key. */
  static final String CONFLICTING = "cli.cli.conflicting_records";

  private final long read;
  private final List<T> accepted;
  private final List<Long> lines;
  private final List<Rejected> rejected;
  private long duplicates;

  private LineBatch(InputText text, Class<T> type) {
    BatchResult<T> parsed = ServicesJson.readLines(text.text(), type);
    this.read = parsed.inputCount() + text.rejected().size();
    this.accepted = new ArrayList<>(parsed.accepted());
    this.lines = new ArrayList<>(Cli.acceptedLines(text.text(), parsed.rejected()));
    this.rejected = new ArrayList<>(text.rejected());
    this.rejected.addAll(parsed.rejected());
  }

  /** Reads a file, or standard input for {@code -}, in the input charset. */
  static <T> LineBatch<T> read(String file, Class<T> type) {
    return new LineBatch<>(Cli.lines(file), type);
  }

  /** The non-blank lines read. */
  long read() {
    return read;
  }

  /** The values accepted so far, in line order. */
  List<T> accepted() {
    return accepted;
  }

  /** The line numbers of the accepted values, in order. */
  List<Long> lines() {
    return lines;
  }

  /** The line number of accepted value {@code i}. */
  long line(int i) {
    return lines.get(i);
  }

  /** The identical resends set aside by {@link #dropDuplicates}. */
  long duplicates() {
    return duplicates;
  }

  /**
   * Handles records sent more than once under one key, as every command does: an identical resend is a duplicate,
   * counted and set aside (the first is kept); records that differ under one key are all rejected, each naming the
   * lines of the others, since which one is right is the sender's call.
   *
   * @param key the record's key (a person id, an area and a day)
   * @param field the field path the violation names
   * @param code the violation code of a conflict; its parameters are {@code occurrences} and {@code lines}
   */
  <K> void dropDuplicates(Function<T, K> key, String field, String code) {
    dropDuplicates(key, field, code, true);
  }

  /**
   * Sets aside identical resends only; records that differ under one key stay for the command's own check (the
   * risk fold refuses a second, different record for a day already folded, naming that day).
   */
  <K> void dropIdenticalResends(Function<T, K> key) {
    dropDuplicates(key, "", "", false);
  }

  private <K> void dropDuplicates(Function<T, K> key, String field, String code, boolean rejectConflicts) {
    Map<K, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < accepted.size(); i++) {
      byKey.computeIfAbsent(key.apply(accepted.get(i)), k -> new ArrayList<>()).add(i);
    }
    boolean[] drop = new boolean[accepted.size()];
    for (List<Integer> same : byKey.values()) {
      if (same.size() < 2) {
        continue;
      }
      List<Integer> distinct = new ArrayList<>();
      for (int i : same) {
        if (distinct.stream().anyMatch(j -> accepted.get(j).equals(accepted.get(i)))) {
          drop[i] = true;
          duplicates++;
        } else {
          distinct.add(i);
        }
      }
      if (rejectConflicts && distinct.size() > 1) {
        for (int i : distinct) {
          String others = distinct.stream().filter(j -> j != i).map(j -> String.valueOf(lines.get(j)))
              .collect(Collectors.joining(", "));
          rejected.add(Rejected.of(lines.get(i), List.of(Violation.of(field, code, "occurrences", distinct.size(),
              "others", distinct.size() - 1, "lines", others))));
          drop[i] = true;
        }
      }
    }
    for (int i = accepted.size() - 1; i >= 0; i--) {
      if (drop[i]) {
        accepted.remove(i);
        lines.remove(i);
      }
    }
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
