package org.communityprevention.risk.timeline;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.policy.GoverningLevel;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.core.area.AreaId;

/**
 * The designated areas' levels over one window, answering "what level governs this village or community on this
 * day" under {@code risk.governingLevel}:
 * <ul>
 *   <li>its <em>own</em> level is the most severe of the village itself and the parts designated inside it
 *       (compounds, buildings), whose response the village committee runs;
 *   <li>its <em>containing</em> level is the most severe of the designated areas that contain it (its township, its
 *       county);
 *   <li>{@code OWN} takes the first, {@code CONTAINING_AREA} the second, {@code MORE_SEVERE} the more severe.
 * </ul>
 * An area without a timeline is low.
 */
public final class RiskMap {
  /** Violation code: a series that does not cover the map's window. */
  public static final String WINDOW = "risk.timeline.map_window";
  /** Violation code: a village code that is not at village level. */
  public static final String NOT_VILLAGE = "risk.timeline.not_village";
  /** Reason code: the governing level of a village. */
  public static final String GOVERNING = "risk.timeline.governing";

  private static final RiskLevel[] LEVELS = RiskLevel.values();

  private final PolicyRef policy;
  private final GoverningLevel governing;
  private final DateWindow window;
  private final ImmutableSortedMap<AreaId, LevelSeries> areas;

  private RiskMap(Policy policy, DateWindow window, Map<AreaId, LevelSeries> areas) {
    this.policy = policy.ref();
    this.governing = policy.risk().governingLevel();
    this.window = window;
    this.areas = ImmutableSortedMap.copyOf(areas);
  }

  /**
   * A map of areas' levels over a window.
   *
   * @throws ValidationException with {@value #WINDOW} naming each area whose series does not cover the window
   */
  public static RiskMap of(Policy policy, DateWindow window, Map<AreaId, LevelSeries> areas) {
    List<Violation> problems = new ArrayList<>();
    for (Map.Entry<AreaId, LevelSeries> e : areas.entrySet()) {
      LevelSeries s = e.getValue();
      if (!window.isEmpty() && !(s.covers(window.start()) && s.covers(window.endExclusive().minusDays(1)))) {
        problems.add(Violation.of("areas[" + e.getKey() + "]", WINDOW,
            "window", window));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new RiskMap(policy, window, areas);
  }

  /**
   * A map of timelines that share one window.
   *
   * @throws ValidationException if their windows differ
   */
  public static RiskMap ofTimelines(Policy policy, DateWindow window, Collection<RiskTimeline> timelines) {
    ImmutableSortedMap.Builder<AreaId, LevelSeries> out = ImmutableSortedMap.naturalOrder();
    timelines.forEach(t -> out.put(t.area(), t.dailyLevels()));
    return of(policy, window, out.build());
  }

  /** The window. */
  public DateWindow window() {
    return window;
  }

  /** The level of an area on a day; low if it has no timeline. */
  public RiskLevel levelOf(AreaId area, LocalDate date) {
    LevelSeries s = areas.get(area);
    return s == null ? RiskLevel.LOW : s.levelOn(checked(date));
  }

  /** The governing level of a village or community on a day, without reasons (the hot path). */
  public RiskLevel villageLevel(DivisionCode village, LocalDate date) {
    return decide(village, checked(date), null);
  }

  /** The governing level of a village or community on a day, with the reason. */
  public Decision<RiskLevel> explainVillageLevel(DivisionCode village, LocalDate date) {
    List<Reason> why = new ArrayList<>(1);
    RiskLevel level = decide(village, checked(date), why);
    return Decision.of(level, policy, why);
  }

  /** The governing level of a village or community on every day of the window. */
  public LevelSeries villageSeries(DivisionCode village) {
    requireVillage(village);
    int n = Math.toIntExact(window.days());
    byte[] own = new byte[n];
    byte[] containing = new byte[n];
    for (Map.Entry<AreaId, LevelSeries> e : areas.tailMap(AreaId.of(village)).entrySet()) {
      if (!e.getKey().division().equals(village)) {
        break;
      }
      maxInto(own, e.getValue());
    }
    for (DivisionCode ancestor : village.ancestors()) {
      LevelSeries s = areas.get(AreaId.of(ancestor));
      if (s != null) {
        maxInto(containing, s);
      }
    }
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) governed(own[i], containing[i]);
    }
    return LevelSeries.wrap(window.start(), out);
  }

  private void maxInto(byte[] into, LevelSeries s) {
    int offset = (int) (window.start().toEpochDay() - s.start().toEpochDay());
    for (int i = 0; i < into.length; i++) {
      into[i] = (byte) Math.max(into[i], s.levelAt(offset + i).ordinal());
    }
  }

  private RiskLevel decide(DivisionCode village, LocalDate date, List<Reason> why) {
    requireVillage(village);
    int own = 0;
    for (Map.Entry<AreaId, LevelSeries> e : areas.tailMap(AreaId.of(village)).entrySet()) {
      if (!e.getKey().division().equals(village)) {
        break;
      }
      own = Math.max(own, e.getValue().levelOn(date).ordinal());
    }
    int containing = 0;
    for (DivisionCode ancestor : village.ancestors()) {
      LevelSeries s = areas.get(AreaId.of(ancestor));
      if (s != null) {
        containing = Math.max(containing, s.levelOn(date).ordinal());
      }
    }
    RiskLevel level = LEVELS[governed(own, containing)];
    if (why != null) {
      why.add(Reason.of(GOVERNING, Clause.S1_4).fact("village", village).fact("date", date)
          .fact("own", LEVELS[own]).fact("ownZh", LEVELS[own].chinese())
          .fact("containing", LEVELS[containing]).fact("containingZh", LEVELS[containing].chinese())
          .fact("level", level).fact("levelZh", level.chinese()).policy("risk.governingLevel", governing).build());
    }
    return level;
  }

  private int governed(int own, int containing) {
    switch (governing) {
      case OWN:
        return own;
      case CONTAINING_AREA:
        return containing;
      case MORE_SEVERE:
        return Math.max(own, containing);
      default:
        throw new IllegalStateException("unknown governing level " + governing);
    }
  }

  private LocalDate checked(LocalDate date) {
    if (!window.contains(date)) {
      throw ValidationException.of("date", LevelSeries.OUTSIDE, "date", date, "window", window);
    }
    return date;
  }

  private static void requireVillage(DivisionCode village) {
    if (village.level() != DivisionLevel.VILLAGE) {
      throw ValidationException.of("village", NOT_VILLAGE, "level", village.level().code(),
          "levelZh", village.level().chinese());
    }
  }
}
