package org.communityprevention.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("Resident identity numbers (GB 11643-1999)")
class IdentityNumberTest {
  private static Violation violationOf(Executable parse) {
    try {
      parse.execute();
    } catch (ValidationException e) {
      assertThat(e.violations()).hasSize(1);
      return e.violations().get(0);
    } catch (Throwable t) {
      throw new AssertionError("expected a ValidationException", t);
    }
    throw new AssertionError("expected a ValidationException, but the input was accepted");
  }

  /** A number with a correct check character around the given birth digits, so only the date can be wrong. */
  private static String withBirthDigits(String yyyymmdd) {
    String first17 = "110105" + yyyymmdd + "001";
    return first17 + IdentityNumber.checkCharacterFor(first17);
  }

  @Test
  @DisplayName("the standard's example 11010519491231002X is a woman born on 31 December 1949 in Beijing")
  void standardExample() {
    IdentityNumber id = IdentityNumber.parse("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.sex().chinese()).isEqualTo("女");
    assertThat(id.addressCode()).isEqualTo("110105");
    assertThat(id.isLegacy()).isFalse();
    assertThat(id.revealRaw()).isEqualTo("11010519491231002X");
  }

  @Test
  @DisplayName("the other published test vectors parse, with the sex taken from the sequence parity")
  void otherVectors() {
    IdentityNumber anhui = IdentityNumber.parse("34052419800101001X");
    assertThat(anhui.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    assertThat(anhui.sex()).isEqualTo(Sex.MALE);
    assertThat(anhui.sex().chinese()).isEqualTo("男");
    IdentityNumber jinan = IdentityNumber.parse("370101190102039973");
    assertThat(jinan.birthDate()).isEqualTo(LocalDate.of(1901, 2, 3));
    assertThat(jinan.sex()).isEqualTo(Sex.MALE);
    assertThat(jinan.addressCode()).isEqualTo("370101");
  }

  @Test
  @DisplayName("the check character follows ISO 7064 MOD 11-2")
  void checkCharacter() {
    assertThat(IdentityNumber.checkCharacterFor("11010519491231002")).isEqualTo('X');
    assertThat(IdentityNumber.checkCharacterFor("34052419800101001")).isEqualTo('X');
    assertThat(IdentityNumber.checkCharacterFor("37010119010203997")).isEqualTo('3');
    assertThatThrownBy(() -> IdentityNumber.checkCharacterFor("1101051949123100"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("1101051949123100");
  }

  @Test
  @DisplayName("a lower-case x is read as X and the values are equal")
  void lowerCaseX() {
    IdentityNumber lower = IdentityNumber.parse("11010519491231002x");
    assertThat(lower.revealRaw()).isEqualTo("11010519491231002X");
    assertThat(lower).isEqualTo(IdentityNumber.parse("11010519491231002X"))
        .hasSameHashCodeAs(IdentityNumber.parse("11010519491231002X"));
  }

  @Test
  @DisplayName("leading and trailing spaces are ignored")
  void surroundingSpaces() {
    assertThat(IdentityNumber.parse("  11010519491231002X \t\n").revealRaw()).isEqualTo("11010519491231002X");
    assertThat(IdentityNumber.parse("\u300011010519491231002X\u3000").revealRaw()).isEqualTo("11010519491231002X");
  }

  @Test
  @DisplayName("masking shows only the first and last character")
  void masking() {
    IdentityNumber id = IdentityNumber.parse("11010519491231002X");
    assertThat(id.masked()).isEqualTo("1****************X");
    assertThat(id).hasToString("1****************X");
  }

  @Test
  @DisplayName("a wrong check character is rejected")
  void wrongCheck() {
    Violation v = violationOf(() -> IdentityNumber.parse("110105194912310021"));
    assertThat(v.code()).isEqualTo("core.person.id_number_check");
    assertThat(v.field()).isEqualTo("identityNumber");
  }

  @Test
  @DisplayName("wrong lengths are rejected with the expected and found length")
  void wrongLength() {
    Violation v = violationOf(() -> IdentityNumber.parse("11010519491231002"));
    assertThat(v.code()).isEqualTo("core.person.id_number_length");
    assertThat(v.params()).containsEntry("expected", "18").containsEntry("length", "17");
    assertThat(violationOf(() -> IdentityNumber.parse("11010519491231002X1")).code())
        .isEqualTo("core.person.id_number_length");
    assertThat(violationOf(() -> IdentityNumber.parse("   ")).params()).containsEntry("length", "0");
  }

  @Test
  @DisplayName("impossible birth dates such as 30 February and month 13 are rejected")
  void impossibleDates() {
    assertThat(violationOf(() -> IdentityNumber.parse(withBirthDigits("19800230"))).code())
        .isEqualTo("core.person.id_number_birth_date");
    assertThat(violationOf(() -> IdentityNumber.parse(withBirthDigits("19801331"))).code())
        .isEqualTo("core.person.id_number_birth_date");
    assertThat(violationOf(() -> IdentityNumber.parse(withBirthDigits("19800100"))).code())
        .isEqualTo("core.person.id_number_birth_date");
    assertThat(violationOf(() -> IdentityNumber.parse(withBirthDigits("19000229"))).code())
        .as("1900 was not a leap year").isEqualTo("core.person.id_number_birth_date");
    assertThat(IdentityNumber.parse(withBirthDigits("20000229")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  @DisplayName("full-width digits are rejected at their position")
  void fullWidthDigits() {
    Violation v = violationOf(() -> IdentityNumber.parse("１１０１０５１９４９１２３１００２Ｘ"));
    assertThat(v.code()).isEqualTo("core.person.id_number_characters");
    assertThat(v.params()).containsEntry("position", "1");
    Violation oneInside = violationOf(() -> IdentityNumber.parse("110105194912３1002X"));
    assertThat(oneInside.params()).containsEntry("position", "13");
  }

  @Test
  @DisplayName("X anywhere but last, and other letters, are rejected at their position")
  void letters() {
    assertThat(violationOf(() -> IdentityNumber.parse("1101051949123100X2")).params())
        .containsEntry("position", "17");
    assertThat(violationOf(() -> IdentityNumber.parse("11010519491231002Y")).params())
        .containsEntry("position", "18");
  }

  @Test
  @DisplayName("a supplementary character counts as one position")
  void supplementaryCharacter() {
    Violation v = violationOf(() -> IdentityNumber.parse("11𠀀010519491231002"));
    assertThat(v.code()).isEqualTo("core.person.id_number_characters");
    assertThat(v.params()).containsEntry("position", "3");
  }

  @Test
  @DisplayName("a 15-digit legacy number is rejected unless legacy numbers are asked for")
  void legacyRejected() {
    Violation v = violationOf(() -> IdentityNumber.parse("110105491231002"));
    assertThat(v.code()).isEqualTo("core.person.id_number_legacy");
  }

  @Test
  @DisplayName("a 15-digit legacy number parses explicitly and upgrades to the 18-character number")
  void legacyParsed() {
    IdentityNumber legacy = IdentityNumber.parseLegacy(" 110105491231002 ");
    assertThat(legacy.isLegacy()).isTrue();
    assertThat(legacy.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(legacy.sex()).isEqualTo(Sex.FEMALE);
    assertThat(legacy.addressCode()).isEqualTo("110105");
    assertThat(legacy.masked()).isEqualTo("1*************2");
    assertThat(legacy.revealRaw()).isEqualTo("110105491231002");
    assertThat(legacy.toEighteenCharacters()).isEqualTo(IdentityNumber.parse("11010519491231002X"));
    assertThat(legacy).isNotEqualTo(legacy.toEighteenCharacters());
    assertThat(IdentityNumber.parseAny("110105491231002")).isEqualTo(legacy);
    assertThat(IdentityNumber.parseAny("11010519491231002X").isLegacy()).isFalse();
  }

  @Test
  @DisplayName("a legacy number with a wrong length, a letter or an impossible date is rejected")
  void legacyRejections() {
    assertThat(violationOf(() -> IdentityNumber.parseLegacy("11010519491231002X")).params())
        .containsEntry("expected", "15");
    assertThat(violationOf(() -> IdentityNumber.parseLegacy("11010549123100X")).code())
        .isEqualTo("core.person.id_number_characters");
    assertThat(violationOf(() -> IdentityNumber.parseLegacy("110105490230002")).code())
        .isEqualTo("core.person.id_number_birth_date");
  }

  @Test
  @DisplayName("a birth date after the caller's today is implausible")
  void futureBirth() {
    IdentityNumber id = IdentityNumber.parse(withBirthDigits("20300101"));
    Violation v = violationOf(() -> id.checkPlausibleOn(LocalDate.of(2025, 6, 1), 120));
    assertThat(v.code()).isEqualTo("core.person.id_number_future_birth");
    assertThat(id.checkPlausibleOn(LocalDate.of(2030, 1, 1), 120)).isSameAs(id);
  }

  @Test
  @DisplayName("an age over the caller's maximum is implausible, the maximum itself is not")
  void tooOld() {
    IdentityNumber id = IdentityNumber.parse("370101190102039973");
    assertThat(id.checkPlausibleOn(LocalDate.of(2021, 2, 3), 120)).isSameAs(id);
    Violation v = violationOf(() -> id.checkPlausibleOn(LocalDate.of(2022, 2, 3), 120, "residents[0].id"));
    assertThat(v.code()).isEqualTo("core.person.id_number_too_old");
    assertThat(v.field()).isEqualTo("residents[0].id");
    assertThat(v.params()).containsEntry("maxAge", "120");
  }

  @Test
  @DisplayName("age counts whole years on the given day")
  void age() {
    IdentityNumber id = IdentityNumber.parse("11010519491231002X");
    assertThat(id.ageOn(LocalDate.of(2021, 12, 30))).isEqualTo(71);
    assertThat(id.ageOn(LocalDate.of(2021, 12, 31))).isEqualTo(72);
    assertThat(id.ageOn(LocalDate.of(1949, 12, 31))).isZero();
  }

  @Test
  @DisplayName("one born on 29 February turns a year older on 1 March of a common year")
  void leapDayBirthday() {
    IdentityNumber id = IdentityNumber.parse(withBirthDigits("20000229"));
    assertThat(id.ageOn(LocalDate.of(2001, 2, 28))).isZero();
    assertThat(id.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
    assertThat(id.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
  }

  @Test
  @DisplayName("the caller names the field path")
  void fieldPath() {
    assertThat(violationOf(() -> IdentityNumber.parse("x", "residents[3].identityNumber")).field())
        .isEqualTo("residents[3].identityNumber");
  }

  @Test
  @DisplayName("no rejection message repeats the input")
  void noLeakInExamples() {
    for (String raw : new String[] {"110105194912310021", "11010519491231002", "110105491231002",
        "１１０１０５１９４９１２３１００２Ｘ", withBirthDigits("19800230")}) {
      try {
        IdentityNumber.parse(raw);
        throw new AssertionError("accepted");
      } catch (ValidationException e) {
        Leaks.assertNoPieceOf(raw, e);
      }
    }
  }

  @Test
  @DisplayName("15 characters with a letter are a wrong length, not a legacy number")
  void fifteenWithALetter() {
    Violation v = violationOf(() -> IdentityNumber.parse("11010549123100X"));
    assertThat(v.code()).isEqualTo("core.person.id_number_length");
    assertThat(v.params()).containsEntry("length", "15");
  }

  @Test
  @DisplayName("the check character needs exactly 17 ASCII digits")
  void checkCharacterArgument() {
    assertThat(IdentityNumber.checkCharacterFor("11010519491231002")).isEqualTo('X');
    for (String bad : new String[] {"1101051949123100", "110105194912310020", "1101051949123100A",
        "１1010519491231002"}) {
      assertThatThrownBy(() -> IdentityNumber.checkCharacterFor(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(bad);
    }
  }

  @Test
  @DisplayName("a maximum age of 0 accepts one born that day, and a negative maximum is a programming error")
  void maximumAgeBounds() {
    IdentityNumber id = IdentityNumber.parse(withBirthDigits("20210203"));
    assertThat(id.checkPlausibleOn(LocalDate.of(2021, 2, 3), 0)).isSameAs(id);
    assertThatThrownBy(() -> id.checkPlausibleOn(LocalDate.of(2021, 2, 3), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the sex is read from the last digit of the sequence number, also of a legacy number")
  void sexOfEachParity() {
    assertThat(IdentityNumber.parse(withBirthDigits("19800101")).sex())
        .isEqualTo(Integer.parseInt(withBirthDigits("19800101").substring(16, 17)) % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    assertThat(IdentityNumber.parseLegacy("110105491231002").sex()).isEqualTo(Sex.FEMALE);
    assertThat(IdentityNumber.parseLegacy("110105491231001").sex()).isEqualTo(Sex.MALE);
  }
}
