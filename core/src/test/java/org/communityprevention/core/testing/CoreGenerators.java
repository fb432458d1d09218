package org.communityprevention.core.testing;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.area.AreaFeature;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Phase;
import org.communityprevention.core.policy.PhaseKind;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.Violation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** QuickTheories generators for the small core values: dates, windows, levels, profiles, plans, reasons. */
public final class CoreGenerators {
  /** The first day generated dates fall on: the start of 2020. */
  public static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  private CoreGenerators() {}

  /** Beijing dates from 2020-01-01 through 2023-12-31. */
  public static Gen<LocalDate> dates() {
    return SourceDSL.integers().between(0, 4 * 365).map(d -> EPOCH.plusDays(d));
  }

  /** Half-open windows of 0 to 60 days. */
  public static Gen<DateWindow> dateWindows() {
    return dates().zip(SourceDSL.integers().between(0, 60), DateWindow::ofDays);
  }

  /** Any risk level. */
  public static Gen<RiskLevel> riskLevels() {
    return Generate.enumValues(RiskLevel.class);
  }

  /** Any clause. */
  public static Gen<Clause> clauses() {
    return Generate.enumValues(Clause.class);
  }

  /** Area profiles, rural or urban, with any subset of §1.8 features. */
  public static Gen<AreaProfile> areaProfiles() {
    return SourceDSL.booleans().all().zip(SourceDSL.integers().between(0, 15), (rural, mask) -> {
      AreaFeature[] all = AreaFeature.values();
      List<AreaFeature> chosen = new java.util.ArrayList<>();
      for (int i = 0; i < all.length; i++) {
        if ((mask & (1 << i)) != 0) {
          chosen.add(all[i]);
        }
      }
      return AreaProfile.of(rural, chosen.toArray(new AreaFeature[0]));
    });
  }

  /** Phases of 1 to 21 days with test days inside the phase. */
  public static Gen<Phase> phases() {
    return Generate.enumValues(PhaseKind.class).zip(SourceDSL.integers().between(1, 21),
        SourceDSL.integers().between(0, Integer.MAX_VALUE), (kind, days, bits) -> {
          int[] tests = java.util.stream.IntStream.rangeClosed(1, days).filter(d -> (bits >>> (d % 31) & 1) == 1)
              .toArray();
          return Phase.of(kind, days, tests);
        });
  }

  /** Plans of 0 to 3 phases. */
  public static Gen<ManagementPlan> plans() {
    return SourceDSL.lists().of(phases()).ofSizeBetween(0, 3)
        .map(list -> ManagementPlan.of(list.toArray(new Phase[0])));
  }

  /** Reasons with a code, one or two clauses, and a fact and a policy value. */
  public static Gen<Reason> reasons() {
    return clauses().zip(clauses(), dates(), SourceDSL.integers().between(0, 30),
        (a, b, date, days) -> Reason.of("core.test.reason", a, b).fact("date", date)
            .policy("population.closeContact", days).build());
  }

  /** Decisions on a risk level with one to three reasons. */
  public static Gen<Decision<RiskLevel>> decisions() {
    return riskLevels().zip(SourceDSL.lists().of(reasons()).ofSizeBetween(1, 3),
        (level, reasons) -> Decision.of(level, PolicyRef.of("ed7-2020", "1"), reasons));
  }

  /** Violations with a field path, a code and a parameter. */
  public static Gen<Violation> violations() {
    return SourceDSL.integers().between(0, 999).zip(SourceDSL.integers().between(0, 99),
        (index, length) -> Violation.of("residents[" + index + "].phone", "core.person.phone_length", "length",
            length));
  }
}
