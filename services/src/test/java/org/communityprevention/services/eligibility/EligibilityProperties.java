package org.communityprevention.services.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.services.testing.ServiceGenerators.ED7;
import static org.communityprevention.services.testing.ServiceGenerators.areas;
import static org.communityprevention.services.testing.ServiceGenerators.channelPlans;
import static org.communityprevention.services.testing.ServiceGenerators.datedResidents;
import static org.communityprevention.services.testing.ServiceGenerators.dates;
import static org.communityprevention.services.testing.ServiceGenerators.residents;
import static org.communityprevention.services.testing.ServiceGenerators.vulnerabilityAdditions;

import java.time.LocalDate;
import java.util.Set;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.services.allocation.DispatchPriority;
import org.communityprevention.services.catalogue.Audience;
import org.communityprevention.services.catalogue.Channel;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.testing.ServiceGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Service eligibility properties")
class EligibilityProperties {
  private static final ServiceEligibility RULES = ServiceEligibility.under(ED7);

  private record Addition(LocalDate date, Resident before, ServiceGenerators.Addition add) {}

  private static Gen<AreaSituation> quietAreas() {
    return areas().map(a -> a.outbreak().isPresent() ? AreaSituation.at(a.riskLevel(), false)
        : AreaSituation.at(RiskLevel.LOW));
  }

  private static Gen<AreaSituation> outbreakAreas() {
    return areas().map(a -> a.outbreak().isPresent() ? AreaSituation.at(a.riskLevel(), true)
        : AreaSituation.at(a.riskLevel() == RiskLevel.LOW ? RiskLevel.MEDIUM : a.riskLevel()));
  }

  @Test
  @DisplayName("the hot path and the explanation give the same traits and services (one rule definition)")
  void hotPathAgreesWithExplanation() {
    qt().forAll(datedResidents(), areas(), channelPlans()).checkAssert((dr, area, plan) -> {
      ServiceEligibility rules = ServiceEligibility.under(ED7, plan);
      LocalDate date = dr.date();
      ResidentEligibility e = rules.explain(dr.value(), area, date);
      long traits = rules.traits(dr.value(), date);
      assertThat(Trait.maskOf(e.traits())).isEqualTo(traits);
      assertThat(e.serviceMask()).isEqualTo(rules.services(dr.value(), area, date));
      assertThat(e.priority()).isEqualTo(rules.priority(dr.value(), date, traits));
      for (EligibleService s : e.services()) {
        assertThat(Channel.maskOf(s.channels())).isEqualTo(rules.offeredChannels(s.service(), traits));
        assertThat(s.reasons()).isNotEmpty();
      }
      assertThat(e.traitReasons()).hasSize(e.traits().size());
    });
  }

  @Test
  @DisplayName("the hot path's age is core's age in whole years (PersonFacts.ageOn), on any day")
  void ageAgreesWithCore() {
    qt().forAll(datedResidents(), dates()).checkAssert((dr, day) -> {
      int expected = dr.value().facts().ageOn(day).map(a -> a < 0 ? -1 : a).orElse(-1);
      assertThat(dr.value().ageOn(day)).isEqualTo(expected);
      assertThat(dr.value().ageOn(day.plusYears(3).plusDays(59))).isEqualTo(
          dr.value().facts().ageOn(day.plusYears(3).plusDays(59)).map(a -> a < 0 ? -1 : a).orElse(-1));
    });
  }

  @Test
  @DisplayName("scope extension: an outbreak area offers everything a quiet area does, except the §5.3 holiday visit")
  void scopeExtension() {
    qt().forAll(datedResidents(), quietAreas(), outbreakAreas()).checkAssert((dr, quiet, outbreak) -> {
      long inQuiet = RULES.services(dr.value(), quiet, dr.date());
      long inOutbreak = RULES.services(dr.value(), outbreak, dr.date());
      long visit = CommunityService.HOLIDAY_VISIT.bit();
      assertThat(inQuiet & ~visit & ~inOutbreak).as("services lost to the outbreak").isZero();
      assertThat(inOutbreak & visit).as("the visit is tied to quiet areas").isZero();
    });
  }

  @Test
  @DisplayName("scope extension, stated on the rules: only the holiday visit needs a quiet area")
  void onlyTheVisitNeedsAQuietArea() {
    for (EligibilityRule rule : EligibilityRule.all()) {
      boolean needsQuiet = (rule.scope().required() & AreaScope.Flags.QUIET) != 0;
      assertThat(needsQuiet).as(rule.code()).isEqualTo(rule == EligibilityRule.HOLIDAY_VISIT);
    }
  }

