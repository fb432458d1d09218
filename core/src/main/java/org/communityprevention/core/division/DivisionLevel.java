package org.communityprevention.core.division;

import java.util.Optional;
import org.communityprevention.core.message.Term;

/**
 * The level of a division (区划级别), read from the trailing zero digit groups of its 12-digit code. Ordinal order
 * is depth order: {@code PROVINCE} is the top, {@code VILLAGE} the bottom.
 */
public enum DivisionLevel implements Term {
  /** 省级: province, autonomous region or municipality; code digits 1–2. */
  PROVINCE("province", "省级", "province level", 10_000_000_000L, 100, 1, 2),
  /** 地级: prefecture-level city, prefecture, autonomous prefecture or league; code digits 3–4. */
  PREFECTURE("prefecture", "地级", "prefecture level", 100_000_000L, 100, 3, 4),
  /** 县级: county, county-level city, district or banner; code digits 5–6. */
  COUNTY("county", "县级", "county level", 1_000_000L, 100, 5, 6),
  /** 乡级: township (乡), town (镇) or street (街道); code digits 7–9. */
  TOWNSHIP("township", "乡级", "township level", 1_000L, 1000, 7, 9),
  /** 村级: village or community (村/社区), i.e. a villagers' or residents' committee; code digits 10–12. */
  VILLAGE("village", "村级", "village level", 1L, 1000, 10, 12);

  private static final DivisionLevel[] VALUES = values();

  private final String code;
  private final String chinese;
  private final String english;
  private final long span;
  private final int radix;
  private final int firstPosition;
  private final int lastPosition;

  DivisionLevel(String code, String chinese, String english, long span, int radix, int firstPosition,
      int lastPosition) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
    this.span = span;
    this.radix = radix;
    this.firstPosition = firstPosition;
    this.lastPosition = lastPosition;
  }

  /** Stable lower-case code, e.g. {@code county}. */
  public String code() {
    return code;
  }

  /** Chinese term, e.g. 县级. */
  public String chinese() {
    return chinese;
  }

  /** English term, e.g. {@code county level}. */
  public String english() {
    return english;
  }

  /** The level above (上一级), empty for {@link #PROVINCE}. */
  public Optional<DivisionLevel> parent() {
    return this == PROVINCE ? Optional.empty() : Optional.of(VALUES[ordinal() - 1]);
  }

  /** The level below (下一级), empty for {@link #VILLAGE}. */
  public Optional<DivisionLevel> child() {
    return this == VILLAGE ? Optional.empty() : Optional.of(VALUES[ordinal() + 1]);
  }

  /** Whether this level is strictly above {@code other} (省级 is above 地级). */
  public boolean isAbove(DivisionLevel other) {
    return ordinal() < other.ordinal();
  }

  /** The number of codes in the subtree of a code of this level: 10¹⁰ for a province, 1 for a village. */
  long span() {
    return span;
  }

  /** This level's digit group of a code as a number (the province's two digits, the village's three). */
  int segment(long code) {
    return (int) ((code / span) % radix);
  }

  /** The positions of this level's digits, 1-based, such as {@code 5–6}. */
  String positions() {
    return firstPosition + "–" + lastPosition;
  }

  static DivisionLevel ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
