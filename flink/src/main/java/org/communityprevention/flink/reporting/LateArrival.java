package org.communityprevention.flink.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report that reached the stream after its day's final rows (迟到数据): its line, unit, day and filing instant,
 * and the watermark when it arrived. {@link Kind#COUNTED} reports changed the counts and the day's rows were
 * emitted again as corrections; {@link Kind#AFTER_RETENTION} reports came after the day's state was dropped and are
 * listed here, with the line to replay, instead of being counted.
 *
 * @param kind whether it was counted
 * @param source the source of the line
 * @param line the 1-based line number
 * @param unit the unit code
 * @param epochDay the reporting day, as days since 1970-01-01
 * @param filedAtMillis the filing instant (event time), epoch milliseconds
 * @param watermarkMillis the watermark when it arrived, epoch milliseconds
 */
public record LateArrival(Kind kind, String source, long line, long unit, long epochDay, long filedAtMillis,
    long watermarkMillis) {

  /** Whether a late arrival was counted. */
  public enum Kind {
    /** Counted: the day's rows were emitted again (已计入更正). */
    COUNTED,
    /** After the state retention: not counted, listed for replay (超出保留期). */
    AFTER_RETENTION
  }

  /** The reporting day. */
  public LocalDate day() {
    return LocalDate.ofEpochDay(epochDay);
  }

  /** The filing instant. */
  public Instant filedAt() {
    return Instant.ofEpochMilli(filedAtMillis);
  }
}
