package org.communityprevention.core.division;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A division (行政区划) of the statistical code table: its code, its name and, for a village or community, its
 * urban–rural class (城乡分类). The level is read from the code, never stored separately. A place name is not
 * personal data.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDivision.class)
@JsonDeserialize(as = ImmutableDivision.class)
public abstract class Division {
  /** Violation code: a blank name. */
  public static final String NAME_BLANK = "core.division.name_blank";
  /** Violation code: an urban–rural class on a division that is not a village or community. */
  public static final String CLASS_NOT_VILLAGE = "core.division.urban_rural_class_not_village";

  /** The 12-digit code (区划代码). */
  public abstract DivisionCode code();

  /** The name (名称), e.g. 水口居委会. */
  public abstract String name();

  /** The urban–rural class (城乡分类代码); present only on a village or community, and optional there. */
  public abstract Optional<UrbanRuralClass> urbanRuralClass();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw ValidationException.of("name", NAME_BLANK);
    }
    if (urbanRuralClass().isPresent() && level() != DivisionLevel.VILLAGE) {
      throw ValidationException.of("urbanRuralClass", CLASS_NOT_VILLAGE, "level", level().code(),
          "levelZh", level().chinese());
    }
  }

  /** The level (级别), derived from the code. */
  public DivisionLevel level() {
    return code().level();
  }

  /**
   * Whether this is an urban community (社区, a residents' committee 居委会): a village-level division whose class is
   * urban (1xx) or, when no class is given, whose village digits are 001–199.
   */
  @JsonIgnore
  public boolean isCommunity() {
    if (level() != DivisionLevel.VILLAGE) {
      return false;
    }
    return urbanRuralClass().map(UrbanRuralClass::isUrban)
        .orElseGet(() -> DivisionLevel.VILLAGE.segment(code().asLong()) < 200);
  }

  /**
   * Whether this is a village (村, a villagers' committee 村委会): a village-level division that is not a
   * {@linkplain #isCommunity() community}. Without a class, village digits 200–599 count as villages.
   */
  @JsonIgnore
  public boolean isVillage() {
    return level() == DivisionLevel.VILLAGE && !isCommunity();
  }

  /** A division without an urban–rural class. */
  public static Division of(DivisionCode code, String name) {
    return ImmutableDivision.builder().code(code).name(name).build();
  }

  /** A village or community (村/社区) with its urban–rural class. */
  public static Division of(DivisionCode code, String name, UrbanRuralClass urbanRuralClass) {
    return ImmutableDivision.builder().code(code).name(name).urbanRuralClass(urbanRuralClass).build();
  }

  /** A division parsed from its code, without an urban–rural class. */
  public static Division of(String code, String name) {
    return of(DivisionCode.parse(code, "code"), name);
  }
}
