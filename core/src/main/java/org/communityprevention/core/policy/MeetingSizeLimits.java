package org.communityprevention.core.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * The largest attendance of a meeting where meetings are allowed (§3.5), per meeting kind: a general limit, and a
 * limit for each kind that has its own. Kinds are named as the risk module's {@code MeetingKind} names them
 * ({@code VILLAGERS_MEETING}, {@code REPRESENTATIVES_MEETING}, {@code DELIBERATION_MEETING}). In JSON a single number
 * is the general limit for every kind (the form of the national baselines); an object {@code {"default": 50,
 * "byKind": {"DELIBERATION_MEETING": 30}}} adds limits per kind.
 *
 * <p>Stricter means: no kind's limit higher than in the baseline, the general one included, so a layer that adds a
 * kind's own limit may only lower it.
 */
@Value.Immutable
public abstract class MeetingSizeLimits {
  /** Violation code: a value that is neither a number nor an object with a {@code default}. */
  public static final String SHAPE = "core.policy.meeting_limits_shape";

  /** The limit of every kind without its own. */
  @Value.Parameter
  public abstract int general();

  /** The limits of kinds that have their own, by kind name. */
  @Value.NaturalOrder
  public abstract SortedMap<String, Integer> byKind();

  @Value.Check
  void check() {
    if (general() < 0) {
      throw ValidationException.of("activities.meetingMaxParticipants", "core.policy.negative", "value", general());
    }
    byKind().forEach((k, v) -> {
      if (v < 0) {
        throw ValidationException.of("activities.meetingMaxParticipants.byKind." + k, "core.policy.negative",
            "value", v);
      }
    });
  }

  /** The limit of a kind: its own, or the general one. */
  public int limitFor(String kind) {
    return byKind().getOrDefault(kind, general());
  }

  /** Whether no kind's limit is higher here than in {@code base}. */
  public boolean atLeastAsStrictAs(MeetingSizeLimits base) {
    if (general() > base.general()) {
      return false;
    }
    TreeSet<String> kinds = new TreeSet<>(byKind().keySet());
    kinds.addAll(base.byKind().keySet());
    return kinds.stream().allMatch(k -> limitFor(k) <= base.limitFor(k));
  }

  /** One limit for every kind. */
  public static MeetingSizeLimits of(int general) {
    return ImmutableMeetingSizeLimits.of(general);
  }

  /** A general limit and limits of their own for some kinds. */
  public static MeetingSizeLimits of(int general, Map<String, Integer> byKind) {
    return ImmutableMeetingSizeLimits.builder().general(general).putAllByKind(byKind).build();
  }

  /** The JSON form: the number alone where no kind has its own limit. */
  @JsonValue
  Object toJson() {
    if (byKind().isEmpty()) {
      return general();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("default", general());
    out.put("byKind", byKind());
    return out;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static MeetingSizeLimits fromJson(Object json) {
    if (json instanceof Integer) {
      return of((Integer) json);
    }
    if (json instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) json;
      Object general = m.get("default");
      Object kinds = m.containsKey("byKind") ? m.get("byKind") : Map.of();
      boolean known = m.keySet().stream().allMatch(k -> "default".equals(k) || "byKind".equals(k));
      if (general instanceof Integer && kinds instanceof Map && known) {
        SortedMap<String, Integer> byKind = new TreeMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) kinds).entrySet()) {
          if (!(e.getValue() instanceof Integer)) {
            throw ValidationException.of("activities.meetingMaxParticipants.byKind." + e.getKey(), SHAPE);
          }
          byKind.put(String.valueOf(e.getKey()), (Integer) e.getValue());
        }
        return of((Integer) general, byKind);
      }
    }
    throw ValidationException.of("activities.meetingMaxParticipants", SHAPE);
  }
}
