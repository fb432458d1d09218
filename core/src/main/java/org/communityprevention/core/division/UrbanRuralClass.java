package org.communityprevention.core.division;

import org.communityprevention.core.message.Term;
import org.communityprevention.core.validation.ValidationException;

/**
 * The urban–rural classification code (城乡分类代码, 国函〔2008〕60号) that the statistical division tables give
 * each village or community: 1xx urban (城镇), 2xx rural (乡村).
 */
public enum UrbanRuralClass implements Term {
  /** 111 主城区: main urban area. */
  MAIN_URBAN_AREA(111, "主城区", "main urban area"),
  /** 112 城乡结合区: urban-rural fringe. */
  URBAN_RURAL_FRINGE(112, "城乡结合区", "urban-rural fringe"),
  /** 121 镇中心区: town centre. */
  TOWN_CENTRE(121, "镇中心区", "town centre"),
  /** 122 镇乡结合区: town-rural fringe. */
  TOWN_RURAL_FRINGE(122, "镇乡结合区", "town-rural fringe"),
  /** 123 特殊区域: special area (such as a development zone or a farm). */
  SPECIAL_AREA(123, "特殊区域", "special area"),
  /** 210 乡中心区: township centre. */
  TOWNSHIP_CENTRE(210, "乡中心区", "township centre"),
  /** 220 村庄: village. */
  VILLAGE(220, "村庄", "village");

  /** Violation code: a number that is not one of the seven classification codes. */
  public static final String UNKNOWN_CODE = "core.division.urban_rural_class";

  private final int code;
  private final String chinese;
  private final String english;

  UrbanRuralClass(int code, String chinese, String english) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
  }

  /** The three-digit classification code, e.g. {@code 111}. */
  public int code() {
    return code;
  }

  /** Chinese term, e.g. 主城区. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** Whether the class is urban (城镇, codes 1xx); false for rural (乡村, codes 2xx). */
  public boolean isUrban() {
    return code < 200;
  }

  /**
   * The class with a three-digit code, under the field name {@code urbanRuralClass}.
   *
   * @throws ValidationException with code {@value #UNKNOWN_CODE} for any other number
   */
  public static UrbanRuralClass fromCode(int code) {
    return fromCode(code, "urbanRuralClass");
  }

  /**
   * The class with a three-digit code (城乡分类代码).
   *
   * @param code the code, e.g. {@code 220}
   * @param field the field path to name in a violation
   * @throws ValidationException with code {@value #UNKNOWN_CODE} for any other number
   */
  public static UrbanRuralClass fromCode(int code, String field) {
    for (UrbanRuralClass c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    throw ValidationException.of(field, UNKNOWN_CODE, "code", code);
  }
}
