package org.communityprevention.core.population;

import org.communityprevention.core.person.Age;
import static org.communityprevention.core.population.CompactFacts.AREA_KNOWN;
import static org.communityprevention.core.population.CompactFacts.AREA_LEVEL_MASK;
import static org.communityprevention.core.population.CompactFacts.AREA_LEVEL_SHIFT;
import static org.communityprevention.core.population.CompactFacts.AREA_OUTBREAK;
import static org.communityprevention.core.population.CompactFacts.AREA_OUTBREAK_STATED;
import static org.communityprevention.core.population.CompactFacts.E_ARRIVAL_HIGH;
import static org.communityprevention.core.population.CompactFacts.E_ARRIVAL_MEDIUM;
import static org.communityprevention.core.population.CompactFacts.E_CLOSE;
import static org.communityprevention.core.population.CompactFacts.E_CODE;
import static org.communityprevention.core.population.CompactFacts.E_COLD_CHAIN;
import static org.communityprevention.core.population.CompactFacts.E_DISCHARGED;
import static org.communityprevention.core.population.CompactFacts.E_FAMILY_ISOLATION;
import static org.communityprevention.core.population.CompactFacts.E_FAMILY_MEDICAL;
import static org.communityprevention.core.population.CompactFacts.E_HOLIDAY_RETURN;
import static org.communityprevention.core.population.CompactFacts.E_INBOUND;
import static org.communityprevention.core.population.CompactFacts.E_ORDER_CENTRALISED;
import static org.communityprevention.core.population.CompactFacts.E_ORDER_HOME;
import static org.communityprevention.core.population.CompactFacts.E_OVERRIDE;
import static org.communityprevention.core.population.CompactFacts.E_POSITIVE;
import static org.communityprevention.core.population.CompactFacts.E_PREGNANCY;
import static org.communityprevention.core.population.CompactFacts.E_RELEASED;
import static org.communityprevention.core.population.CompactFacts.E_SECONDARY;
import static org.communityprevention.core.population.CompactFacts.LIVES_ALONE;
import static org.communityprevention.core.population.CompactFacts.NO_DAY;
import static org.communityprevention.core.population.CompactFacts.OPEN;
import static org.communityprevention.core.population.CompactFacts.RURAL;
import static org.communityprevention.core.population.CompactFacts.SOCIAL_MASK;
import static org.communityprevention.core.population.CompactFacts.STRIDE;
import static org.communityprevention.core.population.CompactFacts.TENANT_DORMITORY;
import static org.communityprevention.core.population.CompactFacts.TENANT_RENTAL;

/**
 * The classification rules: one definition per category, run by both paths. With a {@code null} {@link Recorder}
 * (the hot path) they compute a bit mask of categories from ints alone and allocate nothing; with a recorder (the
 * explaining path) the same statements also report which fact and which window made each category hold, and the
 * notes about facts that did not lead to a category. Because the outcome is computed by the same statements in both
 * cases, the two paths cannot disagree.
 *
 * <p>A category with a window holds on the days {@code start <= asOf < until}; a planned category's {@code until}
 * is {@code start + plan.totalDays()} from the policy. Several facts for the same category combine by union.
 */
final class Rules {
  private static final int DISABILITY = bit(SocialStatus.PERSON_WITH_DISABILITY);
  private static final int HARDSHIP = bit(SocialStatus.SPECIAL_HARDSHIP);
  private static final int ORPHAN = bit(SocialStatus.SCATTERED_ORPHAN);
  private static final int NO_CARER = bit(SocialStatus.WITHOUT_DE_FACTO_CARER);
  private static final int DIFFICULTY = bit(SocialStatus.IN_DIFFICULTY);
  private static final int LEFT_BEHIND = bit(SocialStatus.LEFT_BEHIND);
  private static final int ALLOWANCE = bit(SocialStatus.MINIMUM_LIVING_ALLOWANCE);
  private static final int POVERTY = bit(SocialStatus.EXTREME_POVERTY);
  private static final int LOW_INCOME = bit(SocialStatus.LOW_INCOME_FAMILY);
  private static final int MIGRANT = bit(SocialStatus.MIGRANT_WORKER_STAYING_FOR_HOLIDAY);
  private static final int CHILD_STATUSES = ORPHAN | NO_CARER | DIFFICULTY | LEFT_BEHIND;
  private static final int AGE_STATUSES = CHILD_STATUSES | LIVES_ALONE;
  private static final int CARE_STATUSES = MIGRANT | LEFT_BEHIND | DIFFICULTY | ORPHAN | ALLOWANCE | POVERTY
      | HARDSHIP | LOW_INCOME;
  private static final int STATUSES = SOCIAL_MASK | LIVES_ALONE | TENANT_RENTAL | TENANT_DORMITORY;
  private static final int YELLOW = HealthCodeColour.YELLOW.ordinal();
  private static final int RED = HealthCodeColour.RED.ordinal();

