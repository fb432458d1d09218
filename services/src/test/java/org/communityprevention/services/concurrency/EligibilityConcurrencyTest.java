package org.communityprevention.services.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Concurrency.assertSameAsSingleThreaded;
import static org.communityprevention.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.testing.Concurrency;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.testing.ServiceGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Service eligibility (服务对象认定) decided by {@value Concurrency#TASKS} threads under one shared policy is exactly
 * the single-threaded result, on the hot path (service bits) and explained ({@code ResidentEligibility}).
 */
@DisplayName("Service eligibility shared between threads")
class EligibilityConcurrencyTest {
  private static final ServiceEligibility RULES = ServiceEligibility.under(ServiceGenerators.ED7);

  @Test
  @DisplayName("hot-path service bits and priorities are the same on 8 threads as on one")
  void hotPath() {
    qt(1).forAll(cases()).checkAssert(cases -> assertThat(assertSameAsSingleThreaded(cases, c -> {
      long traits = RULES.traits(c.resident(), c.date());
      return List.of(traits, RULES.services(c.resident(), c.area(), c.date()),
          RULES.priority(c.resident(), c.date(), traits));
    })).isEqualTo(80_000));
  }

  @Test
  @DisplayName("explained eligibility is equal on 8 threads and on one")
  void explained() {
    qt(1).forAll(cases()).checkAssert(cases -> assertThat(assertSameAsSingleThreaded(cases,
        c -> RULES.explain(c.resident(), c.area(), c.date()))).isEqualTo(80_000));
  }

  /** One question: a resident in an area on a day. */
  private record Case(Resident resident, AreaSituation area, LocalDate date) {}

  private static Gen<List<Case>> cases() {
    Gen<Case> one = in -> {
      LocalDate date = ServiceGenerators.dates().generate(in);
      return new Case(ServiceGenerators.residents(date).generate(in), ServiceGenerators.areas().generate(in), date);
    };
    return lists().of(one).ofSize(500);
  }
}
