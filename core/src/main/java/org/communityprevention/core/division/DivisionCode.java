package org.communityprevention.core.division;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.io.Serializable;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * A 12-digit statistical division code (统计用区划代码): digits 1–2 province, 3–4 prefecture, 5–6 county (together
 * the GB/T 2260 code), 7–9 township or street, 10–12 village or community. The {@linkplain #level() level} is read
 * from the trailing zero digit groups: {@code 440983000000} is a county, {@code 440983102000} a town,
 * {@code 440983102001} a community (水口居委会).
 *
 * <p>The code is stored as a {@code long}; {@link #compareTo} is numeric order, in which every subtree is one
 * contiguous range {@code [code, subtreeEndExclusive())}. That makes range counting over sorted codes (and bitsets
 * over their ordinals) cheap.
 *
 * <p>Parsing checks the form only: twelve ASCII digits (or six, read as a GB/T 2260 county-and-above code padded
 * with {@code 000000}), a province prefix of GB/T 2260, and no non-zero digit group below a zero one. Whether a code
 * exists in a given year's edition is decided by lookup in a {@link DivisionTree}, never by range logic. A code is
 * never repaired or guessed.
 */
public final class DivisionCode implements Comparable<DivisionCode>, Serializable {
  /** Violation code: the input is missing (null). */
  public static final String CODE_MISSING = "core.division.code_missing";
  /** Violation code: the input is not 12 (or 6) characters long. */
  public static final String CODE_LENGTH = "core.division.code_length";
  /** Violation code: a character is not an ASCII digit 0–9 (full-width digits included). */
  public static final String CODE_CHARACTERS = "core.division.code_characters";
  /** Violation code: the first two digits are not a GB/T 2260 province. */
  public static final String UNKNOWN_PROVINCE = "core.division.unknown_province";
  /** Violation code: a digit group is non-zero below a zero digit group. */
  public static final String NONZERO_BELOW_ZERO_LEVEL = "core.division.nonzero_below_zero_level";

  /** The field name used by {@link #parse(String)}. */
  public static final String DEFAULT_FIELD = "divisionCode";
  /** Violation code: a code that must name a village or community (村/社区) names a division above it. */
  public static final String NOT_A_VILLAGE = "core.division.not_a_village";

  private static final long serialVersionUID = 1L;
  private static final long LIMIT = 1_000_000_000_000L;
  private static final boolean[] PROVINCES = new boolean[100];

  static {
    int[][] ranges = {{11, 15}, {21, 23}, {31, 37}, {41, 46}, {50, 54}, {61, 65}, {71, 71}, {81, 82}};
    for (int[] r : ranges) {
      for (int p = r[0]; p <= r[1]; p++) {
        PROVINCES[p] = true;
      }
    }
  }

  private final long value;
  private final transient DivisionLevel level;

  private DivisionCode(long value, DivisionLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Parses a division code (区划代码) under the field name {@value #DEFAULT_FIELD}.
   *
   * @throws ValidationException if the text is not a well-formed code
   * @see #parse(String, String)
   */
  public static DivisionCode parse(String text) {
    return parse(text, DEFAULT_FIELD);
  }

  /**
   * Parses a division code (区划代码): twelve ASCII digits, or six digits read as a GB/T 2260 county-and-above code
   * and padded with {@code 000000} ({@code 110105} becomes {@code 110105000000}, a county). Nothing is trimmed or
   * converted: full-width digits, spaces and letters are rejected.
   *
   * @param text the code as sent
   * @param field the field path to name in a violation
   * @throws ValidationException with code {@value #CODE_MISSING}, {@value #CODE_LENGTH}, {@value #CODE_CHARACTERS},
   *     {@value #UNKNOWN_PROVINCE} or {@value #NONZERO_BELOW_ZERO_LEVEL}
   */
  public static DivisionCode parse(String text, String field) {
    Preconditions.checkNotNull(field, "field");
    if (text == null) {
      throw ValidationException.of(field, CODE_MISSING);
    }
    int n = text.length();
    if (n != 12 && n != 6) {
      throw ValidationException.of(field, CODE_LENGTH, "length", text.codePointCount(0, n));
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw ValidationException.of(field, CODE_CHARACTERS,
            "position", text.codePointCount(0, i) + 1,
            "character", String.format(java.util.Locale.ROOT, "U+%04X", text.codePointAt(i)));
      }
      v = v * 10 + (c - '0');
    }
    if (n == 6) {
      v *= 1_000_000L;
    }
    return validated(v, field);
  }

  /**
   * The code with this numeric value (the inverse of {@link #asLong()}), validated like {@link #parse(String)}.
   *
   * @throws ValidationException if the value is not a well-formed 12-digit code
   */
  public static DivisionCode ofLong(long value) {
    if (value < 0 || value >= LIMIT) {
      throw ValidationException.of(DEFAULT_FIELD, CODE_LENGTH, "length", Long.toString(value).length());
    }
    return validated(value, DEFAULT_FIELD);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static DivisionCode fromJson(String text) {
    // The JSON reader prefixes the JSON path, so the violation carries no field name of its own.
    return parse(text, "");
  }

  private static DivisionCode validated(long v, String field) {
    int province = DivisionLevel.PROVINCE.segment(v);
    if (!PROVINCES[province]) {
      throw ValidationException.of(field, UNKNOWN_PROVINCE, "province", String.format(java.util.Locale.ROOT, "%02d", province));
    }
    DivisionLevel level = DivisionLevel.PROVINCE;
    DivisionLevel zero = null;
    for (DivisionLevel l : new DivisionLevel[] {DivisionLevel.PREFECTURE, DivisionLevel.COUNTY,
        DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE}) {
      boolean isZero = l.segment(v) == 0;
      if (zero == null) {
        if (isZero) {
          zero = l;
        } else {
          level = l;
        }
      } else if (!isZero) {
        throw ValidationException.of(field, NONZERO_BELOW_ZERO_LEVEL,
            "zeroLevel", zero.code(), "zeroLevelZh", zero.chinese(), "zeroPositions", zero.positions(),
            "nonZeroLevel", l.code(), "nonZeroLevelZh", l.chinese(), "nonZeroPositions", l.positions());
      }
    }
    return new DivisionCode(v, level);
  }

  /** The 12 digits (区划代码), e.g. {@code 440983102001}; the JSON form. */
  @JsonValue
  public String value() {
    return Long.toString(value);
  }

  /** Whether the code names a village or community (村/社区), the level that reports, keeps teams and registers. */
  public boolean isVillage() {
    return level() == DivisionLevel.VILLAGE;
  }

  /**
   * The violation of a field that must hold a village or community, or empty if this code is one. The one check of
   * "is a village" for values and batches alike: it returns the violation rather than throwing, so a batch can
   * reject the record and go on.
   */
  public Optional<Violation> villageViolation(String field) {
    return isVillage() ? Optional.empty() : Optional.of(
        Violation.of(field, NOT_A_VILLAGE, "level", level().code(),
            "levelZh", level().chinese()));
  }

  /** The code as a number; numeric order is the order of {@link #compareTo}. */
  public long asLong() {
    return value;
  }

  /** The level (级别), read from the trailing zero digit groups. */
  public DivisionLevel level() {
    return level;
  }

  /** The parent (上级区划): the code with this level's digits zeroed; empty for a province. */
  public Optional<DivisionCode> parent() {
    return level.parent().map(this::truncate);
  }

  /** All ancestors (各级上级区划), nearest first, ending at the province; empty for a province. */
  public ImmutableList<DivisionCode> ancestors() {
    ImmutableList.Builder<DivisionCode> out = ImmutableList.builderWithExpectedSize(level.ordinal());
    for (int i = level.ordinal() - 1; i >= 0; i--) {
      out.add(truncate(DivisionLevel.ofOrdinal(i)));
    }
    return out.build();
  }

  /**
   * The ancestor at a level, or this code itself at its own level (e.g. the county of a village, for roll-ups).
   *
   * @throws IllegalArgumentException if {@code target} is below this code's level
   */
  public DivisionCode ancestorAt(DivisionLevel target) {
    Preconditions.checkArgument(!level.isAbove(target), "%s has no ancestor at the lower %s", this, target);
    return target == level ? this : truncate(target);
  }

  /** The province (省级区划) of this code; the code itself for a province. */
  public DivisionCode province() {
    return ancestorAt(DivisionLevel.PROVINCE);
  }

  /** Whether this code is a strict ancestor of {@code other} (上级区划); a code is not its own ancestor. */
  public boolean isAncestorOf(DivisionCode other) {
    return other.value != value && contains(other);
  }

  /** Whether {@code other} is this code or one of its descendants, i.e. lies in {@link #subtreeRange()}. */
  public boolean contains(DivisionCode other) {
    return other.value >= value && other.value < subtreeEndExclusive();
  }

  /**
   * The first number after this code's subtree: the subtree is {@code [asLong(), subtreeEndExclusive())}. The
   * bound itself need not be a valid code.
   */
  public long subtreeEndExclusive() {
    return value + level.span();
  }

  /**
   * The subtree (辖区) as a closed range of codes, from this code to the largest well-formed code below it
   * (all lower digits 9). Every descendant lies in it and every code in it is this code or a descendant.
   */
  public Range<DivisionCode> subtreeRange() {
    return Range.closed(this, new DivisionCode(subtreeEndExclusive() - 1, DivisionLevel.VILLAGE));
  }

  private DivisionCode truncate(DivisionLevel target) {
    // Every digit group at or above this code's level is non-zero, so the result is exactly at the target level.
    return new DivisionCode(value - value % target.span(), target);
  }

  /** Numeric order; every subtree is contiguous in it. */
  @Override
  public int compareTo(DivisionCode other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionCode && ((DivisionCode) o).value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /** The 12 digits. */
  @Override
  public String toString() {
    return value();
  }

  private Object readResolve() {
    return validated(value, DEFAULT_FIELD);
  }
}
