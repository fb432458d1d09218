package org.communityprevention.core.person;

import org.communityprevention.core.testing.Theories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityprevention.core.testing.Theories.qt;

import org.communityprevention.core.testing.PersonGenerators;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("Phone number properties")
class PhoneNumberProperties {
  @Test
  @DisplayName("every raw format of the same number parses to equal values with the normalised digits")
  void everyFormatParsesToTheSameValue() {
    qt().forAll(PersonGenerators.phoneDigits()).checkAssert(digits -> {
      PhoneNumber plain = PhoneNumber.parse(digits);
      assertThat(plain.revealRaw()).isEqualTo(digits);
      assertThat(plain.isMobile()).isEqualTo(digits.startsWith("1"));
      for (String raw : PersonGenerators.rawFormatsOf(digits)) {
        assertThat(PhoneNumber.parse(raw)).as(raw).isEqualTo(plain).hasSameHashCodeAs(plain);
      }
    });
  }

  @Test
  @DisplayName("a mobile number shows only its first three and last four digits")
  void mobileMasking() {
    qt().forAll(PersonGenerators.mobileDigits()).checkAssert(digits -> {
      PhoneNumber phone = PhoneNumber.parse(digits);
      assertThat(phone.masked()).matches("1[3-9][0-9]\\*{4}[0-9]{4}")
          .isEqualTo(digits.substring(0, 3) + "****" + digits.substring(7));
      assertThat(phone).hasToString(phone.masked());
    });
  }

  @Test
  @DisplayName("a landline shows only its area code and last two digits")
  void landlineMasking() {
    qt().forAll(PersonGenerators.landlineDigits()).checkAssert(digits -> {
      PhoneNumber phone = PhoneNumber.parse(digits);
      String masked = phone.masked();
      assertThat(masked).matches("0[0-9]{2,3}-\\*{5,6}[0-9]{2}");
      String area = masked.substring(0, masked.indexOf('-'));
      assertThat(digits).startsWith(area).endsWith(masked.substring(masked.length() - 2));
      assertThat(masked.replaceAll("[^0-9]", "")).hasSize(area.length() + 2);
      assertThat(phone).hasToString(masked);
    });
  }

  @Test
  @DisplayName("the rejection of a corrupted number never repeats four characters of it")
  void rejectionsDoNotLeak() {
    String insertions = "a#/+１0\u0000";
    qt().forAll(PersonGenerators.rawPhoneNumbers(), Generate.range(0, 40), Generate.range(0, insertions.length() - 1))
        .checkAssert((raw, at, which) -> {
          int position = Math.min(at, raw.length());
          String inserted = raw.substring(0, position) + insertions.charAt(which) + raw.substring(position);
          String shortened = raw.substring(0, Math.max(0, raw.length() - 1 - at % 6));
          for (String bad : new String[] {inserted, shortened}) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> PhoneNumber.parse(bad));
            if (e != null) {
              Leaks.assertNoPieceOf(bad, e);
            }
          }
        });
  }
}