  @Test
  @DisplayName("vulnerability monotonicity: adding a vulnerability fact never removes a service nor lowers the priority")
  void vulnerabilityMonotonicity() {
    Gen<Addition> cases = in -> {
      LocalDate date = dates().generate(in);
      return new Addition(date, residents(date).generate(in), vulnerabilityAdditions(date).generate(in));
    };
    qt().forAll(cases, areas())
        .checkAssert((c, area) -> {
          Resident before = c.before();
          Resident after = c.add().apply(before);
          LocalDate date = c.date();
          long s0 = RULES.services(before, area, date);
          long s1 = RULES.services(after, area, date);
          assertThat(s0 & ~s1).as("services lost").isZero();
          long t0 = RULES.traits(before, date);
          long t1 = RULES.traits(after, date);
          assertThat(t0 & ~t1).as("traits lost").isZero();
          DispatchPriority p0 = RULES.priority(before, date, t0);
          DispatchPriority p1 = RULES.priority(after, date, t1);
          assertThat(p1.level()).isLessThanOrEqualTo(p0.level());
          if (p1.level() == p0.level()) {
            assertThat(p1.vulnerabilities()).isGreaterThanOrEqualTo(p0.vulnerabilities());
          }
        });
  }

  @Test
  @DisplayName("offline guarantee (§2.6): every eligible elderly, disabled or special-group resident has an offline channel, under any plan")
  void offlineGuarantee() {
    qt().forAll(datedResidents(), areas(), channelPlans()).checkAssert((dr, area, plan) -> {
      ServiceEligibility rules = ServiceEligibility.under(ED7, plan);
      ResidentEligibility e = rules.explain(dr.value(), area, dr.date());
      long traits = Trait.maskOf(e.traits());
      boolean special = (traits & Trait.OFFLINE_GROUP_MASK) != 0;
      boolean homebound = (traits & Trait.HOMEBOUND_MASK) != 0;
      for (EligibleService s : e.services()) {
        assertThat(s.channels()).containsAll(s.plannedChannels());
        assertThat(s.service().channels()).containsAll(s.channels());
        if (special) {
          assertThat(s.channels()).as(s.service().code()).anyMatch(Channel::isOffline);
          assertThat(s.preferredChannel().isOffline()).isTrue();
        }
        if (homebound) {
          assertThat(s.channels()).contains(Channel.DOOR_TO_DOOR);
          assertThat(s.preferredChannel()).isEqualTo(Channel.DOOR_TO_DOOR);
        }
        boolean onlineOnly = s.plannedChannels().stream().noneMatch(Channel::isOffline);
        assertThat(s.findings().contains(ChannelFindingKind.ONLINE_ONLY_FOR_SPECIAL_GROUP))
            .isEqualTo(special && onlineOnly);
        if (!special && !homebound) {
          assertThat(s.channels()).isEqualTo(s.plannedChannels());
          assertThat(s.findings()).isEmpty();
        }
      }
    });
  }

  @Test
  @DisplayName("residents are never offered the community-worker subsidy, and every resident gets government services")
  void residentServicesOnly() {
    qt().forAll(datedResidents(), areas()).checkAssert((dr, area) -> {
      Set<CommunityService> s = CommunityService.setOf(RULES.services(dr.value(), area, dr.date()));
      assertThat(s).allMatch(x -> x.audience() == Audience.RESIDENT).contains(CommunityService.GOVERNMENT_SERVICES);
    });
  }

  @Test
  @DisplayName("every reason an explanation gives has a Chinese and an English text")
  void everyReasonHasTexts() {
    qt().forAll(datedResidents(), areas(), channelPlans()).checkAssert((dr, area, plan) -> {
      ResidentEligibility e = ServiceEligibility.under(ED7, plan).explain(dr.value(), area, dr.date());
      for (Reason r : e.toDecision().reasons()) {
        assertThat(Messages.hasText(r.code(), Messages.ZH)).as(r.code()).isTrue();
        assertThat(Messages.hasText(r.code(), Messages.EN)).as(r.code()).isTrue();
        assertThat(r.text(Messages.EN)).doesNotContain("{");
        assertThat(r.text(Messages.ZH)).doesNotContain("{");
      }
      e.findings().forEach(f -> assertThat(Messages.hasText(f.reason().code(), Messages.ZH)).isTrue());
    });
  }

  @Test
  @DisplayName("residents, needs and explained eligibility survive a JSON round trip")
  void jsonRoundTrip() {
    qt().forAll(datedResidents(), areas()).checkAssert((dr, area) -> {
      Resident r = dr.value();
      assertThat(Json.read(Json.write(r), Resident.class)).isEqualTo(r);
      assertThat(Json.read(Json.write(r.needs()), ServiceNeeds.class)).isEqualTo(r.needs());
      ResidentEligibility e = RULES.explain(r, area, dr.date());
      assertThat(Json.read(Json.write(e), ResidentEligibility.class)).isEqualTo(e);
    });
  }
}
