package org.communityprevention.flink.reporting;

import java.time.LocalDate;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.reporting.signal.UnitDayFacts;

/**
 * The caller's facts about a unit on a day (已掌握情况) in flat form, with the line they came from; {@link #toFacts()}
 * gives back the library's {@link UnitDayFacts}.
 *
 * @param source the source of the line
 * @param line the 1-based line number in the source
 * @param unit the unit code
 * @param epochDay the day, as days since 1970-01-01
 * @param activeCases known active cases
 * @param closeContacts known close contacts under management
 * @param homeIsolation known people under home isolation
 * @param centralisedIsolation known people under centralised isolation
 * @param healthMonitoring known people under health monitoring
 */
public record FactsEvent(String source, long line, long unit, long epochDay, int activeCases, int closeContacts,
    int homeIsolation, int centralisedIsolation, int healthMonitoring) {

  /** The event of facts read from a line. */
  public static FactsEvent of(String source, long line, UnitDayFacts f) {
    return new FactsEvent(source, line, f.unit().asLong(), f.day().toEpochDay(), f.activeCases(),
        f.closeContacts(), f.homeIsolation(), f.centralisedIsolation(), f.healthMonitoring());
  }

  /** The library's facts. */
  public UnitDayFacts toFacts() {
    return new UnitDayFacts.Builder().unit(DivisionCode.ofLong(unit)).day(LocalDate.ofEpochDay(epochDay))
        .activeCases(activeCases).closeContacts(closeContacts).homeIsolation(homeIsolation)
        .centralisedIsolation(centralisedIsolation).healthMonitoring(healthMonitoring).build();
  }
}
