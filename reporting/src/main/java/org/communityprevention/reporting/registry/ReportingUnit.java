package org.communityprevention.reporting.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * A reporting unit (填报单位) under one code, as the {@link UnitRegistry} derives it from the changes: the days it
 * owes a report, {@code [opened, closedOn)}, its names over time, and where it came from and went to.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportingUnit.class)
@JsonDeserialize(as = ImmutableReportingUnit.class)
public abstract class ReportingUnit {
  /** The code (区划代码). */
  public abstract DivisionCode code();

  /** The first day the unit owes a report. */
  public abstract LocalDate opened();

  /** The first day it no longer owes one under this code; empty while it is open. */
  public abstract Optional<LocalDate> closedOn();

  /** How it ended: closed, merged or recoded; empty while it is open. */
  public abstract Optional<UnitChangeKind> endedBy();

  /** The unit that reports for it after a merge or recoding. */
  public abstract Optional<DivisionCode> successor();

  /** The units merged into it or recoded to it, sorted. */
  public abstract List<DivisionCode> predecessors();

  /** Its names, each from the date it took effect (名称沿革). */
  public abstract Map<LocalDate, String> names();

  /** Whether the unit owes a report for a day (应报). */
  public boolean isExpectedOn(LocalDate day) {
    return !day.isBefore(opened()) && closedOn().map(day::isBefore).orElse(true);
  }

  /** Its name on a day, or its first name before it opened. */
  public String nameOn(LocalDate day) {
    NavigableMap<LocalDate, String> sorted = new TreeMap<>(names());
    Map.Entry<LocalDate, String> e = sorted.floorEntry(day);
    return e != null ? e.getValue() : sorted.firstEntry().getValue();
  }

  /** Its latest name. */
  @JsonIgnore
  public String currentName() {
    return new TreeMap<>(names()).lastEntry().getValue();
  }

  /** Builds a {@link ReportingUnit}. */
  public static final class Builder extends ImmutableReportingUnit.Builder {}
}
