package org.communityprevention.flink.population;

import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.population.CategoryCounts;

/**
 * The key-population counts of one division node (各级重点人群统计): village, township, county, prefecture or
 * province, as JSON of the library's {@link CategoryCounts}.
 *
 * @param division the node's code
 * @param countsJson the counts, as JSON
 */
public record DivisionCategoryCounts(long division, String countsJson) {
  /** The node. */
  public DivisionCode code() {
    return DivisionCode.ofLong(division);
  }

  /** The node's level. */
  public DivisionLevel level() {
    return code().level();
  }

  /** The library's counts. */
  public CategoryCounts counts() {
    return Json.read(countsJson, CategoryCounts.class);
  }

  /** The counts of two parts of one node's residents together ({@link CategoryCounts#plus}). */
  public DivisionCategoryCounts plus(DivisionCategoryCounts other) {
    return new DivisionCategoryCounts(division, Json.write(counts().plus(other.counts())));
  }
}
