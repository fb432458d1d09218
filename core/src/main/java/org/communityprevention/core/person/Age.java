package org.communityprevention.core.person;

import java.time.LocalDate;

/**
 * A person's age in whole years (周岁) on a day: the one count every rule of the library uses, so one person has one
 * age on a day whether it comes from a birth date, an identity number, a resident record or an evacuee.
 *
 * <p>The count is that of {@code ChronoUnit.YEARS} for days on or after the birth date: a person born on 29 February
 * turns a year older on 1 March of a common year. A day before the birth date has no age and gives {@code -1}, where
 * {@code ChronoUnit.YEARS} would truncate less than a year before birth to 0. The {@code yyyymmdd} form lets hot paths
 * count without allocating.
 */
public final class Age {
  /** The age returned for a day before the birth date. */
  public static final int BEFORE_BIRTH = -1;

  private Age() {}

  /**
   * The age in whole years on a day.
   *
   * @param birth the birth date
   * @param day the Beijing date the age is asked for
   * @return the age, or {@link #BEFORE_BIRTH} if {@code day} is before {@code birth}
   */
  public static int on(LocalDate birth, LocalDate day) {
    return on(ymd(birth), ymd(day));
  }

  /**
   * The age in whole years on a day, both given as {@code yyyymmdd} integers (see {@link #ymd(LocalDate)}).
   *
   * @return the age, or {@link #BEFORE_BIRTH} if {@code dayYmd} is before {@code birthYmd}
   */
  public static int on(int birthYmd, int dayYmd) {
    // Subtracting yyyymmdd values compares (month, day) lexicographically: the year count drops by one exactly
    // when the birthday has not yet come in the day's year.
    return dayYmd >= birthYmd ? (dayYmd - birthYmd) / 10_000 : BEFORE_BIRTH;
  }

  /**
   * The first day on which a person born on {@code birth} is {@code years} old: the birthday, or 1 March for one
   * born on 29 February in a common year.
   *
   * @param years a non-negative age
   */
  public static LocalDate reached(LocalDate birth, int years) {
    if (years < 0) {
      throw new IllegalArgumentException("years must not be negative: " + years);
    }
    LocalDate d = birth.plusYears(years);
    // plusYears moves 29 February to 28 February, a day on which the person is still a year younger.
    return on(birth, d) < years ? d.plusDays(1) : d;
  }

  /** A date as the integer {@code yyyymmdd}, the form {@link #on(int, int)} counts with. */
  public static int ymd(LocalDate day) {
    return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
  }
}
