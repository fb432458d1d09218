package org.communityprevention.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Person names")
class PersonNameTest {
  private static Violation violationOf(String raw) {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> PersonName.parse(raw));
    assertThat(e).as("rejected").isNotNull();
    return e.violations().get(0);
  }

  @ParameterizedTest(name = "{0} masks to {1}")
  @CsvSource({"张三, 张*", "王, *", "诸葛亮, 诸**", "𠀀, *", "𠀀明, 𠀀*", "李𠀀, 李*",
      "𠀀𠀁𠀂, 𠀀**",
      "阿依古丽·买买提, 阿*******", "Mary Ann Smith, M*************"})
  @DisplayName("masking keeps the first character and puts one star per further character")
  void masking(String raw, String masked) {
    PersonName name = PersonName.parse(raw);
    assertThat(name.masked()).isEqualTo(masked);
    assertThat(name).hasToString(masked);
    assertThat(name.revealRaw()).isEqualTo(raw);
  }

  @Test
  @DisplayName("length counts a supplementary character once")
  void supplementaryLength() {
    assertThat(PersonName.parse("李𠀀").length()).isEqualTo(2);
    assertThat("李𠀀").hasSize(3);
  }

  @Test
  @DisplayName("surrounding whitespace is removed")
  void trimmed() {
    assertThat(PersonName.parse(" \u3000张三\t ")).isEqualTo(PersonName.parse("张三"));
  }

  @Test
  @DisplayName("a blank name is rejected")
  void blank() {
    assertThat(violationOf("").code()).isEqualTo("core.person.name_blank");
    assertThat(violationOf(" \t\u3000").code()).isEqualTo("core.person.name_blank");
  }

  @Test
  @DisplayName("control characters, line breaks and unpaired surrogates are rejected at their code-point position")
  void controlCharacters() {
    Violation nul = violationOf("张\u0000三");
    assertThat(nul.code()).isEqualTo("core.person.name_characters");
    assertThat(nul.params()).containsEntry("position", "2");
    assertThat(violationOf("𠀀𠀀\n三").params()).containsEntry("position", "3");
    assertThat(violationOf("张\u2028三").code()).isEqualTo("core.person.name_characters");
    assertThat(violationOf("张\uD840三").params()).containsEntry("position", "2");
    assertThat(violationOf("张三\uDC00").params()).containsEntry("position", "3");
  }

  @Test
  @DisplayName("64 characters are accepted, 65 are not, counting code points")
  void maximumLength() {
    assertThat(PersonName.parse("𠀀".repeat(64)).length()).isEqualTo(64);
    Violation v = violationOf("张".repeat(65));
    assertThat(v.code()).isEqualTo("core.person.name_length");
    assertThat(v.params()).containsEntry("length", "65").containsEntry("max", "64");
    assertThat(violationOf("𠀀".repeat(65)).params()).containsEntry("length", "65");
  }

  @Test
  @DisplayName("the caller names the field path")
  void fieldPath() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> PersonName.parse(" ", "residents[1].name"));
    assertThat(e.violations().get(0).field()).isEqualTo("residents[1].name");
  }
}
