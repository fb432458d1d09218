package org.communityprevention.core.area;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.base.Preconditions;
import java.io.Serializable;
import java.util.Optional;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.validation.ValidationException;

/**
 * An area a risk level is designated for (风险区): a division (a county 县, a township or street 乡镇/街道, a
 * village or community 村/社区), or a named part of a village or community (a residential compound 小区, a building
 * or stair-unit 楼栋/单元), which has no statistical code of its own.
 *
 * <p>Written {@code 440983102001} for a division and {@code 440983102001/幸福小区3栋} for a part of a village; only a
 * village-level code may carry a part. Areas sort by division code, then by part, a division before its parts, so the
 * areas inside a village are contiguous. A place name is not personal data.
 */
public final class AreaId implements Comparable<AreaId>, Serializable {
  /** Violation code: the part name is blank or has leading or trailing spaces. */
  public static final String PART_BLANK = "core.area.part_blank";
  /** Violation code: the part name is longer than {@value #MAX_PART_LENGTH} characters. */
  public static final String PART_TOO_LONG = "core.area.part_too_long";
  /** Violation code: the part name holds a control character. */
  public static final String PART_CHARACTERS = "core.area.part_characters";
  /** Violation code: a part on a division above village level. */
  public static final String PART_ABOVE_VILLAGE = "core.area.part_above_village";

  /** Longest part name, in characters (code points). */
  public static final int MAX_PART_LENGTH = 64;

  private static final long serialVersionUID = 1L;
  private static final char SEPARATOR = '/';

  private final DivisionCode division;
  private final String part;

  private AreaId(DivisionCode division, String part) {
    this.division = division;
    this.part = part;
  }

  /** The area of a whole division (county, township or village). */
  public static AreaId of(DivisionCode division) {
    return new AreaId(Preconditions.checkNotNull(division, "division"), "");
  }

  /**
   * A named part of a village or community, such as a compound or a building.
   *
   * @throws ValidationException if the code is not a village's or the name is blank, too long or holds a control
   *     character
   */
  public static AreaId of(DivisionCode village, String part) {
    Preconditions.checkNotNull(village, "village");
    return new AreaId(village, checkedPart(village, part, "part"));
  }

  /**
   * Parses {@code 440983102001} or {@code 440983102001/幸福小区3栋}.
   *
   * @param field the field path a violation names
   * @throws ValidationException naming {@code field} if the code or the part is not valid
   */
  public static AreaId parse(String text, String field) {
    if (text == null) {
      throw ValidationException.of(field, DivisionCode.CODE_MISSING);
    }
    int slash = text.indexOf(SEPARATOR);
    if (slash < 0) {
      return of(DivisionCode.parse(text, field));
    }
    DivisionCode code = DivisionCode.parse(text.substring(0, slash), field);
    return new AreaId(code, checkedPart(code, text.substring(slash + 1), field));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AreaId fromJson(String text) {
    return parse(text, "");
  }

  private static String checkedPart(DivisionCode code, String part, String field) {
    if (part == null || part.isBlank() || !part.strip().equals(part)) {
      throw ValidationException.of(field, PART_BLANK);
    }
    int length = part.codePointCount(0, part.length());
    if (length > MAX_PART_LENGTH) {
      throw ValidationException.of(field, PART_TOO_LONG, "length", length, "max", MAX_PART_LENGTH);
    }
    if (part.codePoints().anyMatch(Character::isISOControl)) {
      throw ValidationException.of(field, PART_CHARACTERS);
    }
    if (code.level() != DivisionLevel.VILLAGE) {
      throw ValidationException.of(field, PART_ABOVE_VILLAGE, "level", code.level().code(),
          "levelZh", code.level().chinese());
    }
    return part;
  }

  /** The division, or the village the part belongs to. */
  public DivisionCode division() {
    return division;
  }

  /** The part of the village (compound, building), if this is not a whole division. */
  public Optional<String> part() {
    return part.isEmpty() ? Optional.empty() : Optional.of(part);
  }

  /** Whether this area is a whole division. */
  public boolean isDivision() {
    return part.isEmpty();
  }

  /** Whether {@code other} is this area or lies inside it. */
  public boolean contains(AreaId other) {
    if (division.equals(other.division)) {
      return part.isEmpty() || part.equals(other.part);
    }
    return part.isEmpty() && division.isAncestorOf(other.division);
  }

  /** The text form, {@code 440983102001} or {@code 440983102001/幸福小区3栋}; the JSON form. */
  @JsonValue
  public String value() {
    return part.isEmpty() ? division.value() : division.value() + SEPARATOR + part;
  }

  /** By division code, then by part; a whole division sorts before its parts. */
  @Override
  public int compareTo(AreaId other) {
    int c = division.compareTo(other.division);
    return c != 0 ? c : part.compareTo(other.part);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AreaId && ((AreaId) o).division.equals(division) && ((AreaId) o).part.equals(part);
  }

  @Override
  public int hashCode() {
    return division.hashCode() * 31 + part.hashCode();
  }

  @Override
  public String toString() {
    return value();
  }
}
