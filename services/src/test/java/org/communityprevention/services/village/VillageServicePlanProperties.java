package org.communityprevention.services.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.services.testing.ServiceGenerators.ED7;
import static org.communityprevention.services.testing.ServiceGenerators.areas;
import static org.communityprevention.services.testing.ServiceGenerators.capacityPlans;
import static org.communityprevention.services.testing.ServiceGenerators.channelPlans;
import static org.communityprevention.services.testing.ServiceGenerators.dates;
import static org.communityprevention.services.testing.ServiceGenerators.villages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.services.allocation.CapacityPlan;
import org.communityprevention.services.allocation.DispatchPriority;
import org.communityprevention.services.allocation.ServiceDemand;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.testing.ServiceGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

@DisplayName("Village service list properties")
class VillageServicePlanProperties {
  private static final DivisionCode VILLAGE = DivisionCode.parse("440983102201");

  private record Case(LocalDate date, List<Resident> residents, AreaSituation area, ChannelPlan plan,
      CapacityPlan capacities, long seed) {}

  /** A village day with up to 30 residents, some of them duplicated or classified on the wrong day. */
  private static Gen<Case> cases() {
    return in -> {
      LocalDate date = dates().generate(in);
      List<Resident> residents = new ArrayList<>(villages(date, 30).generate(in));
      if (!residents.isEmpty() && in.next(Constraint.between(0, 3)) == 0) {
        residents.add(residents.get((int) in.next(Constraint.between(0, residents.size() - 1))));
      }
      if (in.next(Constraint.between(0, 3)) == 0) {
        residents.addAll(villages(date.minusDays(1), 2).generate(in).stream()
            .map(r -> new Resident.Builder().from(r)
                .facts(new PersonFacts.Builder().from(r.facts()).personId("old-" + r.personId()).build())
                .classification(ServiceGenerators.classification("old-" + r.personId(), r.classification().asOf(),
                    r.classification().automaticCategories(), r.classification().overrides())).build())
            .toList());
      }
      return new Case(date, residents, areas().generate(in), channelPlans().generate(in),
          capacityPlans(8).generate(in), in.next(Constraint.none()));
    };
  }

  private static VillageServicePlan plan(Case c, List<Resident> residents) {
    return VillageServicePlanner.using(ServiceEligibility.under(ED7, c.plan()))
        .plan(VillageDay.of(VILLAGE, c.date(), c.area()), residents, c.capacities());
  }

  @Test
  @DisplayName("nothing is silently dropped: accepted + rejected = input, and every accepted resident is on the lists of exactly their services")
  void countsAddUp() {
    qt(300).forAll(cases()).checkAssert(c -> {
      VillageServicePlan p = plan(c, c.residents());
      assertThat(p.accepted().size() + p.rejected().size()).isEqualTo(c.residents().size());
      ServiceEligibility rules = ServiceEligibility.under(ED7, c.plan());
      for (ServiceDemand d : p.accepted()) {
        Resident r = c.residents().stream().filter(x -> x.personId().equals(d.personId())).findFirst().orElseThrow();
        assertThat(CommunityService.maskOf(d.services())).isEqualTo(rules.services(r, c.area(), c.date()));
      }
      for (ServiceList l : p.lists()) {
        assertThat(l.residents()).isSortedAccordingTo(DispatchPriority.ORDER);
        long expected = p.accepted().stream().filter(d -> d.services().contains(l.service())).count();
        assertThat(l.persons()).isEqualTo((int) expected);
        assertThat(l.households()).isLessThanOrEqualTo(l.persons());
      }
    });
  }

  @Test
  @DisplayName("determinism under input order: lists, findings, allocation and the accepted set do not depend on the order")
  void orderIndependent() {
    qt(300).forAll(cases()).checkAssert(c -> {
      List<Resident> shuffled = new ArrayList<>(c.residents());
      Collections.shuffle(shuffled, new Random(c.seed()));
      VillageServicePlan a = plan(c, c.residents());
      VillageServicePlan b = plan(c, shuffled);
      assertThat(b.lists()).isEqualTo(a.lists());
      assertThat(b.findings()).isEqualTo(a.findings());
      assertThat(b.allocation()).isEqualTo(a.allocation());
      assertThat(new HashSet<>(b.accepted())).isEqualTo(new HashSet<>(a.accepted()));
      assertThat(b.rejected().size()).isEqualTo(a.rejected().size());
    });
  }

  @Test
  @DisplayName("village plans survive a JSON round trip")
  void jsonRoundTrip() {
    qt(200).forAll(cases()).checkAssert(c -> {
      VillageServicePlan p = plan(c, c.residents());
      assertThat(Json.read(Json.write(p), VillageServicePlan.class)).isEqualTo(p);
    });
  }
}
