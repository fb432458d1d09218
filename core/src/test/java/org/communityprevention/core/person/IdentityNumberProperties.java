package org.communityprevention.core.person;

import org.communityprevention.core.testing.Theories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.Locale;
import org.communityprevention.core.testing.PersonGenerators;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("Identity number properties")
class IdentityNumberProperties {
  private static final String ALLOWED = "0123456789X";

  @Test
  @DisplayName("every single-character change of a valid number is rejected")
  void everySingleChangeIsRejected() {
    qt().forAll(PersonGenerators.identityNumberStrings()).checkAssert(valid -> {
      for (int position = 0; position < valid.length(); position++) {
        for (char c : ALLOWED.toCharArray()) {
          if (c == valid.charAt(position)) {
            continue;
          }
          String changed = valid.substring(0, position) + c + valid.substring(position + 1);
          ValidationException e = catchThrowableOfType(ValidationException.class, () -> IdentityNumber.parse(changed));
          assertThat(e).as("change at %d", position + 1).isNotNull();
          assertThat(e.violations().get(0).code()).isIn("core.person.id_number_characters",
              "core.person.id_number_birth_date", "core.person.id_number_check");
        }
      }
    });
  }

  @Test
  @DisplayName("parsing the normal form gives the same value, and lower case x and spaces do not matter")
  void parseOfNormalFormIsIdentity() {
    qt().forAll(PersonGenerators.identityNumbers()).checkAssert(id -> {
      String raw = id.revealRaw();
      assertThat(IdentityNumber.parse(raw)).isEqualTo(id).hasSameHashCodeAs(id);
      IdentityNumber lower = IdentityNumber.parse(" " + raw.toLowerCase(Locale.ROOT) + "\n");
      assertThat(lower).isEqualTo(id);
      assertThat(lower.revealRaw()).isEqualTo(raw).doesNotContain("x");
    });
  }

  @Test
  @DisplayName("birth date, sex and address code are those written into the number")
  void accessorsReadTheParts() {
    qt().forAll(PersonGenerators.addressCodes(), PersonGenerators.birthDates(), Generate.range(0, 999))
        .checkAssert((address, birth, sequence) -> {
          String first17 = address + birth.toString().replace("-", "") + String.format("%03d", sequence);
          IdentityNumber id = IdentityNumber.parse(first17 + IdentityNumber.checkCharacterFor(first17));
          assertThat(id.addressCode()).isEqualTo(address);
          assertThat(id.birthDate()).isEqualTo(birth);
          assertThat(id.sex()).isEqualTo(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
          assertThat(id.ageOn(birth)).isZero();
          // Around the 30th birthday rather than on it: one born on 29 February has none in a common year.
          assertThat(id.ageOn(birth.plusYears(30).minusDays(1))).isEqualTo(29);
          assertThat(id.ageOn(birth.plusYears(30).plusDays(1))).isEqualTo(30);
        });
  }

  @Test
  @DisplayName("a legacy number is rejected by parse, read by parseLegacy and upgrades to a valid number")
  void legacyNumbers() {
    qt().forAll(PersonGenerators.legacyIdentityNumberStrings()).checkAssert(raw -> {
      assertThatThrownBy(() -> IdentityNumber.parse(raw)).isInstanceOfSatisfying(ValidationException.class,
          e -> assertThat(e.violations().get(0).code()).isEqualTo("core.person.id_number_legacy"));
      IdentityNumber legacy = IdentityNumber.parseLegacy(raw);
      assertThat(legacy.isLegacy()).isTrue();
      IdentityNumber upgraded = IdentityNumber.parse(legacy.toEighteenCharacters().revealRaw());
      assertThat(upgraded.birthDate()).isEqualTo(legacy.birthDate());
      assertThat(upgraded.sex()).isEqualTo(legacy.sex());
      assertThat(upgraded.addressCode()).isEqualTo(legacy.addressCode());
      assertThat(IdentityNumber.parseAny(raw)).isEqualTo(legacy);
    });
  }

  @Test
  @DisplayName("the masked form keeps only the first and last character, and toString is the masked form")
  void maskingRevealsOnlyTheEnds() {
    qt().forAll(PersonGenerators.identityNumbers()).checkAssert(id -> {
      String raw = id.revealRaw();
      String masked = id.masked();
      assertThat(masked).matches("[0-9]\\*{16}[0-9X]")
          .startsWith(raw.substring(0, 1)).endsWith(raw.substring(17));
      assertThat(id).hasToString(masked);
    });
  }

  @Test
  @DisplayName("the rejection of a corrupted number never repeats four characters of it")
  void rejectionsDoNotLeak() {
    String replacements = "0123456789XxY１ \u0000";
    qt().forAll(PersonGenerators.identityNumberStrings(), Generate.range(0, 17),
            Generate.range(0, replacements.length() - 1))
        .checkAssert((valid, position, which) -> {
          char c = replacements.charAt(which);
          String corrupted = valid.substring(0, position) + c + valid.substring(position + 1);
          for (String raw : new String[] {corrupted, corrupted.substring(1), corrupted + c}) {
            ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> IdentityNumber.parse(raw).checkPlausibleOn(LocalDate.of(2021, 1, 30), 120));
            if (e != null) {
              Leaks.assertNoPieceOf(raw, e);
              Leaks.assertNoPieceOf(valid, e);
            }
          }
        });
  }
}
