package org.communityprevention.core.population;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.person.Age;

/**
 * The facts of one resident as the rules read them: a word of status flags, the birth date as {@code yyyymmdd}, a
 * recorded age, and the dated facts as events of four ints (kind, day, second value, third value), sorted so that the encoding
 * of a {@link PersonFacts} does not depend on the order of its lists. Days are epoch days.
 *
 * <p>Both the hot path and the explaining path run the rules on this encoding, so they read the same facts; a
 * {@link ResidentTable} stores many of them side by side in arrays.
 */
final class CompactFacts {
  /** No day: an absent optional date. */
  static final int NO_DAY = Integer.MIN_VALUE;
  /** An open end: a window without an end. */
  static final int OPEN = Integer.MAX_VALUE;
  /** Ints per event. */
  static final int STRIDE = 4;

  // Flag bits. Bits 0..15 are SocialStatus ordinals.
  static final int SOCIAL_MASK = 0xFFFF;
  static final int LIVES_ALONE = 1 << 16;
  static final int RURAL = 1 << 17;
  static final int TENANT_RENTAL = 1 << 18;
  static final int TENANT_DORMITORY = 1 << 19;
  static final int AREA_KNOWN = 1 << 20;
  static final int AREA_LEVEL_SHIFT = 21;
  static final int AREA_LEVEL_MASK = 3 << AREA_LEVEL_SHIFT;
  static final int AREA_OUTBREAK_STATED = 1 << 23;
  static final int AREA_OUTBREAK = 1 << 24;

  // Event kinds, in the order the encoding sorts them.
  /**
   * A positive test of the resident, encoded only for a resident with a contact exposure: it sorts first, so the
   * contact rules know the resident's latest positive test before they read an exposure.
   */
  static final int E_POSITIVE = 0;
  static final int E_COLD_CHAIN = 1;
  static final int E_PREGNANCY = 2;
  static final int E_DISCHARGED = 3;
  static final int E_RELEASED = 4;
  static final int E_ARRIVAL_MEDIUM = 5;
  static final int E_ARRIVAL_HIGH = 6;
  static final int E_INBOUND = 7;
  static final int E_HOLIDAY_RETURN = 8;
  static final int E_CLOSE = 9;
  static final int E_SECONDARY = 10;
  static final int E_ORDER_HOME = 11;
  static final int E_ORDER_CENTRALISED = 12;
  static final int E_FAMILY_ISOLATION = 13;
  static final int E_FAMILY_MEDICAL = 14;
  /** A health-code day: second value the most severe colour seen that day (its ordinal). */
  static final int E_CODE = 15;
  /** A manual decision: second value {@code category ordinal * 2 + action ordinal}. */
  static final int E_OVERRIDE = 16;

  static {
    if (SocialStatus.values().length > 16) {
      throw new AssertionError("social statuses no longer fit their flag bits");
    }
  }

  final int flags;
  final int birthYmd;
  final int recordedAge;
  final int[] events;

  private CompactFacts(int flags, int birthYmd, int recordedAge, int[] events) {
    this.flags = flags;
    this.birthYmd = birthYmd;
    this.recordedAge = recordedAge;
    this.events = events;
  }

