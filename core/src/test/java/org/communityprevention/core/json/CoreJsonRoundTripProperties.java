package org.communityprevention.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Phase;
import org.communityprevention.core.testing.CoreGenerators;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Core values round-trip through JSON")
class CoreJsonRoundTripProperties {
  @Test
  @DisplayName("windows, profiles, phases and plans")
  void smallValues() {
    qt().forAll(CoreGenerators.dateWindows(), CoreGenerators.areaProfiles(), CoreGenerators.plans())
        .checkAssert((w, profile, plan) -> {
          assertThat(Json.read(Json.write(w), DateWindow.class)).isEqualTo(w);
          assertThat(Json.read(Json.write(profile), AreaProfile.class)).isEqualTo(profile);
          assertThat(Json.read(Json.write(plan), ManagementPlan.class)).isEqualTo(plan);
          plan.phases().forEach(p -> assertThat(Json.read(Json.write(p), Phase.class)).isEqualTo(p));
        });
  }

  @Test
  @DisplayName("reasons, decisions and violations, with the same text before and after")
  void explained() {
    qt().forAll(CoreGenerators.decisions(), CoreGenerators.violations()).checkAssert((d, v) -> {
      Decision<RiskLevel> back = Json.read(Json.write(d), new TypeReference<Decision<RiskLevel>>() {});
      assertThat(back).isEqualTo(d);
      assertThat(back.explain(java.util.Locale.ENGLISH)).isEqualTo(d.explain(java.util.Locale.ENGLISH));
      for (Reason r : d.reasons()) {
        assertThat(Json.read(Json.write(r), Reason.class)).isEqualTo(r);
      }
      assertThat(Json.read(Json.write(v), Violation.class)).isEqualTo(v);
    });
  }
}
