package org.communityprevention.core.division;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A grid unit (网格单元) inside a village or community (§1.3): a natural village, residential compound, grid,
 * building or villagers' group, with an optional parent unit (a building in a grid, say).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGridUnit.class)
@JsonDeserialize(as = ImmutableGridUnit.class)
public abstract class GridUnit {
  /** Violation code: a blank id. */
  public static final String BLANK_ID = "core.division.blank_id";
  /** Violation code: the village code is not at village level. */
  public static final String NOT_A_VILLAGE = "core.division.grid_unit_not_in_village";
  /** Violation code: a unit named as its own parent. */
  public static final String OWN_PARENT = "core.division.grid_unit_own_parent";

  /** The unit's id, unique among the units passed together; opaque to the library. */
  public abstract String id();

  /** The kind (类型). */
  public abstract GridUnitKind kind();

  /** The village or community (村/社区) the unit belongs to; a village-level code. */
  public abstract DivisionCode village();

  /** The id of the unit this one lies in (上级单元), if any. */
  public abstract Optional<String> parentId();

  /** The name (名称), e.g. 第三网格 or 5号楼. */
  public abstract String name();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw ValidationException.of("id", BLANK_ID);
    }
    if (village().level() != DivisionLevel.VILLAGE) {
      throw ValidationException.of("village", NOT_A_VILLAGE, "level", village().level().code(),
          "levelZh", village().level().chinese());
    }
    if (parentId().isPresent() && parentId().get().equals(id())) {
      throw ValidationException.of("parentId", OWN_PARENT);
    }
    if (name().isBlank()) {
      throw ValidationException.of("name", Division.NAME_BLANK);
    }
  }

  /** A unit without a parent unit. */
  public static GridUnit of(String id, GridUnitKind kind, DivisionCode village, String name) {
    return new Builder().id(id).kind(kind).village(village).name(name).build();
  }

  /** A unit lying in a parent unit. */
  public static GridUnit of(String id, GridUnitKind kind, DivisionCode village, String parentId, String name) {
    return new Builder().id(id).kind(kind).village(village).parentId(parentId).name(name).build();
  }

  /** Builds a {@link GridUnit}. */
  public static final class Builder extends ImmutableGridUnit.Builder {}
}
