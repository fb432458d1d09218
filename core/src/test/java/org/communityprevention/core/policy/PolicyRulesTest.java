package org.communityprevention.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Policy values, plans and catalogs are checked")
class PolicyRulesTest {
  private static final Policy ED7 = NationalBaselines.byId("ed7-2020");

  /** The ed7 baseline as JSON with one change, read back: the violations, or none. */
  private static List<String> violations(Consumer<ObjectNode> change) {
    ObjectNode json = Json.read(PolicyJson.write(ED7), ObjectNode.class);
    change.accept(json);
    try {
      PolicyJson.read(json.toString());
      return List.of();
    } catch (ValidationException e) {
      return e.violations().stream().map(v -> v.field() + " " + v.code()).toList();
    }
  }

  @Test
  @DisplayName("counts and days are never negative, also inside a map of values; zero is allowed")
  void negativeValues() {
    assertThat(violations(j -> j.withObjectProperty("reporting").put("graceMinutes", -1)))
        .containsExactly("reporting.graceMinutes core.policy.negative");
    assertThat(violations(j -> j.withObjectProperty("reporting").withObjectProperty("suppliesPerThousandResidents").put("masks", -2)))
        .containsExactly("reporting.suppliesPerThousandResidents.masks core.policy.negative");
    assertThat(violations(j -> j.withObjectProperty("reporting").put("graceMinutes", 0))).isEmpty();
  }

  @Test
  @DisplayName("shares and targets lie between 0 and 1, both included")
  void shares() {
    assertThat(violations(j -> j.withObjectProperty("reporting").put("trainingCoverageTarget", 1.5)))
        .containsExactly("reporting.trainingCoverageTarget core.policy.share_range");
    assertThat(violations(j -> j.withObjectProperty("activities").put("facilityFlowLimitShare", -0.1)))
        .containsExactly("activities.facilityFlowLimitShare core.policy.share_range");
    assertThat(violations(j -> j.withObjectProperty("reporting").put("trainingCoverageTarget", 1.0))).isEmpty();
    assertThat(violations(j -> j.withObjectProperty("reporting").put("trainingCoverageTarget", 0.0))).isEmpty();
  }

  @Test
  @DisplayName("a plan is at least as strict when it has the same phases, none weaker, shorter or with fewer tests")
  void planStrictness() {
    ManagementPlan base = ManagementPlan.of(Phase.of(PhaseKind.CENTRALISED_ISOLATION, 14, 1, 14),
        Phase.of(PhaseKind.HOME_HEALTH_MONITORING, 7, 7));
    assertThat(base.atLeastAsStrictAs(base)).isTrue();
    assertThat(ManagementPlan.of(Phase.of(PhaseKind.CENTRALISED_ISOLATION, 14, 1, 7, 14),
        Phase.of(PhaseKind.HOME_ISOLATION, 7, 7)).atLeastAsStrictAs(base)).as("stricter kind, more tests").isTrue();
    assertThat(ManagementPlan.of(Phase.of(PhaseKind.CENTRALISED_ISOLATION, 14, 1, 14)).atLeastAsStrictAs(base))
        .as("a phase fewer").isFalse();
    assertThat(ManagementPlan.of(Phase.of(PhaseKind.HOME_ISOLATION, 14, 1, 14),
        Phase.of(PhaseKind.HOME_HEALTH_MONITORING, 7, 7)).atLeastAsStrictAs(base)).as("weaker kind").isFalse();
    assertThat(ManagementPlan.of(Phase.of(PhaseKind.CENTRALISED_ISOLATION, 13, 1, 13),
        Phase.of(PhaseKind.HOME_HEALTH_MONITORING, 7, 7)).atLeastAsStrictAs(base)).as("shorter").isFalse();
    assertThat(ManagementPlan.of(Phase.of(PhaseKind.CENTRALISED_ISOLATION, 14, 14),
        Phase.of(PhaseKind.HOME_HEALTH_MONITORING, 7, 7)).atLeastAsStrictAs(base)).as("a test fewer").isFalse();
    assertThat(PhaseKind.HOME_ISOLATION.atLeastAsStrictAs(PhaseKind.HOME_ISOLATION)).isTrue();
    assertThat(PhaseKind.COMMUNITY_HEALTH_MONITORING.atLeastAsStrictAs(PhaseKind.HOME_HEALTH_MONITORING)).isFalse();
    assertThat(PhaseKind.CENTRALISED_ISOLATION.english()).isEqualTo("centralised isolation medical observation");
    assertThat(PhaseKind.HOME_ISOLATION.chinese()).isEqualTo("居家隔离医学观察");
  }

  @Test
  @DisplayName("a catalog refuses overlapping periods, naming the later policy; periods that meet are fine")
  void catalogPeriods() {
    Policy first = new Policy.Builder().from(ED7).id("a").effectiveFrom(LocalDate.of(2021, 1, 1))
        .effectiveUntil(LocalDate.of(2021, 2, 1)).build();
    Policy meets = new Policy.Builder().from(ED7).id("b").effectiveFrom(LocalDate.of(2021, 2, 1))
        .effectiveUntil(java.util.Optional.empty()).build();
    Policy overlaps = new Policy.Builder().from(ED7).id("c").effectiveFrom(LocalDate.of(2021, 1, 31))
        .effectiveUntil(java.util.Optional.empty()).build();
    assertThat(PolicyCatalog.of(List.of(meets, first)).policies()).extracting(Policy::id).containsExactly("a", "b");
    assertThatThrownBy(() -> PolicyCatalog.of(List.of(first, overlaps)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          Violation v = e.violations().get(0);
          assertThat(v.field()).isEqualTo("policies[1].effectiveFrom");
          assertThat(v.code()).isEqualTo("core.policy.overlapping_periods");
          assertThat(v.params()).containsEntry("first", "a").containsEntry("second", "c");
        });
    Policy openEnded = new Policy.Builder().from(first).effectiveUntil(java.util.Optional.empty()).build();
    assertThatThrownBy(() -> PolicyCatalog.of(List.of(openEnded, meets))).isInstanceOf(ValidationException.class);
  }
}
