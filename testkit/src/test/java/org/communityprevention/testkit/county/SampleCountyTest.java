package org.communityprevention.testkit.county;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityprevention.core.division.Division;
import org.communityprevention.core.division.DivisionLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The sample county")
class SampleCountyTest {
  @Test
  @DisplayName("has 8 townships and 150 villages and communities with valid codes, and is the same for the same seed")
  void standard() {
    SampleCounty county = SampleCounty.standard();
    assertThat(county.townships()).hasSize(8);
    assertThat(county.tree().villageCount()).isEqualTo(150);
    assertThat(county.tree().villages()).allSatisfy(v -> {
      assertThat(v.level()).isEqualTo(DivisionLevel.VILLAGE);
      assertThat(v.urbanRuralClass()).isPresent();
      assertThat(SampleCounty.COUNTY.isAncestorOf(v.code())).isTrue();
    });
    assertThat(county.tree().villages().stream().filter(Division::isCommunity).count()).isBetween(30L, 120L);
    assertThat(SampleCounty.build(20_210_130L, 8, 150).tree()).isEqualTo(county.tree());
    assertThat(SampleCounty.build(7L, 8, 150).tree()).isNotEqualTo(county.tree());
  }
}