  /** The encoding of a resident's facts. */
  static CompactFacts of(PersonFacts f) {
    int flags = 0;
    for (SocialStatus s : f.socialStatuses()) {
      flags |= 1 << s.ordinal();
    }
    if (f.livingArrangement().orElse(null) == LivingArrangement.ALONE) {
      flags |= LIVES_ALONE;
    }
    if (f.ruralResident()) {
      flags |= RURAL;
    }
    if (f.tenancy().isPresent()) {
      flags |= f.tenancy().get() == Tenancy.RENTAL_HOUSING ? TENANT_RENTAL : TENANT_DORMITORY;
    }
    if (f.area().isPresent()) {
      AreaSituation a = f.area().get();
      flags |= AREA_KNOWN | a.riskLevel().ordinal() << AREA_LEVEL_SHIFT;
      if (a.outbreak().isPresent()) {
        flags |= AREA_OUTBREAK_STATED | (a.outbreak().get() ? AREA_OUTBREAK : 0);
      }
    }
    int birthYmd = f.effectiveBirthDate().map(Age::ymd).orElse(NO_DAY);
    int age = f.age().orElse(-1);

    Events ev = new Events();
    f.coldChainWork().ifPresent(w -> ev.add(E_COLD_CHAIN, day(w.since()), w.until().map(CompactFacts::day)
        .orElse(OPEN)));
    f.pregnancy().ifPresent(p -> ev.add(E_PREGNANCY, day(p.since()), day(p.deliveredOn())));
    f.medicalHistory().ifPresent(m -> {
      m.dischargedOn().ifPresent(d -> ev.add(E_DISCHARGED, day(d), 0));
      m.releasedFromObservationOn().ifPresent(d -> ev.add(E_RELEASED, day(d), 0));
    });
    for (Movement m : f.movements()) {
      int departed = day(m.departedOn());
      int arrived = day(m.arrivedOn());
      if (m.inbound()) {
        ev.add(E_INBOUND, departed, arrived);
      } else {
        switch (m.originRiskLevel().orElseThrow()) {
          case MEDIUM:
            ev.add(E_ARRIVAL_MEDIUM, departed, arrived);
            break;
          case HIGH:
            ev.add(E_ARRIVAL_HIGH, departed, arrived);
            break;
          default:
            break;
        }
      }
      if (m.holidayReturn()) {
        ev.add(E_HOLIDAY_RETURN, departed, arrived);
      }
    }
    for (ContactExposure c : f.contactExposures()) {
      if (c.tier() == ContactTier.CLOSE) {
        ev.add(E_CLOSE, day(c.lastExposureOn()), 0);
      } else {
        ev.add(E_SECONDARY, day(c.lastExposureOn()), day(c.linkedContactPositiveOn()),
            day(c.linkedContactClearedOn()));
      }
    }
    if (!f.contactExposures().isEmpty()) {
      for (TestResult t : f.testResults()) {
        if (t.outcome() == TestOutcome.POSITIVE) {
          ev.add(E_POSITIVE, day(t.sampledOn()), 0);
        }
      }
    }
    for (IsolationOrder o : f.isolationOrders()) {
      ev.add(o.kind() == IsolationKind.HOME ? E_ORDER_HOME : E_ORDER_CENTRALISED, day(o.startOn()), 0);
    }
    for (HouseholdLink h : f.householdLinks()) {
      ev.add(h.situation() == RelativeSituation.IN_CENTRALISED_ISOLATION ? E_FAMILY_ISOLATION : E_FAMILY_MEDICAL,
          day(h.since()), 0);
    }
    // One event per day, with the most severe colour seen that day, so that a run of a colour is well defined.
    TreeMap<Integer, Integer> codeDays = new TreeMap<>();
    for (HealthCodeObservation o : f.healthCodes()) {
      codeDays.merge(day(o.on()), o.colour().ordinal(), Math::max);
    }
    codeDays.forEach((d, colour) -> ev.add(E_CODE, d, colour));
    for (ManualOverride o : f.overrides()) {
      ev.add(E_OVERRIDE, day(o.decidedOn()), o.category().ordinal() * 2 + o.action().ordinal());
    }
    return new CompactFacts(flags, birthYmd, age, ev.sorted());
  }

  /** The epoch day of a date. */
  static int day(LocalDate d) {
    return Math.toIntExact(d.toEpochDay());
  }

  /** The epoch day of an optional date, or {@link #NO_DAY}. */
  static int day(Optional<LocalDate> d) {
    return d.isPresent() ? day(d.get()) : NO_DAY;
  }

  /** The date of an epoch day. */
  static LocalDate date(int day) {
    return LocalDate.ofEpochDay(day);
  }


  /** Growable list of events, sorted at the end by (kind, day, second value, third value). */
  private static final class Events {
    private int[] data = new int[STRIDE * 4];
    private int size;

    void add(int kind, int a, int b) {
      add(kind, a, b, 0);
    }

    void add(int kind, int a, int b, int c) {
      if (size + STRIDE > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      data[size] = kind;
      data[size + 1] = a;
      data[size + 2] = b;
      data[size + 3] = c;
      size += STRIDE;
    }

    int[] sorted() {
      int n = size / STRIDE;
      long[][] keys = new long[n][];
      for (int i = 0; i < n; i++) {
        keys[i] = new long[] {data[i * STRIDE], data[i * STRIDE + 1], data[i * STRIDE + 2], data[i * STRIDE + 3]};
      }
      Arrays.sort(keys, (x, y) -> {
        for (int k = 0; k < STRIDE; k++) {
          int c = Long.compare(x[k], y[k]);
          if (c != 0) {
            return c;
          }
        }
        return 0;
      });
      int[] out = new int[size];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < STRIDE; k++) {
          out[i * STRIDE + k] = (int) keys[i][k];
        }
      }
      return out;
    }
  }
}
