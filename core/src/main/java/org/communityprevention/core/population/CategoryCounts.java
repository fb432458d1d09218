package org.communityprevention.core.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * How many residents are in each category on a day (重点人群统计), after the workers' manual decisions, and how many
 * have a manual decision that disagrees with the rules. Counts of two partitions add up with {@link #plus}, so a
 * county's counts are the sum of its villages' counts, however the residents were split.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCategoryCounts.class)
@JsonDeserialize(as = ImmutableCategoryCounts.class)
public abstract class CategoryCounts {
  /** Residents counted. */
  public abstract long residents();

  /** Residents in each category; categories with nobody are left out. */
  @Value.NaturalOrder
  public abstract SortedMap<Category, Long> perCategory();

  /** Residents with a manual decision that disagrees with the rules. */
  public abstract long disagreements();

  @Value.Check
  void check() {
    for (Map.Entry<Category, Long> e : perCategory().entrySet()) {
      if (e.getValue() <= 0 || e.getValue() > residents()) {
        throw ValidationException.of("perCategory." + e.getKey(), "core.population.count_range",
            "residents", residents());
      }
    }
    for (Map.Entry<Track, Long> e : perTrack().entrySet()) {
      if (e.getValue() <= 0 || e.getValue() > residents()) {
        throw ValidationException.of("perTrack." + e.getKey(), "core.population.count_range",
            "residents", residents());
      }
    }
    if (disagreements() < 0 || disagreements() > residents()) {
      throw ValidationException.of("disagreements", "core.population.count_range", "residents", residents());
    }
  }

  /** The residents in a category (0 if none). */
  public long of(Category c) {
    return perCategory().getOrDefault(c, 0L);
  }

  /** The residents with at least one category of a track (each resident counted once). */
  public abstract Map<Track, Long> perTrack();

  /** The counts of two disjoint sets of residents together. */
  public CategoryCounts plus(CategoryCounts other) {
    SortedMap<Category, Long> cats = new TreeMap<>(perCategory());
    other.perCategory().forEach((k, v) -> cats.merge(k, v, Long::sum));
    Map<Track, Long> tracks = new EnumMap<>(Track.class);
    tracks.putAll(perTrack());
    other.perTrack().forEach((k, v) -> tracks.merge(k, v, Long::sum));
    return ImmutableCategoryCounts.builder().residents(residents() + other.residents()).perCategory(cats)
        .perTrack(tracks).disagreements(disagreements() + other.disagreements()).build();
  }

  /** No residents. */
  public static CategoryCounts empty() {
    return ImmutableCategoryCounts.builder().residents(0).disagreements(0).build();
  }

  /**
   * Counts from tallies: {@code perCategory[c.ordinal()]} residents in category {@code c} and
   * {@code perTrack[t.ordinal()]} residents with a category of track {@code t}.
   */
  static CategoryCounts of(long residents, long[] perCategory, long[] perTrack, long disagreements) {
    ImmutableCategoryCounts.Builder b = ImmutableCategoryCounts.builder().residents(residents)
        .disagreements(disagreements);
    for (Category c : Category.all()) {
      if (perCategory[c.ordinal()] > 0) {
        b.putPerCategory(c, perCategory[c.ordinal()]);
      }
    }
    for (Track t : Track.values()) {
      if (perTrack[t.ordinal()] > 0) {
        b.putPerTrack(t, perTrack[t.ordinal()]);
      }
    }
    return b.build();
  }
}
