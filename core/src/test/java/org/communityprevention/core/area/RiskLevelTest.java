package org.communityprevention.core.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Risk levels (低/中/高风险)")
class RiskLevelTest {

  @Test
  @DisplayName("each level has its code and its Chinese and English terms")
  void terms() {
    assertThat(RiskLevel.LOW.code()).isEqualTo("low");
    assertThat(RiskLevel.MEDIUM.chinese()).isEqualTo("中风险");
    assertThat(RiskLevel.HIGH.english()).isEqualTo("high risk");
  }

  @Test
  @DisplayName("severity orders low < medium < high; a level is at least as severe as itself")
  void severity() {
    assertThat(RiskLevel.MEDIUM.atLeast(RiskLevel.LOW)).isTrue();
    assertThat(RiskLevel.MEDIUM.atLeast(RiskLevel.MEDIUM)).isTrue();
    assertThat(RiskLevel.MEDIUM.atLeast(RiskLevel.HIGH)).isFalse();
    assertThat(RiskLevel.max(RiskLevel.LOW, RiskLevel.HIGH)).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskLevel.max(RiskLevel.HIGH, RiskLevel.MEDIUM)).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskLevel.max(RiskLevel.MEDIUM, RiskLevel.MEDIUM)).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  @DisplayName("a step down goes high → medium → low and stays at low")
  void stepDown() {
    assertThat(RiskLevel.HIGH.stepDown()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.MEDIUM.stepDown()).isEqualTo(RiskLevel.LOW);
    assertThat(RiskLevel.LOW.stepDown()).isEqualTo(RiskLevel.LOW);
  }
}
