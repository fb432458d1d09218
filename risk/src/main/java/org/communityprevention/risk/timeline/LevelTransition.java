package org.communityprevention.risk.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.area.AreaId;
import org.immutables.value.Value;

/**
 * A change of an area's level (风险等级调整): from, to, the Beijing date it takes effect, its cause and the reasons,
 * which cite the facts and the policy values used.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLevelTransition.class)
@JsonDeserialize(as = ImmutableLevelTransition.class)
public abstract class LevelTransition {
  /** Violation code: a transition that does not change the level. */
  public static final String NO_CHANGE = "risk.timeline.transition_no_change";
  /** Violation code: a transition without a reason. */
  public static final String NO_REASON = "risk.timeline.transition_no_reason";

  /** The area. */
  public abstract AreaId area();

  /** The first day at the new level. */
  public abstract LocalDate effectiveDate();

  /** The level the day before (from). */
  public abstract RiskLevel fromLevel();

  /** The new level (to). */
  public abstract RiskLevel toLevel();

  /** What moved the level. */
  public abstract TransitionCause cause();

  /** Why, in the order the day was decided: step down, new infections, official designation. */
  public abstract List<Reason> reasons();

  @Value.Check
  void check() {
    if (fromLevel() == toLevel()) {
      throw ValidationException.of("to", NO_CHANGE, "level", toLevel());
    }
    if (reasons().isEmpty()) {
      throw ValidationException.of("reasons", NO_REASON);
    }
  }

  /** Whether the level went up. */
  @JsonIgnore
  public boolean isUpgrade() {
    return toLevel().compareTo(fromLevel()) > 0;
  }

  /** The reasons' texts in a language. */
  public List<String> explain(Locale locale) {
    return reasons().stream().map(r -> r.text(locale)).collect(Collectors.toList());
  }

  /** Builder. */
  public static final class Builder extends ImmutableLevelTransition.Builder {}
}
