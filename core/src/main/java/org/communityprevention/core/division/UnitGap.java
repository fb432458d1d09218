package org.communityprevention.core.division;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.communityprevention.core.message.Messages;
import org.immutables.value.Value;

/**
 * A grid unit that nobody answers for on a date (§1.3): a grid without a grid worker (网格员), a building without a
 * head (门栋楼院长) or a group without a leader (村/居民小组长).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitGap.class)
@JsonDeserialize(as = ImmutableUnitGap.class)
public abstract class UnitGap {
  /** The id of the uncovered unit. */
  public abstract String unitId();

  /** Its kind. */
  public abstract GridUnitKind unitKind();

  /** The village or community it belongs to, for roll-ups. */
  public abstract DivisionCode village();

  /** The role nobody holds for it on the date. */
  public abstract GridRole missingRole();

  /** The date checked. */
  public abstract LocalDate onDate();

  /** Stable reason code, such as {@code core.division.grid_without_worker}. */
  public abstract String code();

  /** The clause of the notice behind the rule: {@code §1.3}. */
  public abstract String clause();

  /** The text of this gap in a language (Chinese or English). */
  public String message(Locale locale) {
    return Messages.render(code(), Map.of("unit", unitId(), "date", onDate()), locale);
  }

  /** Builds a {@link UnitGap}. */
  public static final class Builder extends ImmutableUnitGap.Builder {}
}
