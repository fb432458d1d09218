package org.communityprevention.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.Arrays;
import java.util.Optional;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.testing.PolicyGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("§5.3/§5.4 one outbreak rule: the classifier's compiled form agrees with AreaSituation.hasOutbreak")
class OutbreakRuleProperties {
  @Test
  @DisplayName("for every level, stated flag and baseline, the compact flags give the area's own answer")
  void compiledAgrees() {
    qt().forAll(PolicyGenerators.baselines(), Generate.enumValues(RiskLevel.class),
        Generate.pick(Arrays.asList(Optional.<Boolean>empty(), Optional.of(true), Optional.of(false))))
        .checkAssert((policy, level, stated) -> {
          AreaSituation area = stated.map(o -> AreaSituation.at(level, o)).orElseGet(() -> AreaSituation.at(level));
          int flags = CompactFacts.of(new PersonFacts.Builder().personId("p-1").area(area).build()).flags;
          assertThat(Rules.outbreak(flags, new CompiledPolicy(policy)))
              .isEqualTo(area.hasOutbreak(policy.services().outbreakFrom()));
        });
  }

  @Test
  @DisplayName("a resident whose area is unknown is never in an outbreak area")
  void unknownArea() {
    qt().forAll(PolicyGenerators.baselines()).checkAssert(policy -> assertThat(Rules.outbreak(
        CompactFacts.of(PersonFacts.of("p-1")).flags, new CompiledPolicy(policy))).isFalse());
  }
}
