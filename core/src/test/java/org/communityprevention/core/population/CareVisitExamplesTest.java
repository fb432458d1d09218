package org.communityprevention.core.population;

import java.util.Map;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.population.Examples.ED7;
import static org.communityprevention.core.population.Examples.d;
import static org.communityprevention.core.population.Examples.holds;
import static org.communityprevention.core.population.Examples.membership;
import static org.communityprevention.core.population.Examples.person;

@DisplayName("§5.3 festival visits in areas without an outbreak")
class CareVisitExamplesTest {
  private static final AreaSituation QUIET = AreaSituation.at(RiskLevel.LOW);

  @Test
  @DisplayName("§5.3 visits minimum-living-allowance recipients on every day of the festival window, and only then")
  void minimumLivingAllowance() {
    PersonFacts f = person().area(QUIET).addSocialStatuses(SocialStatus.MINIMUM_LIVING_ALLOWANCE).build();
    assertThat(holds(ED7, f, "2021-01-27", Category.MINIMUM_LIVING_ALLOWANCE)).isFalse();
    CategoryMembership m = membership(ED7, f, "2021-01-28", Category.MINIMUM_LIVING_ALLOWANCE);
    assertThat(m.start()).isEqualTo(d("2021-01-28"));
    assertThat(m.lastDay()).contains(d("2021-03-08"));
    assertThat(holds(ED7, f, "2021-03-08", Category.MINIMUM_LIVING_ALLOWANCE)).isTrue();
    Classification after = PopulationClassifier.classify(f, d("2021-03-09"), ED7);
    assertThat(after.memberships()).isEmpty();
    assertThat(after.notes()).extracting(Reason::code).contains("core.population.outside_holiday_window");
  }

  @Test
  @DisplayName("§5.3 no festival visit in an area with an outbreak (medium risk and above), unless stated otherwise")
  void notInOutbreakArea() {
    PersonFacts medium = person().area(AreaSituation.at(RiskLevel.MEDIUM))
        .addSocialStatuses(SocialStatus.EXTREME_POVERTY).build();
    Classification c = PopulationClassifier.classify(medium, d("2021-02-10"), ED7);
    assertThat(c.memberships()).isEmpty();
    assertThat(c.notes()).extracting(Reason::code).contains("core.population.care_visit_outbreak_area");
    PersonFacts statedQuiet = person().area(AreaSituation.at(RiskLevel.MEDIUM, false))
        .addSocialStatuses(SocialStatus.EXTREME_POVERTY).build();
    assertThat(holds(ED7, statedQuiet, "2021-02-10", Category.EXTREME_POVERTY)).isTrue();
  }

  @Test
  @DisplayName("§5.3 without the area's situation no visit is decided, and a note says so")
  void areaUnknown() {
    PersonFacts f = person().addSocialStatuses(SocialStatus.LOW_INCOME_FAMILY).build();
    Classification c = PopulationClassifier.classify(f, d("2021-02-10"), ED7);
    assertThat(c.memberships()).isEmpty();
    assertThat(c.notes()).extracting(Reason::code).contains("core.population.area_unknown");
  }

  @Test
  @DisplayName("§5.3 visits each group of the clause during the festival in a quiet area")
  void everyGroup() {
    Map<SocialStatus, Category> groups = Map.of(
        SocialStatus.MIGRANT_WORKER_STAYING_FOR_HOLIDAY, Category.MIGRANT_WORKER_STAYING_FOR_HOLIDAY,
        SocialStatus.MINIMUM_LIVING_ALLOWANCE, Category.MINIMUM_LIVING_ALLOWANCE,
        SocialStatus.EXTREME_POVERTY, Category.EXTREME_POVERTY,
        SocialStatus.SPECIAL_HARDSHIP, Category.SPECIAL_HARDSHIP_VISIT,
        SocialStatus.LOW_INCOME_FAMILY, Category.LOW_INCOME_FAMILY);
    groups.forEach((status, category) -> {
      PersonFacts f = person().area(QUIET).birthDate(d("1980-01-01")).addSocialStatuses(status).build();
      assertThat(holds(ED7, f, "2021-01-27", category)).as(category.name() + " day before").isFalse();
      assertThat(holds(ED7, f, "2021-01-28", category)).as(category.name() + " day 0").isTrue();
      assertThat(holds(ED7, f, "2021-03-08", category)).as(category.name() + " last day").isTrue();
      assertThat(holds(ED7, f, "2021-03-09", category)).as(category.name() + " day after").isFalse();
    });
  }

  @Test
  @DisplayName("§5.3 visits left-behind elderly people from the elderly age, and left-behind children in town too")
  void leftBehind() {
    PersonFacts elderly = person().area(QUIET).birthDate(d("1961-02-10")).addSocialStatuses(SocialStatus.LEFT_BEHIND)
        .build();
    assertThat(holds(ED7, elderly, "2021-02-09", Category.LEFT_BEHIND_ELDERLY)).isFalse();
    assertThat(membership(ED7, elderly, "2021-02-10", Category.LEFT_BEHIND_ELDERLY).start())
        .isEqualTo(d("2021-02-10"));
    PersonFacts child = person().area(QUIET).birthDate(d("2010-01-01")).addSocialStatuses(SocialStatus.LEFT_BEHIND)
        .build();
    assertThat(holds(ED7, child, "2021-01-27", Category.LEFT_BEHIND_CHILD_VISIT)).isFalse();
    assertThat(holds(ED7, child, "2021-01-28", Category.LEFT_BEHIND_CHILD_VISIT)).isTrue();
    assertThat(holds(ED7, child, "2021-03-08", Category.LEFT_BEHIND_CHILD_VISIT)).isTrue();
    assertThat(holds(ED7, child, "2021-03-09", Category.LEFT_BEHIND_CHILD_VISIT)).isFalse();
    assertThat(holds(ED7, child, "2021-02-10", Category.RURAL_LEFT_BEHIND_CHILD)).as("urban").isFalse();
  }

  @Test
  @DisplayName("§5.3 a child's visit ends on the 18th birthday if it falls in the festival")
  void childVisitsEndAtAdulthood() {
    PersonFacts f = person().area(QUIET).birthDate(d("2003-02-15"))
        .addSocialStatuses(SocialStatus.SCATTERED_ORPHAN, SocialStatus.IN_DIFFICULTY).build();
    CategoryMembership m = membership(ED7, f, "2021-02-14", Category.SCATTERED_ORPHAN_VISIT);
    assertThat(m.lastDay()).contains(d("2021-02-14"));
    assertThat(holds(ED7, f, "2021-02-14", Category.CHILD_IN_DIFFICULTY_VISIT)).isTrue();
    assertThat(holds(ED7, f, "2021-02-15", Category.SCATTERED_ORPHAN_VISIT)).isFalse();
    assertThat(holds(ED7, f, "2021-02-15", Category.CHILD_IN_DIFFICULTY_VISIT)).isFalse();
  }
}
