package org.communityprevention.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.List;
import java.util.Optional;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.testing.PersonGenerators;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

@DisplayName("A pseudonymous key: the library's one check of a vendor's id")
class PseudonymousIdTest {
  private static Optional<String> code(String id) {
    return PseudonymousId.check(id, "personId").map(Violation::code);
  }

  @Test
  @DisplayName("1 to 64 characters are taken; blank, 65, a control character or spaces around the key are refused")
  void shape() {
    assertThat(code("p")).isEmpty();
    assertThat(code("村-01 户 7")).isEmpty();
    assertThat(code("i".repeat(PseudonymousId.MAX_LENGTH))).isEmpty();
    for (String bad : List.of("", " ", "\u3000", "i".repeat(PseudonymousId.MAX_LENGTH + 1), " p-1", "p-1 ", "p\t1",
        "p\n", "p\u0000")) {
      Optional<Violation> v = PseudonymousId.check(bad, "personId");
      assertThat(v).as("'%s'", bad).isPresent();
      assertThat(v.get().field()).isEqualTo("personId");
      assertThat(v.get().code()).isEqualTo(PseudonymousId.INVALID);
      assertThat(v.get().params()).containsEntry("max", "64");
    }
  }

  @Test
  @DisplayName("an identity number, even with a wrong check character, and a mobile number are refused as personal data")
  void personalData() {
    assertThat(code("11010519491231002X")).contains(PseudonymousId.IDENTITY_NUMBER);
    assertThat(code("110105194912310021")).contains(PseudonymousId.IDENTITY_NUMBER);
    assertThat(code("110105491231002")).contains(PseudonymousId.IDENTITY_NUMBER);
    assertThat(code("1101-0519-4912-3100-2X")).contains(PseudonymousId.IDENTITY_NUMBER);
    assertThat(code("13800138000")).contains(PseudonymousId.PHONE_NUMBER);
    assertThat(code("+86 138-0013-8000")).contains(PseudonymousId.PHONE_NUMBER);
    // A vendor's numeric key of another length, or a landline-shaped one, is the vendor's own.
    assertThat(code("4409831020001234")).isEmpty();
    assertThat(code("12345678901")).isEmpty();
  }

  @Test
  @DisplayName("every identity number and every mobile number is refused, and the violation never repeats it")
  void neverPersonal() {
    qt().forAll(PersonGenerators.identityNumberStrings()).checkAssert(id -> {
      Violation v = PseudonymousId.check(id, "personId").orElseThrow();
      assertThat(v.code()).isEqualTo(PseudonymousId.IDENTITY_NUMBER);
      assertThat(v.toString()).doesNotContain(id);
      assertThat(v.message(Messages.ZH)).doesNotContain(id.substring(6, 14));
    });
    qt().forAll(PersonGenerators.mobileDigits()).checkAssert(m ->
        assertThat(code(m)).contains(PseudonymousId.PHONE_NUMBER));
  }

  @Test
  @DisplayName("a key of letters and digits with a letter in it, 1 to 64 long, is always taken")
  void opaqueKeysPass() {
    qt().forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 63), Generate.pick(List.of("W", "户", "p")))
        .checkAssert((tail, head) -> {
          String id = head + tail.strip().replaceAll("\\p{Cntrl}", "");
          assertThat(code(id)).as("'%s'", id).isEmpty();
        });
  }
}
