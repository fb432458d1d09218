package org.communityprevention.risk.restriction;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/** How a facility room opens at a level, the measures it applies and, when limited, how many may be inside. */
@Value.Immutable
@JsonSerialize(as = ImmutableFacilityRuling.class)
@JsonDeserialize(as = ImmutableFacilityRuling.class)
public abstract class FacilityRuling {
  /** The room. */
  public abstract FacilityRoom room();

  /** How it opens. */
  public abstract FacilityStatus status();

  /** Most people inside at once, where flow is limited. */
  public abstract Optional<Integer> maxPeopleAtOnce();

  /** The §5.5 measures it applies. */
  @Value.NaturalOrder
  public abstract SortedSet<FacilityMeasure> measures();

  /** Builder. */
  public static final class Builder extends ImmutableFacilityRuling.Builder {}
}
