package org.communityprevention.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.communityprevention.core.message.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Texts of the personal-data codes")
class PersonMessagesTest {
  static List<String> codes() {
    return List.of("core.person.id_number_length", "core.person.id_number_characters",
        "core.person.id_number_birth_date", "core.person.id_number_check", "core.person.id_number_legacy",
        "core.person.id_number_future_birth", "core.person.id_number_too_old", "core.person.phone_characters",
        "core.person.phone_length", "core.person.phone_format", "core.person.name_blank",
        "core.person.name_characters", "core.person.name_length");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  @DisplayName("every code has an English and a Chinese text with its placeholders filled")
  void bothLanguages(String code) {
    assertThat(Messages.hasText(code, Messages.EN)).isTrue();
    assertThat(Messages.hasText(code, Messages.ZH)).isTrue();
    Map<String, ?> params = Map.of("expected", 18, "length", 17, "position", 3, "maxAge", 120, "max", 64);
    String en = Messages.render(code, params, Messages.EN);
    String zh = Messages.render(code, params, Messages.ZH);
    assertThat(en).doesNotContain("{").isNotEqualTo(zh);
    assertThat(zh).doesNotContain("{").containsPattern("\\p{IsHan}");
    // Four digits in a row in a fixed text could match a piece of a rejected number in the leak properties.
    assertThat(en + zh).doesNotContainPattern("[0-9]{4}");
  }
}
