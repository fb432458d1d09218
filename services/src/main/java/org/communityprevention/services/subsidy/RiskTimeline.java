package org.communityprevention.services.subsidy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * The risk level of one area day by day (风险等级时间线), as the designation gave it: each entry is the day a level
 * took effect, and the level holds until the next entry. A timeline with an entry for every day is the same thing
 * written out. Before its first entry an area's level is unknown.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableRiskTimeline.class)
@JsonDeserialize(as = ImmutableRiskTimeline.class)
public abstract class RiskTimeline {
  /** The longest area id accepted, in characters. */
  public static final int MAX_ID_LENGTH = 64;

  /** The area's opaque id (a division code, a township, a grid: whatever the duty records use). */
  public abstract String areaId();

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
    List<Violation> problems = new ArrayList<>();
    if (areaId().isBlank() || areaId().length() > MAX_ID_LENGTH) {
      problems.add(Violation.of("areaId", "services.subsidy.area_id", "max", MAX_ID_LENGTH));
    }
    if (changes().isEmpty()) {
      problems.add(Violation.of("changes", "services.subsidy.empty_timeline"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A timeline from the days levels took effect. */
  public static RiskTimeline of(String areaId, Map<LocalDate, RiskLevel> changes) {
    return ImmutableRiskTimeline.builder().areaId(areaId).putAllChanges(changes).build();
  }
}
