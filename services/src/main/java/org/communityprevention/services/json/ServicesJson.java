package org.communityprevention.services.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.eligibility.Resident;

/**
 * Reads the services module's inputs from JSON. Reading is strict (see {@code docs/json.md}): an unknown field, a
 * wrong type or an invalid value rejects the record with the JSON path and a stable code, never the value.
 */
public final class ServicesJson {
  private ServicesJson() {}

  /**
   * Reads resident records, one JSON object per line (JSON Lines). Blank lines are skipped and are not records; a
   * rejected record's position is its one-based line number.
   */
  public static BatchResult<Resident> readResidents(String jsonLines) {
    return readLines(jsonLines, Resident.class);
  }

  /** Reads one value of a type per non-blank line; a rejected line's position is its one-based line number. */
  public static <T> BatchResult<T> readLines(String jsonLines, Class<T> type) {
    ImmutableList.Builder<T> ok = ImmutableList.builder();
    ImmutableList.Builder<Rejected> bad = ImmutableList.builder();
    List<String> lines = jsonLines.lines().collect(ImmutableList.toImmutableList());
    long records = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      records++;
      try {
        ok.add(Json.read(line, type));
      } catch (ValidationException e) {
        bad.add(Rejected.of(i + 1, e.violations()));
      }
    }
    return BatchResult.of(records, ok.build(), bad.build());
  }
}