  private Rules() {}

  /**
   * The categories the rules put a resident in on a day.
   *
   * @param flags the status flags of {@link CompactFacts}
   * @param birthYmd the birth date as {@code yyyymmdd}, or {@link CompactFacts#NO_DAY}
   * @param recordedAge the recorded age, or -1
   * @param ev the event array; the resident's events are {@code ev[from..to)}
   * @param asOf the as-of epoch day
   * @param asOfYmd the as-of date as {@code yyyymmdd}
   * @param rec where to report hits and notes, or {@code null} on the hot path
   * @return the mask of categories held (see {@link Category#bit()})
   */
  static long automatic(int flags, int birthYmd, int recordedAge, int[] ev, int from, int to, int asOf, int asOfYmd,
      CompiledPolicy p, Recorder rec) {
    boolean areaKnown = (flags & AREA_KNOWN) != 0;
    boolean outbreak = outbreak(flags, p);
    long m = 0;
    if ((flags & STATUSES) != 0) {
      int years = birthYmd != NO_DAY ? Age.on(birthYmd, asOfYmd) : recordedAge;
      m = statuses(flags, years, areaKnown, outbreak, asOf, p, rec);
    }
    if (from < to) {
      m |= events(ev, from, to, asOf, areaKnown, outbreak, p, rec);
    }
    return m;
  }

  /**
   * Whether the resident's area has an outbreak, read from the compact flags: {@code AreaSituation.hasOutbreak} on
   * the compiled form (a property checks the two agree); false where the area is unknown.
   */
  static boolean outbreak(int flags, CompiledPolicy p) {
    return (flags & AREA_KNOWN) != 0 && ((flags & AREA_OUTBREAK_STATED) != 0 ? (flags & AREA_OUTBREAK) != 0
        : (flags & AREA_LEVEL_MASK) >>> AREA_LEVEL_SHIFT >= p.outbreakFrom);
  }

  /** The categories that count: the automatic ones with the manual decisions in force on the day applied. */
  static long effective(long automatic, int[] ev, int from, int to, int asOf) {
    long m = automatic;
    // Events are sorted by kind then day, so overrides come last and in day order: a later decision wins.
    int first = to;
    while (first - STRIDE >= from && ev[first - STRIDE] == E_OVERRIDE) {
      first -= STRIDE;
    }
    for (int i = first; i < to; i += STRIDE) {
      if (ev[i + 1] <= asOf) {
        long bit = 1L << (ev[i + 2] >>> 1);
        m = (ev[i + 2] & 1) == OverrideAction.ADD.ordinal() ? m | bit : m & ~bit;
      }
    }
    return m;
  }

  // §2.2 survey and §5.3 festival visits: statuses, with the age rules of the policy.
  private static long statuses(int flags, int years, boolean areaKnown, boolean outbreak, int asOf,
      CompiledPolicy p, Recorder rec) {
    boolean child = years >= 0 && years < p.adultAge;
    // 农村留守儿童 are under 16 (国发〔2016〕13号), not under the age of majority.
    boolean leftBehindChild = years >= 0 && years < p.leftBehindChildAge;
    boolean elderly = years >= p.elderlyAge;
    long m = 0;
    m |= status(rec, Category.ELDERLY_LIVING_ALONE, elderly && has(flags, LIVES_ALONE), years);
    m |= status(rec, Category.SCATTERED_ORPHAN, child && has(flags, ORPHAN), years);
    m |= status(rec, Category.CHILD_WITHOUT_DE_FACTO_CARER, child && has(flags, NO_CARER), years);
    m |= status(rec, Category.RURAL_LEFT_BEHIND_CHILD, leftBehindChild && has(flags, LEFT_BEHIND) && has(flags, RURAL),
        years);
    m |= status(rec, Category.CHILD_IN_DIFFICULTY, child && has(flags, DIFFICULTY), years);
    m |= status(rec, Category.PERSON_WITH_DISABILITY, has(flags, DISABILITY), years);
    m |= status(rec, Category.SPECIAL_HARDSHIP, has(flags, HARDSHIP), years);
    m |= status(rec, Category.TENANT, (flags & (TENANT_RENTAL | TENANT_DORMITORY)) != 0, years);
    boolean visits = areaKnown && !outbreak && asOf >= p.holidayStart && asOf < p.holidayEnd;
    if (visits) {
      m |= status(rec, Category.MIGRANT_WORKER_STAYING_FOR_HOLIDAY, has(flags, MIGRANT), years);
      m |= status(rec, Category.LEFT_BEHIND_ELDERLY, elderly && has(flags, LEFT_BEHIND), years);
      m |= status(rec, Category.LEFT_BEHIND_CHILD_VISIT, leftBehindChild && has(flags, LEFT_BEHIND), years);
      m |= status(rec, Category.CHILD_IN_DIFFICULTY_VISIT, child && has(flags, DIFFICULTY), years);
      m |= status(rec, Category.SCATTERED_ORPHAN_VISIT, child && has(flags, ORPHAN), years);
      m |= status(rec, Category.MINIMUM_LIVING_ALLOWANCE, has(flags, ALLOWANCE), years);
      m |= status(rec, Category.EXTREME_POVERTY, has(flags, POVERTY), years);
      m |= status(rec, Category.SPECIAL_HARDSHIP_VISIT, has(flags, HARDSHIP), years);
      m |= status(rec, Category.LOW_INCOME_FAMILY, has(flags, LOW_INCOME), years);
    }
    if (rec != null) {
      if (years < 0 && (flags & AGE_STATUSES) != 0) {
        rec.note("core.population.age_unknown");
      } else if (!child && (flags & CHILD_STATUSES & ~LEFT_BEHIND) != 0) {
        rec.note("core.population.child_status_adult", "age", years, "population.adultAge", p.adultAge);
      } else if (!leftBehindChild && !elderly && has(flags, LEFT_BEHIND)) {
        rec.note("core.population.left_behind_over_child_age", "age", years, "population.leftBehindChildAge",
            p.leftBehindChildAge, "population.elderlyAge", p.elderlyAge);
      }
      if (!visits && (flags & CARE_STATUSES) != 0) {
        rec.careVisitNotDecided(areaKnown, outbreak);
      }
    }
    return m;
  }

