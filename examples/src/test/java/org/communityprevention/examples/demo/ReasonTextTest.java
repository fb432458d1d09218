package org.communityprevention.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.message.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A reason's text in the report")
class ReasonTextTest {
  @Test
  @DisplayName("shows enum codes among its values as their terms in the page's language")
  void terms() {
    Reason r = Reason.of("core.population.unmanaged_no_worker", Clause.S2_3)
        .fact("categories", "close_contact, centralised_isolation").build();
    assertThat(ReasonText.of(r, Messages.ZH)).isEqualTo("管理对象无包保责任人（密切接触者、集中隔离医学观察人员）");
    assertThat(ReasonText.of(r, Messages.EN)).doesNotContain("close_contact").contains("close contact");
  }

  @Test
  @DisplayName("reads lists in brackets, risk levels and rooms, and leaves any other value as it is")
  void values() {
    assertThat(ReasonText.localise("[DELIBERATION_ROOM, READING_ROOM]", true)).isEqualTo("村（居）民议事室、图书室");
    assertThat(ReasonText.localise("MEDIUM", true)).isEqualTo("中风险");
    assertThat(ReasonText.localise("MEDIUM", false)).isEqualTo("medium risk");
    assertThat(ReasonText.localise("360788101002", true)).isEqualTo("360788101002");
    assertThat(ReasonText.localise("MEDIUM, 2021-02-01", true)).isEqualTo("MEDIUM, 2021-02-01");
    assertThat(ReasonText.localise("[]", true)).isEqualTo("[]");
  }
}
