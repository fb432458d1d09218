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
 * @param newCases cases newly known that day
 * @param newSuspectedCases suspected cases newly known that day
 * @param newCloseContacts close contacts newly known that day
 * @param newIsolationOrders isolation orders newly given that day
 * @param newArrivalsFromRiskAreas arrivals from medium- or high-risk areas newly known that day
 * @param abnormalFindings abnormal findings (fever) among the monitored that day
 */
public record FactsEvent(String source, long line, long unit, long epochDay, int activeCases, int closeContacts,
    int homeIsolation, int centralisedIsolation, int healthMonitoring, int newCases, int newSuspectedCases,
    int newCloseContacts, int newIsolationOrders, int newArrivalsFromRiskAreas, int abnormalFindings) {

  /** The event of facts read from a line. */
  public static FactsEvent of(String source, long line, UnitDayFacts f) {
    return new FactsEvent(source, line, f.unit().asLong(), f.day().toEpochDay(), f.activeCases(),
        f.closeContacts(), f.homeIsolation(), f.centralisedIsolation(), f.healthMonitoring(), f.newCases(),
        f.newSuspectedCases(), f.newCloseContacts(), f.newIsolationOrders(), f.newArrivalsFromRiskAreas(),
        f.abnormalFindings());
  }

  /** The library's facts. */
  public UnitDayFacts toFacts() {
    return new UnitDayFacts.Builder().unit(DivisionCode.ofLong(unit)).day(LocalDate.ofEpochDay(epochDay))
        .activeCases(activeCases).closeContacts(closeContacts).homeIsolation(homeIsolation)
        .centralisedIsolation(centralisedIsolation).healthMonitoring(healthMonitoring).newCases(newCases)
        .newSuspectedCases(newSuspectedCases).newCloseContacts(newCloseContacts).newIsolationOrders(newIsolationOrders)
        .newArrivalsFromRiskAreas(newArrivalsFromRiskAreas).abnormalFindings(abnormalFindings).build();
  }
}
