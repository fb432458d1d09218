package org.communityprevention.core.person;

import org.communityprevention.core.testing.Theories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.List;
import org.communityprevention.core.testing.PersonGenerators;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("Person name properties")
class PersonNameProperties {
  @Test
  @DisplayName("a name parses to itself, with or without surrounding whitespace")
  void parseIsIdentity() {
    qt().forAll(PersonGenerators.personNameStrings()).checkAssert(raw -> {
      PersonName name = PersonName.parse(raw);
      assertThat(name.revealRaw()).isEqualTo(raw);
      assertThat(PersonName.parse("  " + raw + "\n")).isEqualTo(name).hasSameHashCodeAs(name);
    });
  }

  @Test
  @DisplayName("masking keeps the first code point whole and puts one star per further code point")
  void maskingByCodePoints() {
    qt().forAll(PersonGenerators.personNames()).checkAssert(name -> {
      String raw = name.revealRaw();
      String masked = name.masked();
      int[] rawPoints = raw.codePoints().toArray();
      int[] maskedPoints = masked.codePoints().toArray();
      assertThat(maskedPoints).hasSize(rawPoints.length);
      assertThat(maskedPoints[0]).isEqualTo(rawPoints.length == 1 ? '*' : rawPoints[0]);
      for (int i = 1; i < maskedPoints.length; i++) {
        assertThat(maskedPoints[i]).isEqualTo('*');
      }
      // No half of a surrogate pair survives on its own.
      masked.codePoints().forEach(cp -> assertThat(Character.getType(cp)).isNotEqualTo((int) Character.SURROGATE));
      assertThat(name).hasToString(masked);
      assertThat(name.length()).isEqualTo(rawPoints.length);
    });
  }

  @Test
  @DisplayName("a name with supplementary characters masks to the same number of characters")
  void supplementaryMasking() {
    qt().forAll(PersonGenerators.supplementaryNames()).checkAssert(raw -> {
      String masked = PersonName.parse(raw).masked();
      assertThat(raw.length()).isGreaterThan(raw.codePointCount(0, raw.length()));
      assertThat(masked.codePointCount(0, masked.length())).isEqualTo(raw.codePointCount(0, raw.length()));
    });
  }

  @Test
  @DisplayName("a control character is rejected at its code-point position and the message never repeats the name")
  void controlCharacterRejection() {
    // Chinese names only: a random Latin name could share four letters with the English text by chance.
    Gen<String> names = Generate.pick(List.of(PersonGenerators.chineseNames(),
        PersonGenerators.supplementaryNames(), PersonGenerators.middleDotNames())).flatMap(g -> g);
    qt().forAll(names, Generate.range(1, 5), Generate.pick(List.of("\u0000", "\n", "\u007F", "\u0085")))
        .checkAssert((raw, at, control) -> {
          // Doubled so that there is an inside to insert into: at either end, strip() would remove a line break.
          String base = raw + raw;
          int points = base.codePointCount(0, base.length());
          int index = 1 + (at - 1) % (points - 1);
          int offset = base.offsetByCodePoints(0, index);
          String bad = base.substring(0, offset) + control + base.substring(offset);
          ValidationException e = catchThrowableOfType(ValidationException.class, () -> PersonName.parse(bad));
          assertThat(e).isNotNull();
          assertThat(e.violations().get(0).code()).isEqualTo("core.person.name_characters");
          assertThat(e.violations().get(0).params()).containsEntry("position", String.valueOf(index + 1));
          Leaks.assertNoPieceOf(bad, e);
          String tooLong = raw.repeat(PersonName.MAX_LENGTH / (points / 2) + 1);
          ValidationException e2 = catchThrowableOfType(ValidationException.class, () -> PersonName.parse(tooLong));
          assertThat(e2.violations().get(0).code()).isEqualTo("core.person.name_length");
          Leaks.assertNoPieceOf(tooLong, e2);
        });
  }
}
