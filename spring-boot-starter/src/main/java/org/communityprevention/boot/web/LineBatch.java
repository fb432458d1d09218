package org.communityprevention.boot.web;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * A JSON Lines body read into values, each accepted value with its one-based line number, and the rejected lines:
 * those the reader refused and those a later check refuses, so every rejection names its line. Blank lines are
 * skipped and are not records; each line is UTF-8 and nothing else (a line that is not is rejected).
 *
 * @param <T> the record type
 */
final class LineBatch<T> {
  /** A value and the line it came from. */
  record Numbered<T>(long line, T value) {}

  /** Violation code: two different records under one key. */
  static final String CONFLICTING = "boot.web.conflicting_records";

  private final List<Numbered<T>> accepted = new ArrayList<>();
  private final List<Rejected> rejected = new ArrayList<>();
  private long read;
  private long duplicates;

  private LineBatch() {}

  /** Reads every line of a body; a line that does not read is rejected by its number, never dropped. */
  static <T> LineBatch<T> read(InputStream body, Class<T> type, String part) {
    LineBatch<T> batch = new LineBatch<>();
    BodyLines.forEach(body, (number, line) -> {
      if (line.isBlank()) {
        return;
      }
      batch.read++;
      try {
        batch.accepted.add(new Numbered<>(number, Json.read(line, type)));
      } catch (ValidationException e) {
        batch.rejected.add(Rejected.of(number, e.violations()));
      }
    }, (number, violations) -> {
      batch.read++;
      batch.rejected.add(Rejected.of(number, violations));
    });
    return batch;
  }

  /** The identical resends set aside by {@link #dropDuplicates}. */
  long duplicates() {
    return duplicates;
  }

  /**
   * Handles records sent more than once under one key, as the JSON command line does: an identical resend is a
   * duplicate, counted and set aside (the first is kept); records that differ under one key are all rejected, each
   * naming the lines of the others, since which one is right is the sender's call.
   *
   * @param key the record's key (a person id)
   * @param field the field path the violation names
   * @param code the violation code of a conflict; its parameters are {@code occurrences} and {@code lines}
   */
  <K> void dropDuplicates(java.util.function.Function<T, K> key, String field, String code) {
    drop(key, field, code, true);
  }

  /**
   * Sets aside identical resends only; records that differ under one key stay for the operation's own check (the
   * risk fold refuses a second, different record for a day already folded, naming that day).
   */
  <K> void dropIdenticalResends(java.util.function.Function<T, K> key) {
    drop(key, "", "", false);
  }

  private <K> void drop(java.util.function.Function<T, K> key, String field, String code, boolean conflicts) {
    java.util.Map<K, List<Integer>> byKey = new java.util.LinkedHashMap<>();
    for (int i = 0; i < accepted.size(); i++) {
      byKey.computeIfAbsent(key.apply(accepted.get(i).value()), k -> new ArrayList<>()).add(i);
    }
    boolean[] gone = new boolean[accepted.size()];
    for (List<Integer> same : byKey.values()) {
      if (same.size() < 2) {
        continue;
      }
      List<Integer> distinct = new ArrayList<>();
      for (int i : same) {
        if (distinct.stream().anyMatch(j -> accepted.get(j).value().equals(accepted.get(i).value()))) {
          gone[i] = true;
          duplicates++;
        } else {
          distinct.add(i);
        }
      }
      if (conflicts && distinct.size() > 1) {
        for (int i : distinct) {
          String others = distinct.stream().filter(j -> j != i).map(j -> String.valueOf(accepted.get(j).line()))
              .collect(java.util.stream.Collectors.joining(", "));
          rejected.add(Rejected.of(accepted.get(i).line(), List.of(Violation.of(field, code,
              "occurrences", distinct.size(), "lines", others))));
          gone[i] = true;
        }
      }
    }
    for (int i = accepted.size() - 1; i >= 0; i--) {
      if (gone[i]) {
        accepted.remove(i);
      }
    }
  }

  /** The non-blank lines read; accepted + rejected + duplicates always equals it. */
  long read() {
    return read;
  }

  /** The values still accepted, in line order. */
  List<Numbered<T>> accepted() {
    return accepted;
  }

  /** The values still accepted, without their lines. */
  List<T> values() {
    return accepted.stream().map(Numbered::value).toList();
  }

  /**
   * Rejects, by line, the records a batch check over {@link #values()} refused (positions index that list), and
   * drops them from the accepted ones. The index prefix of their fields ({@code [3].birthDate}) is dropped: the line
   * says which record it was.
   */
  void rejectChecked(List<Rejected> refused) {
    if (refused.isEmpty()) {
      return;
    }
    java.util.Set<Integer> gone = new java.util.HashSet<>();
    for (Rejected r : refused) {
      int index = (int) r.position();
      gone.add(index);
      rejected.add(Rejected.of(accepted.get(index).line(), withoutIndex(r.violations())));
    }
    List<Numbered<T>> kept = new ArrayList<>(accepted.size() - gone.size());
    for (int i = 0; i < accepted.size(); i++) {
      if (!gone.contains(i)) {
        kept.add(accepted.get(i));
      }
    }
    accepted.clear();
    accepted.addAll(kept);
  }

  /** Rejects one line after reading. */
  void reject(long line, List<Violation> violations) {
    rejected.add(Rejected.of(line, violations));
  }

  /** Every rejected line so far, by line number. */
  List<Rejected> rejected() {
    List<Rejected> sorted = new ArrayList<>(rejected);
    sorted.sort(Comparator.comparingLong(Rejected::position));
    return sorted;
  }

  private static List<Violation> withoutIndex(List<Violation> violations) {
    List<Violation> out = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      Object[] params = v.params().entrySet().stream()
          .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
      out.add(Violation.of(v.field().replaceFirst("^\\[\\d+]\\.?", ""), v.code(), params));
    }
    return out;
  }
}
