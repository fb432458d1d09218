package org.communityprevention.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.population.Examples.ED7;
import static org.communityprevention.core.population.Examples.ED9;
import static org.communityprevention.core.population.Examples.d;
import static org.communityprevention.core.population.Examples.holds;
import static org.communityprevention.core.population.Examples.membership;
import static org.communityprevention.core.population.Examples.person;

import org.communityprevention.core.policy.PhaseKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§2.4–§2.5 isolation medical observation")
class IsolationExamplesTest {

  @Test
  @DisplayName("§2.4 a home isolation order holds 14 days from its first day (ed7) and 7 days (ed9)")
  void homeIsolation() {
    PersonFacts f = person().addIsolationOrders(IsolationOrder.of(IsolationKind.HOME, d("2021-02-01"))).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.HOME_ISOLATION)).isFalse();
    assertThat(membership(ED7, f, "2021-02-01", Category.HOME_ISOLATION).phase())
        .contains(PhaseKind.HOME_ISOLATION);
    assertThat(holds(ED7, f, "2021-02-14", Category.HOME_ISOLATION)).isTrue();
    assertThat(holds(ED7, f, "2021-02-15", Category.HOME_ISOLATION)).isFalse();
    assertThat(holds(ED9, f, "2021-02-07", Category.HOME_ISOLATION)).isTrue();
    assertThat(holds(ED9, f, "2021-02-08", Category.HOME_ISOLATION)).isFalse();
  }

  @Test
  @DisplayName("§2.5 a centralised isolation order holds 14 days with tests on days 1, 4, 7, 14 (ed7)")
  void centralisedIsolation() {
    PersonFacts f = person().addIsolationOrders(IsolationOrder.of(IsolationKind.CENTRALISED, d("2021-02-01")))
        .build();
    assertThat(holds(ED7, f, "2021-01-31", Category.CENTRALISED_ISOLATION)).isFalse();
    CategoryMembership m = membership(ED7, f, "2021-02-04", Category.CENTRALISED_ISOLATION);
    assertThat(m.testDueToday()).isTrue();
    assertThat(m.testDates()).containsExactly(d("2021-02-01"), d("2021-02-04"), d("2021-02-07"), d("2021-02-14"));
    assertThat(holds(ED7, f, "2021-02-14", Category.CENTRALISED_ISOLATION)).isTrue();
    assertThat(membership(ED7, f, "2021-02-14", Category.CENTRALISED_ISOLATION).nextAction())
        .contains(NextAction.of(d("2021-02-14"), ActionKind.TEST));
    assertThat(membership(ED7, f, "2021-02-13", Category.CENTRALISED_ISOLATION).nextAction())
        .contains(NextAction.of(d("2021-02-14"), ActionKind.TEST));
    assertThat(holds(ED7, f, "2021-02-15", Category.CENTRALISED_ISOLATION)).isFalse();
  }
}
