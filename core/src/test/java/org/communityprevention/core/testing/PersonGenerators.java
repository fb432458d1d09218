package org.communityprevention.core.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.person.IdentityNumber;
import org.communityprevention.core.person.PersonName;
import org.communityprevention.core.person.PhoneNumber;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for personal data: resident identity numbers, phone numbers and names, both as valid
 * values and as the raw strings vendors send. Published with the core test-jar for downstream test suites.
 *
 * <p>Every generator is deterministic for a given QuickTheories seed.
 */
public final class PersonGenerators {
  /** Earliest birth date of generated identity numbers. */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  /** Latest birth date of generated identity numbers. */
  public static final LocalDate LATEST_BIRTH = LocalDate.of(2025, 12, 31);

  private static final int CJK_FIRST = 0x4E00;
  private static final int CJK_LAST = 0x9FA5;
  // CJK Unified Ideographs Extension B: rare name characters outside the BMP, each a surrogate pair in Java.
  private static final int EXT_B_FIRST = 0x20000;
  private static final int EXT_B_LAST = 0x2A6D6;

  private PersonGenerators() {}

  /**
   * Six-digit address codes from {@code 110000} to {@code 829999}, the span of the province codes; not checked
   * against a code table, just as {@link IdentityNumber} does not check them.
   */
  public static Gen<String> addressCodes() {
    return Generate.range(110000, 829999).map(n -> String.valueOf(n));
  }

  /** Birth dates from {@link #EARLIEST_BIRTH} to {@link #LATEST_BIRTH}, both included. */
  public static Gen<LocalDate> birthDates() {
    return Generate.longRange(EARLIEST_BIRTH.toEpochDay(), LATEST_BIRTH.toEpochDay())
        .map(day -> LocalDate.ofEpochDay(day));
  }

  /**
   * Valid 18-character identity numbers as strings, in normal form (upper-case {@code X}): a random address code,
   * a birth date from {@link #birthDates()}, a sequence number from {@code 000} to {@code 999} and the correct
   * MOD 11-2 check character.
   */
  public static Gen<String> identityNumberStrings() {
    return addressCodes().zip(birthDates(), Generate.range(0, 999), (address, birth, sequence) -> {
      String first17 = address + String.format("%04d%02d%02d%03d",
          birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
      return first17 + IdentityNumber.checkCharacterFor(first17);
    });
  }

  /** Valid 18-character identity numbers; see {@link #identityNumberStrings()}. */
  public static Gen<IdentityNumber> identityNumbers() {
    return identityNumberStrings().map(raw -> IdentityNumber.parse(raw));
  }

  /** Valid 15-digit legacy identity numbers (GB 11643-1989) as strings, born from 1900 to 1999. */
  public static Gen<String> legacyIdentityNumberStrings() {
    Gen<LocalDate> births = Generate.longRange(EARLIEST_BIRTH.toEpochDay(), LocalDate.of(1999, 12, 31).toEpochDay())
        .map(day -> LocalDate.ofEpochDay(day));
    return addressCodes().zip(births, Generate.range(0, 999), (address, birth, sequence) -> address
        + String.format("%02d%02d%02d%03d",
            birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), sequence));
  }

  /** Normalised mainland mobile numbers: 11 digits, {@code 1[3-9]} then nine digits. */
  public static Gen<String> mobileDigits() {
    return Generate.range(3, 9).zip(Generate.range(0, 999_999_999), (second, rest) -> "1" + second
        + String.format("%09d", rest));
  }

  /**
   * Normalised landline numbers: an area code ({@code 010}, {@code 020}–{@code 029}, or {@code 0} and three digits
   * from {@code 300} to {@code 999}) followed by a 7- or 8-digit local number that does not start with {@code 0}.
   */
  public static Gen<String> landlineDigits() {
    Gen<String> twoDigitAreas = Generate.range(-1, 9).map(n -> n < 0 ? "010" : "02" + n);
    Gen<String> threeDigitAreas = Generate.range(300, 999).map(n -> "0" + n);
    Gen<String> areas = twoDigitAreas.mix(threeDigitAreas);
    Gen<String> locals = Generate.range(7, 8).zip(Generate.range(1, 9), Generate.range(0, 9_999_999),
        (length, first, rest) -> first + String.format("%07d", rest).substring(7 - (length - 1)));
    return areas.zip(locals, String::concat);
  }

  /** Normalised mobile or landline numbers, half of each. */
  public static Gen<String> phoneDigits() {
    return mobileDigits().mix(landlineDigits());
  }

  /** Valid phone numbers, mobile or landline. */
  public static Gen<PhoneNumber> phoneNumbers() {
    return phoneDigits().map(raw -> PhoneNumber.parse(raw));
  }

