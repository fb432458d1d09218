package org.communityprevention.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.communityprevention.core.testing.PersonGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("Age in whole years (周岁)")
class AgeTest {
  private static final LocalDate LEAP_BIRTH = LocalDate.of(2000, 2, 29);

  @Test
  @DisplayName("a person turns a year older on the birthday, not the day before")
  void birthday() {
    LocalDate birth = LocalDate.of(2005, 2, 11);
    assertThat(Age.on(birth, LocalDate.of(2021, 2, 10))).isEqualTo(15);
    assertThat(Age.on(birth, LocalDate.of(2021, 2, 11))).isEqualTo(16);
    assertThat(Age.on(birth, birth)).isZero();
  }

  @Test
  @DisplayName("one born on 29 February turns a year older on 1 March of a common year and on 29 February of a leap year")
  void leapDayBirth() {
    assertThat(Age.on(LEAP_BIRTH, LocalDate.of(2001, 2, 28))).isZero();
    assertThat(Age.on(LEAP_BIRTH, LocalDate.of(2001, 3, 1))).isEqualTo(1);
    assertThat(Age.on(LEAP_BIRTH, LocalDate.of(2004, 2, 29))).isEqualTo(4);
    assertThat(Age.reached(LEAP_BIRTH, 1)).isEqualTo(LocalDate.of(2001, 3, 1));
    assertThat(Age.reached(LEAP_BIRTH, 4)).isEqualTo(LocalDate.of(2004, 2, 29));
  }

  @Test
  @DisplayName("a day before the birth date has no age, even less than a year before it")
  void beforeBirth() {
    assertThat(Age.on(LEAP_BIRTH, LocalDate.of(2000, 2, 28))).isEqualTo(Age.BEFORE_BIRTH);
    assertThat(Age.on(LEAP_BIRTH, LocalDate.of(1990, 1, 1))).isEqualTo(Age.BEFORE_BIRTH);
    assertThatThrownBy(() -> Age.reached(LEAP_BIRTH, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("years");
  }

  @Test
  @DisplayName("the yyyymmdd count is ChronoUnit.YEARS's on and after the birth date")
  void agreesWithChronoUnit() {
    qt().forAll(PersonGenerators.birthDates(), Generate.range(0, 120 * 366)).checkAssert((birth, offset) -> {
      LocalDate day = birth.plusDays(offset);
      assertThat(Age.on(birth, day)).isEqualTo(ChronoUnit.YEARS.between(birth, day));
      assertThat(Age.on(Age.ymd(birth), Age.ymd(day))).isEqualTo(Age.on(birth, day));
    });
  }

  @Test
  @DisplayName("the day an age is reached is the first day with that age")
  void reachedIsTheFirstDay() {
    qt().forAll(PersonGenerators.birthDates(), Generate.range(0, 110)).checkAssert((birth, years) -> {
      LocalDate first = Age.reached(birth, years);
      assertThat(Age.on(birth, first)).isEqualTo(years);
      assertThat(Age.on(birth, first.minusDays(1))).isEqualTo(years - 1);
    });
  }

  @Test
  @DisplayName("an identity number, a birth date and an evacuee give one person one age on a day")
  void oneAgePerPerson() {
    qt().forAll(PersonGenerators.identityNumbers(), Generate.range(-400, 100 * 366)).checkAssert((id, offset) -> {
      LocalDate day = id.birthDate().plusDays(offset);
      int age = Age.on(id.birthDate(), day);
      assertThat(id.ageOn(day)).isEqualTo(age);
      assertThat(new org.communityprevention.core.population.PersonFacts.Builder().personId("p-1")
          .identityNumber(id).build().ageOn(day)).contains(age);
    });
  }
}
