package org.communityprevention.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.message.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Explained decisions")
class DecisionTest {
  private final Reason reason = Reason.of("core.policy.none_in_force", Clause.S1_4, Clause.S2_1)
      .fact("date", "2021-02-01").policy("risk.windowDays", 14).build();

  @Test
  @DisplayName("a decision cites its clauses and renders its reasons in Chinese and English")
  void explains() {
    Decision<RiskLevel> d = Decision.of(RiskLevel.MEDIUM, PolicyRef.of("ed7-2020", "1"), reason);
    assertThat(d.clauses()).containsExactly(Clause.S1_4, Clause.S2_1);
    assertThat(d.explain(Messages.EN)).containsExactly("no policy is in force on 2021-02-01");
    assertThat(d.explain(Messages.ZH)).containsExactly("2021-02-01 没有有效的政策");
    assertThat(d.policy().toString()).isEqualTo("ed7-2020@1");
  }

  @Test
  @DisplayName("a decision without a reason cannot be built")
  void needsReason() {
    assertThatThrownBy(() -> Decision.of(RiskLevel.LOW, PolicyRef.of("x", "1"), List.of()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("a decision round-trips through JSON with its generic outcome, reasons and clauses")
  void jsonRoundTrip() {
    Decision<RiskLevel> d = Decision.of(RiskLevel.HIGH, PolicyRef.of("ed9-2022", "1"), reason);
    String json = Json.write(d);
    assertThat(json).contains("\"clauses\":[\"§1.4\",\"§2.1\"]").contains("\"outcome\":\"HIGH\"");
    Decision<RiskLevel> back = Json.read(json, new TypeReference<Decision<RiskLevel>>() {});
    assertThat(back).isEqualTo(d);
    assertThat(back.outcome()).isInstanceOf(RiskLevel.class);
  }
}