  // §2.3, §2.4, §2.5 and §5.4: dated facts, each with the window the policy gives it.
  private static long events(int[] ev, int from, int to, int asOf, boolean areaKnown, boolean outbreak,
      CompiledPolicy p, Recorder rec) {
    long m = 0;
    int codeColour = -1;
    int codeRun = -1;
    // The resident's latest positive test up to the as-of day; positives sort first, before any exposure.
    int lastPositive = NO_DAY;
    for (int i = from; i < to; i += STRIDE) {
      int a = ev[i + 1];
      int b = ev[i + 2];
      switch (ev[i]) {
        case E_POSITIVE:
          lastPositive = a <= asOf ? a : lastPositive;
          break;
        case E_COLD_CHAIN:
          m |= window(rec, Category.COLD_CHAIN_WORKER, a, b, asOf, i);
          break;
        case E_PREGNANCY:
          m |= window(rec, Category.PREGNANT_OR_POSTPARTUM, a, b == NO_DAY ? OPEN : b + p.postpartumDays, asOf, i);
          break;
        case E_DISCHARGED:
          m |= planned(rec, Category.RECOVERED_PATIENT, a, asOf, p, i);
          m |= scope(rec, Category.RECOVERED_IN_OUTBREAK_AREA, a, OPEN, asOf, areaKnown, outbreak, i);
          break;
        case E_RELEASED:
          m |= planned(rec, Category.RELEASED_FROM_MEDICAL_OBSERVATION, a, asOf, p, i);
          break;
        case E_ARRIVAL_MEDIUM:
          // Counted from leaving the area; held from arrival.
          m |= b <= asOf ? planned(rec, Category.ARRIVAL_FROM_MEDIUM_RISK_AREA, a, asOf, p, i) : 0;
          break;
        case E_ARRIVAL_HIGH:
          m |= b <= asOf ? planned(rec, Category.ARRIVAL_FROM_HIGH_RISK_AREA, a, asOf, p, i) : 0;
          break;
        case E_INBOUND:
          m |= planned(rec, Category.INBOUND_TRAVELLER, b, asOf, p, i);
          break;
        case E_HOLIDAY_RETURN:
          if (p.days(Category.HOLIDAY_RETURNEE) == CompiledPolicy.NOT_DESIGNATED) {
            if (rec != null) {
              rec.note("core.population.holiday_returnee_not_designated", "arrivedOn", CompactFacts.date(b));
            }
          } else if (b >= p.holidayStart && b < p.holidayEnd) {
            m |= planned(rec, Category.HOLIDAY_RETURNEE, b, asOf, p, i);
          } else if (rec != null) {
            rec.note("core.population.holiday_return_outside_window", "arrivedOn", CompactFacts.date(b),
                "population.holidayWindow", p.policy.population().holidayWindow());
          }
          break;
        case E_CLOSE:
          m |= contact(rec, Category.CLOSE_CONTACT, a, a + p.days(Category.CLOSE_CONTACT), asOf, lastPositive, i);
          break;
        case E_SECONDARY:
          if (b != NO_DAY && b <= asOf) {
            // Promoted: the linked close contact is now a case, so this is a close contact from this exposure.
            m |= contact(rec, Category.CLOSE_CONTACT, a, a + p.days(Category.CLOSE_CONTACT), asOf, lastPositive, i);
          } else if (p.days(Category.SECONDARY_CLOSE_CONTACT) != CompiledPolicy.NOT_DESIGNATED) {
            // Released at the plan's end only once the linked close contact's first two tests were negative.
            int cleared = ev[i + 3];
            int end = a + p.days(Category.SECONDARY_CLOSE_CONTACT);
            m |= contact(rec, Category.SECONDARY_CLOSE_CONTACT, a, cleared == NO_DAY ? OPEN : Math.max(end, cleared),
                asOf, lastPositive, i);
          } else if (rec != null) {
            rec.note("core.population.secondary_not_designated", "lastExposureOn", CompactFacts.date(a));
          }
          break;
        case E_ORDER_HOME:
          m |= planned(rec, Category.HOME_ISOLATION, a, asOf, p, i);
          m |= scope(rec, Category.HOME_ISOLATED_IN_OUTBREAK_AREA, a, a + p.days(Category.HOME_ISOLATION), asOf,
              areaKnown, outbreak, i);
          break;
        case E_ORDER_CENTRALISED:
          m |= planned(rec, Category.CENTRALISED_ISOLATION, a, asOf, p, i);
          break;
        case E_FAMILY_ISOLATION:
          m |= scope(rec, Category.FAMILY_OF_CENTRALISED_ISOLATION, a, a + p.days(Category.CENTRALISED_ISOLATION),
              asOf, areaKnown, outbreak, i);
          break;
        case E_FAMILY_MEDICAL:
          m |= scope(rec, Category.FAMILY_OF_MEDICAL_WORKER, a == NO_DAY ? asOf : a, OPEN, asOf, areaKnown,
              outbreak, i);
          break;
        case E_CODE:
          // Code days come in day order; a run of one colour starts where the colour changes.
          if (a <= asOf && b != codeColour) {
            codeColour = b;
            codeRun = i;
          }
          break;
        default:
          break;
      }
    }
    if (codeColour == YELLOW) {
      m |= planned(rec, Category.HEALTH_CODE_YELLOW, ev[codeRun + 1], asOf, p, codeRun);
    } else if (codeColour == RED) {
      if (p.days(Category.HEALTH_CODE_RED) != CompiledPolicy.NOT_DESIGNATED) {
        m |= planned(rec, Category.HEALTH_CODE_RED, ev[codeRun + 1], asOf, p, codeRun);
      } else if (rec != null) {
        rec.note("core.population.health_code_red_not_designated", "runStartOn", CompactFacts.date(ev[codeRun + 1]));
      }
    }
    return m;
  }

