package org.communityprevention.flink.reporting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.reporting.signal.SignalKind;

/**
 * The concealment signals of one unit-day (瞒报、漏报线索, §2.3) as the stream judges them: the kinds as a mask of
 * {@link SignalKind#bit()}, and the explained signals as JSON. A row replaces the earlier rows of the same unit-day
 * with a lower version; a mask of 0 withdraws earlier signals (a report or facts arrived that clear them).
 *
 * @param unit the unit code
 * @param epochDay the day, as days since 1970-01-01
 * @param mask the signal kinds, as {@link SignalKind#bit()} flags
 * @param version the row's version for its unit-day, from 1
 * @param signalsJson each {@code ConcealmentSignal} with its reason, as JSON
 */
public record UnitDaySignals(long unit, long epochDay, int mask, int version, String[] signalsJson) {
  /** The unit. */
  public DivisionCode code() {
    return DivisionCode.ofLong(unit);
  }

  /** The day. */
  public LocalDate day() {
    return LocalDate.ofEpochDay(epochDay);
  }

  /** The signal kinds. */
  public Set<SignalKind> kinds() {
    Set<SignalKind> out = EnumSet.noneOf(SignalKind.class);
    for (SignalKind k : SignalKind.values()) {
      if ((mask & k.bit()) != 0) {
        out.add(k);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitDaySignals s && s.unit == unit && s.epochDay == epochDay && s.mask == mask
        && s.version == version && java.util.Arrays.equals(s.signalsJson, signalsJson);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(unit, epochDay, mask, version);
  }

  @Override
  public String toString() {
    return "UnitDaySignals{" + unit + " " + day() + " " + kinds() + " v" + version + "}";
  }
}
