package org.communityprevention.core.area;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * An area's risk level over days (风险等级变化记录): each entry is the day a level took effect, and the level holds
 * until the next entry; before the first entry the level is unknown. The risk module produces it (a designation
 * timeline's {@code levelHistory()}); the services and reporting modules read it, so that "the level of this area on
 * that day" has one shape across the library. JSON: {@code {"area":"440983102000","changes":{"2021-02-01":"MEDIUM"}}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableLevelHistory.class)
@JsonDeserialize(as = ImmutableLevelHistory.class)
public abstract class LevelHistory {
  /** Violation code: a history without any entry. */
  public static final String EMPTY = "core.area.empty_history";

  /** The area. */
  public abstract AreaId area();

  /** The level from each day it took effect; never empty. */
  @Value.NaturalOrder
  public abstract SortedMap<LocalDate, RiskLevel> changes();

  /** The level on a day; empty before the first entry. */
  public Optional<RiskLevel> levelOn(LocalDate date) {
    SortedMap<LocalDate, RiskLevel> upTo = changes().headMap(date.plusDays(1));
    return upTo.isEmpty() ? Optional.empty() : Optional.of(upTo.get(upTo.lastKey()));
  }

  @Value.Check
  void check() {
    if (changes().isEmpty()) {
      throw ValidationException.of("changes", EMPTY);
    }
  }

  /** A history from the days levels took effect; entries that repeat the level before them are kept as given. */
  public static LevelHistory of(AreaId area, Map<LocalDate, RiskLevel> changes) {
    return ImmutableLevelHistory.builder().area(area).putAllChanges(changes).build();
  }
}