  private static long status(Recorder rec, Category c, boolean holds, int years) {
    if (!holds) {
      return 0;
    }
    if (rec != null) {
      rec.status(c, years);
    }
    return c.bit();
  }

  private static long planned(Recorder rec, Category c, int start, int asOf, CompiledPolicy p, int event) {
    return window(rec, c, start, start + p.days(c), asOf, event);
  }

  private static long window(Recorder rec, Category c, int start, int until, int asOf, int event) {
    if (start <= asOf && asOf < until) {
      if (rec != null) {
        rec.hit(c, start, until, event);
      }
      return c.bit();
    }
    if (rec != null) {
      rec.miss(c, start, until);
    }
    return 0;
  }

  // §2.4: a contact whose own test came back positive during the window is a case, referred out of the contact
  // categories (§2.3 reporting of cases), not a contact any more.
  private static long contact(Recorder rec, Category c, int start, int until, int asOf, int lastPositive,
      int event) {
    if (lastPositive != NO_DAY && lastPositive >= start && lastPositive < until) {
      if (rec != null) {
        rec.note("core.population.case_referral", "category", c.code(), "lastExposureOn", CompactFacts.date(start),
            "positiveOn", CompactFacts.date(lastPositive));
      }
      return 0;
    }
    return window(rec, c, start, until, asOf, event);
  }

  // §5.4 service scope: only in an area with an outbreak.
  private static long scope(Recorder rec, Category c, int start, int until, int asOf, boolean areaKnown,
      boolean outbreak, int event) {
    if (outbreak) {
      return window(rec, c, start, until, asOf, event);
    }
    if (rec != null && !areaKnown) {
      rec.note("core.population.area_unknown");
    }
    return 0;
  }

  private static boolean has(int flags, int bits) {
    return (flags & bits) != 0;
  }

  private static int bit(SocialStatus s) {
    return 1 << s.ordinal();
  }
}