  /**
   * Raw forms a vendor might send for one normalised number, each of which parses to that number: plain; grouped
   * by spaces, hyphens or dots; area code in parentheses; with {@code +86}, {@code 0086} or (mobiles only) a bare
   * {@code 86}; an international landline without its trunk {@code 0}; surrounding whitespace.
   *
   * @param digits a normalised number from {@link #mobileDigits()} or {@link #landlineDigits()}
   */
  public static List<String> rawFormatsOf(String digits) {
    List<String> out = new ArrayList<>();
    out.add(digits);
    out.add("  " + digits + "\t");
    if (digits.startsWith("1")) {
      String a = digits.substring(0, 3);
      String b = digits.substring(3, 7);
      String c = digits.substring(7);
      out.add(a + " " + b + " " + c);
      out.add(a + "-" + b + "-" + c);
      out.add(a + "." + b + "." + c);
      out.add("(" + a + ") " + b + c);
      out.add("+86" + digits);
      out.add("+86 " + a + " " + b + " " + c);
      out.add("(+86) " + a + "-" + b + "-" + c);
      out.add("0086" + digits);
      out.add("0086 " + a + " " + b + c);
      out.add("86" + digits);
      out.add("86-" + a + "-" + b + "-" + c);
    } else {
      int areaLength = digits.charAt(1) == '1' || digits.charAt(1) == '2' ? 3 : 4;
      String area = digits.substring(0, areaLength);
      String local = digits.substring(areaLength);
      String half = local.substring(0, local.length() - 4) + " " + local.substring(local.length() - 4);
      out.add(area + "-" + local);
      out.add(area + " " + half);
      out.add("(" + area + ") " + local);
      out.add("(" + area + ")" + half.replace(' ', '-'));
      out.add(area + "." + local);
      out.add("+86 " + area.substring(1) + " " + half);
      out.add("+86-" + area.substring(1) + "-" + local);
      out.add("+86 (" + area + ") " + local);
      out.add("0086 " + area.substring(1) + " " + local);
      out.add("0086" + digits);
    }
    return out;
  }

  /** Raw phone numbers in the assorted formats of {@link #rawFormatsOf(String)}, mobiles and landlines alike. */
  public static Gen<String> rawPhoneNumbers() {
    return phoneDigits().flatMap(d -> Generate.pick(rawFormatsOf(d)));
  }

  /** Chinese names of two to four characters from the CJK Unified Ideographs block of the BMP. */
  public static Gen<String> chineseNames() {
    return codePoints(cjk(), 2, 4);
  }

  /**
   * Chinese names that hold at least one rare character outside the BMP (CJK Extension B, such as {@code 𠀀}),
   * which Java stores as a surrogate pair: a BMP surname, one to three further characters of which the first is
   * supplementary, so code-point length and {@code String.length()} always differ.
   */
  public static Gen<String> supplementaryNames() {
    Gen<Integer> anyHan = cjk().mix(extensionB());
    return codePoints(cjk(), 1, 1)
        .zip(codePoints(extensionB(), 1, 1), codePoints(anyHan, 0, 2), (surname, rare, rest) -> surname + rare + rest)
        .mix(codePoints(extensionB(), 1, 3), 30);
  }

  /** Ethnic-minority names written with a middle dot between the parts, such as {@code 阿依古丽·买买提}. */
  public static Gen<String> middleDotNames() {
    return codePoints(cjk(), 2, 5)
        .zip(codePoints(cjk(), 2, 5), (given, family) -> given + "·" + family);
  }

  /** Latin names: two or three capitalised words separated by single spaces. */
  public static Gen<String> latinNames() {
    Gen<String> word = codePoints(Generate.range('A', 'Z'), 1, 1)
        .zip(codePoints(Generate.range('a', 'z'), 1, 9), String::concat);
    return lists().of(word).ofSizeBetween(2, 3).map(words -> String.join(" ", words));
  }

  /** Names of every kind above: Chinese, with supplementary characters, with a middle dot, Latin. */
  public static Gen<String> personNameStrings() {
    return Generate.pick(List.of(chineseNames(), supplementaryNames(), middleDotNames(), latinNames()))
        .flatMap(g -> g);
  }

  /** Valid names of every kind; see {@link #personNameStrings()}. */
  public static Gen<PersonName> personNames() {
    return personNameStrings().map(raw -> PersonName.parse(raw));
  }

  private static Gen<Integer> cjk() {
    return Generate.range(CJK_FIRST, CJK_LAST);
  }

  private static Gen<Integer> extensionB() {
    return Generate.range(EXT_B_FIRST, EXT_B_LAST);
  }

  private static Gen<String> codePoints(Gen<Integer> source, int minLength, int maxLength) {
    return lists().of(source).ofSizeBetween(minLength, maxLength).map(cps -> {
      StringBuilder b = new StringBuilder();
      cps.forEach(b::appendCodePoint);
      return b.toString();
    });
  }
}
