package org.communityprevention.flink.population;

import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.population.CategoryCounts;
import org.communityprevention.core.population.ledger.PopulationLedger;

/**
 * The key-population ledger of one village (村级重点人群台账) as the batch job emits it: the library's
 * {@link PopulationLedger} (counts, worker lists, unmanaged findings, rejected records by position within the
 * village's records in line order) as JSON, ready for a sink. Personal data is masked in it.
 *
 * @param village the village code
 * @param ledgerJson the ledger, as JSON
 * @param countsJson the ledger's category counts, as JSON (for the roll-up)
 */
public record VillageLedger(long village, String ledgerJson, String countsJson) {
  /** The village. */
  public DivisionCode code() {
    return DivisionCode.ofLong(village);
  }

  /** The library's ledger. */
  public PopulationLedger ledger() {
    return Json.read(ledgerJson, PopulationLedger.class);
  }

  /** The village's category counts. */
  public CategoryCounts counts() {
    return Json.read(countsJson, CategoryCounts.class);
  }
}
