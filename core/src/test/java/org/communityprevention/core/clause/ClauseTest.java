package org.communityprevention.core.clause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Clause catalogue")
class ClauseTest {
  @Test
  @DisplayName("holds the 41 clauses of the notice, §0.1 to §6.7, in order")
  void fortyOne() {
    assertThat(Clause.values()).hasSize(41);
    assertThat(Clause.values()[0].id()).isEqualTo("§0.1");
    assertThat(Clause.values()[40].id()).isEqualTo("§6.7");
    assertThat(Clause.ofId("2.3")).isEqualTo(Clause.S2_3);
    assertThat(Clause.S4_2.section()).isEqualTo(4);
    for (Clause c : Clause.values()) {
      assertThat(c.chinese()).isNotBlank();
      assertThat(c.english()).isNotBlank();
      assertThat(Clause.ofId(c.id())).isSameAs(c);
    }
  }

  @Test
  @DisplayName("is written in JSON as its id and read back; an unknown id is a typed error")
  void json() {
    assertThat(Json.write(Clause.S1_6)).isEqualTo("\"§1.6\"");
    assertThat(Json.read("\"§1.6\"", Clause.class)).isEqualTo(Clause.S1_6);
    assertThatThrownBy(() -> Json.read("\"§7.1\"", Clause.class)).isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("an unknown clause id is refused with its own code")
  void unknownId() {
    assertThatThrownBy(() -> Clause.ofId("7.1")).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations().get(0).code()).isEqualTo("core.clause.unknown"));
  }
}
