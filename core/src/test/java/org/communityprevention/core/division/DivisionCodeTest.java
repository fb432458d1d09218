package org.communityprevention.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Division codes (统计用区划代码)")
class DivisionCodeTest {

  static Violation rejection(String text, String field) {
    try {
      DivisionCode.parse(text, field);
    } catch (ValidationException e) {
      assertThat(e.violations()).hasSize(1);
      return e.violations().get(0);
    }
    throw new AssertionError("accepted " + text);
  }

  @Test
  @DisplayName("the community 水口居委会 440983102001 is a village-level code under a town")
  void communityExample() {
    DivisionCode code = DivisionCode.parse("440983102001");
    assertThat(code.level()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(code.value()).isEqualTo("440983102001");
    assertThat(code.toString()).isEqualTo("440983102001");
    assertThat(code.asLong()).isEqualTo(440983102001L);
    assertThat(code.parent()).contains(DivisionCode.parse("440983102000"));
    assertThat(code.ancestors()).extracting(DivisionCode::value)
        .containsExactly("440983102000", "440983000000", "440900000000", "440000000000");
    assertThat(code.province()).isEqualTo(DivisionCode.parse("440000000000"));
    assertThat(code.ancestorAt(DivisionLevel.COUNTY)).isEqualTo(DivisionCode.parse("440983"));
  }

  @Test
  @DisplayName("the village 垌心村委会 440983102201 is a sibling of 水口居委会")
  void villageExample() {
    DivisionCode village = DivisionCode.parse("440983102201");
    DivisionCode community = DivisionCode.parse("440983102001");
    assertThat(village.level()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(village.parent()).isEqualTo(community.parent());
    assertThat(community).isLessThan(village);
    assertThat(community.isAncestorOf(village)).isFalse();
  }

  @Test
  @DisplayName("a six-digit GB/T 2260 code is read as a county padded with six zeros")
  void sixDigitCounty() {
    DivisionCode county = DivisionCode.parse("110105");
    assertThat(county.value()).isEqualTo("110105000000");
    assertThat(county.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(county.parent()).contains(DivisionCode.parse("110100000000"));
    assertThat(DivisionCode.parse("440000").level()).isEqualTo(DivisionLevel.PROVINCE);
  }

  @Test
  @DisplayName("the level is read from the trailing zero digit groups")
  void levels() {
    assertThat(DivisionCode.parse("440000000000").level()).isEqualTo(DivisionLevel.PROVINCE);
    assertThat(DivisionCode.parse("440900000000").level()).isEqualTo(DivisionLevel.PREFECTURE);
    assertThat(DivisionCode.parse("440983000000").level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(DivisionCode.parse("440983102000").level()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(DivisionCode.parse("440000000000").parent()).isEmpty();
    assertThat(DivisionCode.parse("440000000000").ancestors()).isEmpty();
  }

  @ParameterizedTest(name = "length {0}")
  @ValueSource(ints = {0, 5, 7, 11, 13})
  @DisplayName("a code of the wrong length is rejected and the length named")
  void wrongLength(int length) {
    String text = "440983102001440983".substring(0, length);
    Violation v = rejection(text, "village");
    assertThat(v.field()).isEqualTo("village");
    assertThat(v.code()).isEqualTo(DivisionCode.CODE_LENGTH);
    assertThat(v.params()).containsEntry("length", String.valueOf(length));
  }

  @Test
  @DisplayName("letters are rejected with their position")
  void letters() {
    Violation v = rejection("44098310200A", "code");
    assertThat(v.field()).isEqualTo("code");
    assertThat(v.code()).isEqualTo(DivisionCode.CODE_CHARACTERS);
    assertThat(v.params()).containsEntry("position", "12").containsEntry("character", "U+0041");
  }

  @Test
  @DisplayName("full-width digits are rejected, not converted")
  void fullWidthDigits() {
    Violation v = rejection("１１０１０５", "county");
    assertThat(v.field()).isEqualTo("county");
    assertThat(v.code()).isEqualTo(DivisionCode.CODE_CHARACTERS);
    assertThat(v.params()).containsEntry("position", "1").containsEntry("character", "U+FF11");
    assertThat(v.message(Messages.ZH)).contains("半角数字");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" 440983102001", "440983102001 ", "440983-02001", "４40983102001", "-44098310200"})
  @DisplayName("spaces, signs and separators are rejected, never trimmed")
  void noTrimming(String text) {
    Violation v = rejection(text, "code");
    assertThat(v.code()).isIn(DivisionCode.CODE_CHARACTERS, DivisionCode.CODE_LENGTH);
    assertThat(v.field()).isEqualTo("code");
  }

  @Test
  @DisplayName("a missing code is rejected")
  void missing() {
    Violation v = rejection(null, "code");
    assertThat(v.code()).isEqualTo(DivisionCode.CODE_MISSING);
    assertThat(v.field()).isEqualTo("code");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"990000000000", "000000000000", "100105000000", "160000", "700000", "830000000000"})
  @DisplayName("a code under an unknown province is rejected")
  void unknownProvince(String text) {
    Violation v = rejection(text, "code");
    assertThat(v.code()).isEqualTo(DivisionCode.UNKNOWN_PROVINCE);
    assertThat(v.params()).containsEntry("province", text.substring(0, 2));
    assertThat(v.field()).isEqualTo("code");
  }

  @Test
  @DisplayName("every GB/T 2260 province prefix is accepted")
  void knownProvinces() {
    for (String p : List.of("11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81",
        "82")) {
      assertThat(DivisionCode.parse(p + "0000").level()).isEqualTo(DivisionLevel.PROVINCE);
    }
  }

  @Test
  @DisplayName("a village under a zero township is rejected, never re-read as something else")
  void villageUnderZeroTownship() {
    Violation v = rejection("110100000001", "code");
    assertThat(v.code()).isEqualTo(DivisionCode.NONZERO_BELOW_ZERO_LEVEL);
    assertThat(v.field()).isEqualTo("code");
    assertThat(v.params()).containsEntry("zeroLevel", "county").containsEntry("nonZeroLevel", "village");
    assertThat(v.message(Messages.EN)).contains("positions 10–12");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"110005000000", "440083102001", "440900102000", "110000000001", "440983000201"})
  @DisplayName("a non-zero digit group below a zero one is rejected")
  void nonZeroBelowZero(String text) {
    assertThat(rejection(text, "code").code()).isEqualTo(DivisionCode.NONZERO_BELOW_ZERO_LEVEL);
  }

  @Test
  @DisplayName("parse without a field name names the field divisionCode")
  void defaultField() {
    assertThatThrownBy(() -> DivisionCode.parse("4409"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("divisionCode");
          assertThat(e.violations().get(0).code()).isEqualTo(DivisionCode.CODE_LENGTH);
        });
  }

  @Test
  @DisplayName("a number is validated like text")
  void fromLong() {
    assertThat(DivisionCode.ofLong(440983102001L)).isEqualTo(DivisionCode.parse("440983102001"));
    for (long outside : new long[] {-1L, Long.MIN_VALUE, 1_000_000_000_000L, Long.MAX_VALUE}) {
      assertThatThrownBy(() -> DivisionCode.ofLong(outside)).as("%d", outside)
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).singleElement().extracting(Violation::code)
                .isEqualTo(DivisionCode.CODE_LENGTH);
            assertThat(e.violations().get(0).params()).containsEntry("length",
                Integer.toString(Long.toString(outside).length()));
          });
    }
    // Zero has twelve digits (all zeros): it is refused for its province, not for its length.
    assertThatThrownBy(() -> DivisionCode.ofLong(0L)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations().get(0).code()).isNotEqualTo(DivisionCode.CODE_LENGTH));
    assertThat(DivisionCode.ofLong(650_000_000_000L)).isEqualTo(DivisionCode.parse("650000000000"));
    assertThatThrownBy(() -> DivisionCode.ofLong(110100000001L))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo(DivisionCode.NONZERO_BELOW_ZERO_LEVEL));
  }

  @Test
  @DisplayName("the subtree of a township runs from the township to its last possible village")
  void subtree() {
    DivisionCode town = DivisionCode.parse("440983102000");
    assertThat(town.subtreeEndExclusive()).isEqualTo(440983103000L);
    assertThat(town.subtreeRange().upperEndpoint().value()).isEqualTo("440983102999");
    assertThat(town.subtreeRange().contains(DivisionCode.parse("440983102201"))).isTrue();
    assertThat(town.subtreeRange().contains(DivisionCode.parse("440983103001"))).isFalse();
    DivisionCode village = DivisionCode.parse("440983102001");
    assertThat(village.subtreeRange().lowerEndpoint()).isEqualTo(village);
    assertThat(village.subtreeRange().upperEndpoint()).isEqualTo(village);
    assertThat(DivisionCode.parse("820000000000").subtreeRange().upperEndpoint().value()).isEqualTo("829999999999");
  }

  @Test
  @DisplayName("a village has no ancestor at a lower level")
  void ancestorAtLowerLevel() {
    assertThatThrownBy(() -> DivisionCode.parse("440983").ancestorAt(DivisionLevel.VILLAGE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("levels carry their Chinese and English names")
  void levelNames() {
    assertThat(DivisionLevel.values()).extracting(DivisionLevel::chinese)
        .containsExactly("省级", "地级", "县级", "乡级", "村级");
    assertThat(DivisionLevel.VILLAGE.english()).isEqualTo("village level");
    assertThat(DivisionLevel.PROVINCE.parent()).isEmpty();
    assertThat(DivisionLevel.VILLAGE.child()).isEmpty();
    assertThat(DivisionLevel.COUNTY.parent()).contains(DivisionLevel.PREFECTURE);
    assertThat(DivisionLevel.COUNTY.child()).contains(DivisionLevel.TOWNSHIP);
    assertThat(DivisionLevel.COUNTY.isAbove(DivisionLevel.VILLAGE)).isTrue();
  }

  @Test
  @DisplayName("a code equals only a code with the same digits, and equal codes hash alike")
  void equality() {
    DivisionCode village = DivisionCode.parse("440983102001");
    assertThat(village.equals(DivisionCode.ofLong(440983102001L))).isTrue();
    assertThat(village.equals("440983102001")).isFalse();
    assertThat(village.equals(null)).isFalse();
    assertThat(village.hashCode()).isEqualTo(DivisionCode.ofLong(440983102001L).hashCode())
        .isEqualTo(Long.hashCode(440983102001L));
    assertThat(DivisionCode.parse("110000").hashCode()).isNotEqualTo(DivisionCode.parse("120000").hashCode());
  }

  @Test
  @DisplayName("a code's ancestor at its own level is the code itself")
  void ancestorAtOwnLevel() {
    DivisionCode county = DivisionCode.parse("440983");
    assertThat(county.ancestorAt(DivisionLevel.COUNTY)).isSameAs(county);
    assertThatThrownBy(() -> county.ancestorAt(DivisionLevel.TOWNSHIP)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Java serialization keeps the code and validates it again on reading")
  void javaSerialization() throws Exception {
    DivisionCode code = DivisionCode.parse("440983102001");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(code);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      DivisionCode read = (DivisionCode) in.readObject();
      assertThat(read).isEqualTo(code);
      assertThat(read.level()).isEqualTo(DivisionLevel.VILLAGE);
      assertThat(read.parent()).contains(DivisionCode.parse("440983102000"));
    }
  }
}
