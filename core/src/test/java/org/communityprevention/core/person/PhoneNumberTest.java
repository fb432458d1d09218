package org.communityprevention.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Phone numbers")
class PhoneNumberTest {
  private static Violation violationOf(String raw) {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> PhoneNumber.parse(raw));
    assertThat(e).as("rejected").isNotNull();
    Leaks.assertNoPieceOf(raw, e);
    return e.violations().get(0);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"13812345678", "138 1234 5678", "138-1234-5678", "138.1234.5678", "(138) 12345678",
      "+8613812345678", "+86 138 1234 5678", "(+86) 138-1234-5678", "0086 138 1234 5678", "008613812345678",
      "8613812345678", "86-138-1234-5678", "  13812345678\t"})
  @DisplayName("a mobile number with a country prefix or separators normalises to its 11 digits")
  void mobileForms(String raw) {
    PhoneNumber phone = PhoneNumber.parse(raw);
    assertThat(phone.isMobile()).isTrue();
    assertThat(phone.revealRaw()).isEqualTo("13812345678");
    assertThat(phone.masked()).isEqualTo("138****5678");
    assertThat(phone).hasToString("138****5678").isEqualTo(PhoneNumber.parse("13812345678"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "010-12345678   | 01012345678  | 010-******78",
      "(010) 1234 5678| 01012345678  | 010-******78",
      "+86 10 12345678| 01012345678  | 010-******78",
      "0086-10-1234-5678| 01012345678| 010-******78",
      "0755 8888 9999 | 075588889999 | 0755-******99",
      "+86 755 8888 9999| 075588889999| 0755-******99",
      "021-6123456    | 0216123456   | 021-*****56",
      "0571.8765432   | 05718765432  | 0571-*****32"})
  @DisplayName("a landline keeps its area code with the leading 0 and masks all but the last two digits")
  void landlines(String raw, String digits, String masked) {
    PhoneNumber phone = PhoneNumber.parse(raw);
    assertThat(phone.isMobile()).isFalse();
    assertThat(phone.revealRaw()).isEqualTo(digits);
    assertThat(phone.masked()).isEqualTo(masked);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "1381234567a      | 11",
      "１３８１２３４５６７８ | 1",
      "138/1234/5678    | 4",
      "138+12345678     | 4",
      "++8613812345678  | 2"})
  @DisplayName("a character other than digits, separators and one leading plus is rejected at its position")
  void characters(String raw, String position) {
    Violation v = violationOf(raw);
    assertThat(v.code()).isEqualTo("core.person.phone_characters");
    assertThat(v.params()).containsEntry("position", position);
    assertThat(v.field()).isEqualTo("phone");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"138123456789", "1381234567", "010-123456", "0755-888899990", "01", "", "   ", "+86"})
  @DisplayName("a number of the wrong length is rejected")
  void lengths(String raw) {
    assertThat(violationOf(raw).code()).isEqualTo("core.person.phone_length");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"12812345678", "11012345678", "88888888", "+1 415 555 2671", "011-12345678",
      "001-12345678", "010-01234567", "8612812345678"})
  @DisplayName("a number that is neither a mobile nor a landline with area code is rejected")
  void formats(String raw) {
    assertThat(violationOf(raw).code()).isEqualTo("core.person.phone_format");
  }

  @Test
  @DisplayName("a bare 86 is a country prefix only in front of a mobile number")
  void bareEightySix() {
    assertThat(PhoneNumber.parse("8613912345678").revealRaw()).isEqualTo("13912345678");
    assertThat(violationOf("86755888899").code()).isEqualTo("core.person.phone_format");
  }

  @Test
  @DisplayName("the caller names the field path")
  void fieldPath() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> PhoneNumber.parse("x", "residents[2].phone"));
    assertThat(e.violations().get(0).field()).isEqualTo("residents[2].phone");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "+86               | core.person.phone_length | 0",
      "+86 1             | core.person.phone_length | 2",
      "+86 13            | core.person.phone_length | 2",
      "+86 138 1234 567  | core.person.phone_length | 10",
      "0                 | core.person.phone_length | 1",
      "01                | core.person.phone_length | 2",
      "0755 888 999      | core.person.phone_length | 10",
      "010 1234 567890   | core.person.phone_length | 13",
      "12812345678       | core.person.phone_format | ",
      "0131234567        | core.person.phone_format | ",
      "010 0123 4567     | core.person.phone_format | ",
      "138_1234_5678     | core.person.phone_characters | 4"})
  @DisplayName("what is left after the country prefix and the trunk 0 is checked for length and format")
  void afterThePrefix(String raw, String code, String param) {
    Violation v = violationOf(raw);
    assertThat(v.code()).isEqualTo(code);
    if (param != null) {
      assertThat(v.params()).containsValue(param);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"+86 010 1234 5678", "+86 (010) 1234-5678", "010.1234.5678", "(010)12345678",
      "010\u00a012345678", "010\u300012345678"})
  @DisplayName("a trunk 0 kept after +86 and every separator (- . ( ) and spaces) are accepted")
  void trunkZeroAndSeparators(String raw) {
    String unescaped = raw.replace("\\u00a0", "\u00a0").replace("\\u3000", "\u3000");
    assertThat(PhoneNumber.parse(unescaped).revealRaw()).isEqualTo("01012345678");
  }
}
