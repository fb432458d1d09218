package org.communityprevention.risk.timeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;

/**
 * Levels day by day over a half-open window {@code [start, start + length)}, one byte a day: the compact form of a
 * timeline that the hot paths produce (no reasons) and that village levels, responses and election checks read.
 * JSON: {@code {"start":"2021-01-01","levels":["LOW","MEDIUM",…]}}.
 */
public final class LevelSeries {
  /** Violation code: a date outside the series. */
  public static final String OUTSIDE = "risk.timeline.outside_series";

  private static final RiskLevel[] LEVELS = RiskLevel.values();

  private final LocalDate start;
  private final byte[] levels;

  private LevelSeries(LocalDate start, byte[] levels) {
    this.start = start;
    this.levels = levels;
  }

  /** Wraps an array the caller no longer touches. */
  static LevelSeries wrap(LocalDate start, byte[] levels) {
    return new LevelSeries(start, levels);
  }

  /** A series from its first day and its levels in day order. */
  @JsonCreator
  public static LevelSeries of(@JsonProperty("start") LocalDate start,
      @JsonProperty("levels") List<RiskLevel> levels) {
    if (start == null) {
      throw ValidationException.of("start", "core.json.missing_field");
    }
    if (levels == null) {
      throw ValidationException.of("levels", "core.json.missing_field");
    }
    byte[] out = new byte[levels.size()];
    for (int i = 0; i < out.length; i++) {
      if (levels.get(i) == null) {
        throw ValidationException.of("levels[" + i + "]", "core.json.missing_field");
      }
      out[i] = (byte) levels.get(i).ordinal();
    }
    return new LevelSeries(start, out);
  }

  /** One level on every day of a window. */
  public static LevelSeries constant(DateWindow window, RiskLevel level) {
    byte[] out = new byte[Math.toIntExact(window.days())];
    Arrays.fill(out, (byte) level.ordinal());
    return new LevelSeries(window.start(), out);
  }

  /** The first day. */
  @JsonProperty("start")
  public LocalDate start() {
    return start;
  }

  /** The number of days. */
  @JsonIgnore
  public int length() {
    return levels.length;
  }

  /** The days covered, half-open. */
  @JsonIgnore
  public DateWindow window() {
    return DateWindow.ofDays(start, levels.length);
  }

  /** Whether a day is covered. */
  public boolean covers(LocalDate date) {
    long i = date.toEpochDay() - start.toEpochDay();
    return i >= 0 && i < levels.length;
  }

  /**
   * The level on a day.
   *
   * @throws ValidationException with {@value #OUTSIDE} if the day is not covered
   */
  public RiskLevel levelOn(LocalDate date) {
    long i = date.toEpochDay() - start.toEpochDay();
    if (i < 0 || i >= levels.length) {
      throw ValidationException.of("date", OUTSIDE, "date", date, "window", window());
    }
    return LEVELS[levels[(int) i]];
  }

  /** The level on the day {@code index} days after the start; no check beyond the array's. */
  public RiskLevel levelAt(int index) {
    return LEVELS[levels[index]];
  }

  /** The levels in day order. */
  @JsonProperty("levels")
  public List<RiskLevel> levels() {
    ImmutableList.Builder<RiskLevel> out = ImmutableList.builderWithExpectedSize(levels.length);
    for (byte b : levels) {
      out.add(LEVELS[b]);
    }
    return out.build();
  }

  /** The most severe level of the two series on each day; both must cover the same days. */
  public LevelSeries max(LevelSeries other) {
    Preconditions.checkArgument(start.equals(other.start) && levels.length == other.levels.length,
        "series cover different days: %s and %s", window(), other.window());
    byte[] out = new byte[levels.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Math.max(levels[i], other.levels[i]);
    }
    return new LevelSeries(start, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LevelSeries && ((LevelSeries) o).start.equals(start)
        && Arrays.equals(((LevelSeries) o).levels, levels);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + Arrays.hashCode(levels);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("LevelSeries{").append(start).append(' ');
    for (byte b : levels) {
      s.append("LMH".charAt(b));
    }
    return s.append('}').toString();
  }
}
