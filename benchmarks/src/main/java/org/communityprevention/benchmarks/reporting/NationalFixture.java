package org.communityprevention.benchmarks.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;

/**
 * A synthetic national register and a year of outcomes, shaped like China's: 31 provinces, about 11 prefectures
 * each, 9 counties per prefecture, 14 townships per county and 10 to 22 villages per township, cut to exactly
 * {@value #UNITS} villages and communities. Each unit-day is on time with probability 0.92, late 0.04 and missing
 * 0.04; 5 % of received reports carry figures, the rest are zero reports. Seeded, so runs are comparable.
 */
final class NationalFixture {
  static final int UNITS = 620_000;
  static final LocalDate START = LocalDate.of(2021, 1, 1);

  private NationalFixture() {}

  static long[] codes() {
    int[] provinces = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51,
        52, 53, 54, 61, 62, 63, 64, 65};
    long[] out = new long[UNITS];
    int n = 0;
    Rng rng = new Rng(2021);
    outer:
    while (true) {
      for (int p : provinces) {
        for (int f = 1; f <= 11; f++) {
          for (int c = 1; c <= 9; c++) {
            for (int t = 1; t <= 14; t++) {
              int villages = 10 + rng.below(13);
              for (int v = 1; v <= villages; v++) {
                if (n == UNITS) {
                  break outer;
                }
                out[n++] = p * 10_000_000_000L + f * 100_000_000L + c * 1_000_000L + (100 + t) * 1_000L + 200 + v;
              }
            }
          }
        }
      }
      throw new IllegalStateException("shape too small: " + n);
    }
    java.util.Arrays.sort(out);
    return out;
  }

  static UnitRegistry registry(long[] codes) {
    List<UnitChange> changes = new ArrayList<>(codes.length);
    LocalDate opened = START.minusYears(1);
    for (long c : codes) {
      changes.add(UnitChange.opened(DivisionCode.ofLong(c), opened, "村"));
    }
    return UnitRegistry.of(changes);
  }

  /** A year (or {@code days} days) of outcomes for every unit. */
  static Presence presence(UnitRegistry registry, int days) {
    PresenceBuilder b = PresenceBuilder.of(registry, DateWindow.ofDays(START, days));
    Rng rng = new Rng(130);
    int units = registry.size();
    for (int d = 0; d < days; d++) {
      for (int u = 0; u < units; u++) {
        int x = rng.below(100);
        if (x < 96) {
          b.record(u, d, x >= 92, rng.below(100) < 5);
        }
      }
    }
    return b.build();
  }

  /** xorshift64*: fast, seeded, good enough for synthetic data. */
  static final class Rng {
    private long s;

    Rng(long seed) {
      s = seed * 0x9E3779B97F4A7C15L + 1;
    }

    int below(int n) {
      s ^= s >>> 12;
      s ^= s << 25;
      s ^= s >>> 27;
      long r = (s * 0x2545F4914F6CDD1DL) >>> 33;
      return (int) (r % n);
    }
  }
}
