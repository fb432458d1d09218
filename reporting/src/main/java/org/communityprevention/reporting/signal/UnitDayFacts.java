package org.communityprevention.reporting.signal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * What the caller already knows about a unit on a day (已掌握情况), from its own classification or case records.
 * Two kinds of count: the people under management that day (active cases, close contacts, home or centralised
 * isolation, health monitoring), and the day's new events (new cases and suspected cases, new close contacts, new
 * isolation orders, new arrivals from medium- or high-risk areas, abnormal findings among the monitored). Only new
 * events contradict a zero report (零报告: nothing new to report today); people already under management are checked
 * against a report's figures. The library takes these as plain counts, so any classification system can supply
 * them. The new-event counts default to 0, so facts written before they existed still read.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitDayFacts.class)
@JsonDeserialize(as = ImmutableUnitDayFacts.class)
public abstract class UnitDayFacts {
  /** Violation code: a negative count. */
  public static final String NEGATIVE_COUNT = "reporting.signal.negative_count";
  /** Violation code: the unit is not a village or community. */
  public static final String NOT_A_VILLAGE = "reporting.signal.not_a_village";

  /** The unit. */
  public abstract DivisionCode unit();

  /** The day. */
  public abstract LocalDate day();

  /** Known active cases, confirmed or asymptomatic, of the unit (现有病例/感染者). */
  public abstract int activeCases();

  /** Known close contacts under management (在管密切接触者). */
  public abstract int closeContacts();

  /** Known people under home isolation medical observation (居家隔离医学观察). */
  public abstract int homeIsolation();

  /** Known people under centralised isolation medical observation (集中隔离医学观察). */
  public abstract int centralisedIsolation();

  /** Known people under health monitoring (健康监测). */
  public abstract int healthMonitoring();

  /** New cases known for the day, confirmed or asymptomatic (当日新增病例、感染者). */
  @Value.Default
  public int newCases() {
    return 0;
  }

  /** New suspected cases known for the day (当日新增疑似病例). */
  @Value.Default
  public int newSuspectedCases() {
    return 0;
  }

  /** New close contacts known for the day (当日新增密切接触者). */
  @Value.Default
  public int newCloseContacts() {
    return 0;
  }

  /** Isolation orders issued that day (当日新下达隔离医学观察). */
  @Value.Default
  public int newIsolationOrders() {
    return 0;
  }

  /** New arrivals that day from medium- or high-risk areas (当日新到达的中高风险地区来人). */
  @Value.Default
  public int newArrivalsFromRiskAreas() {
    return 0;
  }

  /** Abnormal findings that day among people under health monitoring, such as fever (健康监测发现异常). */
  @Value.Default
  public int abnormalFindings() {
    return 0;
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (unit().level() != DivisionLevel.VILLAGE) {
      problems.add(Violation.of("unit", NOT_A_VILLAGE, "level", unit().level().code(),
          "levelZh", unit().level().chinese()));
    }
    String[] names = {"activeCases", "closeContacts", "homeIsolation", "centralisedIsolation", "healthMonitoring",
        "newCases", "newSuspectedCases", "newCloseContacts", "newIsolationOrders", "newArrivalsFromRiskAreas",
        "abnormalFindings"};
    int[] values = {activeCases(), closeContacts(), homeIsolation(), centralisedIsolation(), healthMonitoring(),
        newCases(), newSuspectedCases(), newCloseContacts(), newIsolationOrders(), newArrivalsFromRiskAreas(),
        abnormalFindings()};
    for (int i = 0; i < names.length; i++) {
      if (values[i] < 0) {
        problems.add(Violation.of(names[i], NEGATIVE_COUNT));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Whether the unit holds any known record that day, under management or new. */
  @JsonIgnore
  public boolean hasRecords() {
    return activeCases() > 0 || closeContacts() > 0 || homeIsolation() > 0 || centralisedIsolation() > 0
        || healthMonitoring() > 0 || hasNewEvents();
  }

  /**
   * Whether the day brought a known new event that a zero report denies: a new case or suspected case, a new close
   * contact, an isolation order, a new arrival from a medium- or high-risk area, or an abnormal finding among the
   * monitored. People already under health monitoring without an abnormal finding are not a new event.
   */
  @JsonIgnore
  public boolean hasNewEvents() {
    return newCases() > 0 || newSuspectedCases() > 0 || newCloseContacts() > 0 || newIsolationOrders() > 0
        || newArrivalsFromRiskAreas() > 0 || abnormalFindings() > 0;
  }

  /** The severity of the day's new events, if there are any (call only when {@link #hasNewEvents()} holds). */
  SignalSeverity newEventSeverity() {
    if (newCases() > 0 || newSuspectedCases() > 0) {
      return SignalSeverity.CASE;
    }
    if (newCloseContacts() > 0 || newIsolationOrders() > 0) {
      return SignalSeverity.CONTACT;
    }
    return newArrivalsFromRiskAreas() > 0 ? SignalSeverity.ARRIVAL : SignalSeverity.MONITORING;
  }

  /** The severity of everything known, under management or new (call only when {@link #hasRecords()} holds). */
  SignalSeverity recordSeverity() {
    if (activeCases() > 0 || newCases() > 0 || newSuspectedCases() > 0) {
      return SignalSeverity.CASE;
    }
    if (closeContacts() > 0 || homeIsolation() > 0 || centralisedIsolation() > 0 || newCloseContacts() > 0
        || newIsolationOrders() > 0) {
      return SignalSeverity.CONTACT;
    }
    return newArrivalsFromRiskAreas() > 0 ? SignalSeverity.ARRIVAL : SignalSeverity.MONITORING;
  }

  /** Builds {@link UnitDayFacts}. */
  public static final class Builder extends ImmutableUnitDayFacts.Builder {}
}
