package org.communityprevention.core.area;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The situation of the area the resident lives in on the as-of date, an external input: its risk level and, where
 * the authorities said so, whether it has an outbreak (有疫情/无疫情). §5.3 festival visits are for areas without an
 * outbreak, the §5.4 service scope for areas with one. Without the explicit flag an area has an outbreak from the
 * policy's {@code services.outbreakFrom} level.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAreaSituation.class)
@JsonDeserialize(as = ImmutableAreaSituation.class)
public abstract class AreaSituation {
  /** The area's risk level. */
  public abstract RiskLevel riskLevel();

  /** Whether the area has an outbreak, where stated; otherwise it follows from the risk level. */
  public abstract Optional<Boolean> outbreak();

  /**
   * Whether the area has an outbreak, given the level from which one counts ({@code services.outbreakFrom}): the
   * one rule for it. The population classifier's compiled form reads the same two inputs and is checked to agree.
   */
  public boolean hasOutbreak(RiskLevel outbreakFrom) {
    return outbreak().orElseGet(() -> riskLevel().atLeast(outbreakFrom));
  }

  /** An area at a level, outbreak following from the level. */
  public static AreaSituation at(RiskLevel level) {
    return ImmutableAreaSituation.builder().riskLevel(level).build();
  }

  /** An area at a level with an explicit outbreak flag. */
  public static AreaSituation at(RiskLevel level, boolean outbreak) {
    return ImmutableAreaSituation.builder().riskLevel(level).outbreak(outbreak).build();
  }
}
