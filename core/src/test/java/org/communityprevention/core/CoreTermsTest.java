package org.communityprevention.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.Track;
import org.communityprevention.core.testing.Terms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("every term of the core module reads in Chinese and English, each distinct within its enum")
class CoreTermsTest {
  @Test
  @DisplayName("every enum with terms has a non-blank, distinct Chinese and English term per constant")
  void terms() {
    // A group named under two clauses is two categories, one per track (see Category): its term repeats.
    assertThat(Terms.checkAll("org.communityprevention.core", Category.class)).contains(RiskLevel.class,
        Category.class, DivisionLevel.class, Clause.class);
  }

  @Test
  @DisplayName("within one track, no two categories share a term")
  void categoryTermsPerTrack() {
    for (Track t : Track.values()) {
      List<Category> inTrack = Category.all().stream().filter(c -> c.track() == t).collect(Collectors.toList());
      assertThat(inTrack).extracting(Category::chinese).doesNotHaveDuplicates();
      assertThat(inTrack).extracting(Category::english).doesNotHaveDuplicates();
    }
  }
}
