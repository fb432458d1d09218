package org.communityprevention.core.population;

import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.message.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.population.Examples.ED7;
import static org.communityprevention.core.population.Examples.d;
import static org.communityprevention.core.population.Examples.holds;
import static org.communityprevention.core.population.Examples.membership;
import static org.communityprevention.core.population.Examples.person;

@DisplayName("§5.4 the wider service scope of areas with an outbreak")
class OutbreakScopeExamplesTest {
  private static final AreaSituation OUTBREAK = AreaSituation.at(RiskLevel.MEDIUM);
  private static final AreaSituation QUIET = AreaSituation.at(RiskLevel.LOW);

  @Test
  @DisplayName("§5.4 adds people under home isolation in an outbreak area, for the days of the order")
  void homeIsolated() {
    PersonFacts f = person().area(OUTBREAK)
        .addIsolationOrders(IsolationOrder.of(IsolationKind.HOME, d("2021-02-01"))).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.HOME_ISOLATED_IN_OUTBREAK_AREA)).isFalse();
    assertThat(holds(ED7, f, "2021-02-01", Category.HOME_ISOLATED_IN_OUTBREAK_AREA)).isTrue();
    assertThat(holds(ED7, f, "2021-02-14", Category.HOME_ISOLATED_IN_OUTBREAK_AREA)).isTrue();
    assertThat(holds(ED7, f, "2021-02-15", Category.HOME_ISOLATED_IN_OUTBREAK_AREA)).isFalse();
    PersonFacts quiet = person().from(f).area(QUIET).build();
    assertThat(holds(ED7, quiet, "2021-02-01", Category.HOME_ISOLATED_IN_OUTBREAK_AREA)).isFalse();
    assertThat(holds(ED7, quiet, "2021-02-01", Category.HOME_ISOLATION)).isTrue();
  }

  @Test
  @DisplayName("§5.4 adds recovered people from their discharge, while the area has an outbreak")
  void recovered() {
    PersonFacts f = person().area(OUTBREAK)
        .medicalHistory(MedicalHistory.recovered(d("2021-01-10"), d("2021-02-01"))).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.RECOVERED_IN_OUTBREAK_AREA)).isFalse();
    CategoryMembership m = membership(ED7, f, "2021-03-30", Category.RECOVERED_IN_OUTBREAK_AREA);
    assertThat(m.start()).isEqualTo(d("2021-02-01"));
    assertThat(m.until()).isEmpty();
    assertThat(m.reasons().get(0).text(Messages.EN))
        .isEqualTo("recovered (discharged on 2021-02-01), living in an area with an outbreak (medium risk)");
  }

  @Test
  @DisplayName("§5.4 adds family members of a person in centralised isolation, for the isolation's days")
  void familyOfCentralisedIsolation() {
    PersonFacts f = person().area(OUTBREAK)
        .addHouseholdLinks(HouseholdLink.inCentralisedIsolation("K-1", d("2021-02-01"))).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.FAMILY_OF_CENTRALISED_ISOLATION)).isFalse();
    assertThat(holds(ED7, f, "2021-02-01", Category.FAMILY_OF_CENTRALISED_ISOLATION)).isTrue();
    assertThat(holds(ED7, f, "2021-02-14", Category.FAMILY_OF_CENTRALISED_ISOLATION)).isTrue();
    assertThat(holds(ED7, f, "2021-02-15", Category.FAMILY_OF_CENTRALISED_ISOLATION)).isFalse();
  }

  @Test
  @DisplayName("§5.4 adds family members of medical workers in an outbreak area, and not elsewhere")
  void familyOfMedicalWorker() {
    PersonFacts f = person().area(AreaSituation.at(RiskLevel.LOW, true))
        .addHouseholdLinks(HouseholdLink.medicalWorker("K-2")).build();
    assertThat(holds(ED7, f, "2021-02-10", Category.FAMILY_OF_MEDICAL_WORKER)).isTrue();
    PersonFacts quiet = person().from(f).area(QUIET).build();
    assertThat(holds(ED7, quiet, "2021-02-10", Category.FAMILY_OF_MEDICAL_WORKER)).isFalse();
  }
}
