package org.communityprevention.services.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.services.testing.ServiceGenerators.ED7;
import static org.communityprevention.services.testing.ServiceGenerators.PROVINCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.services.testing.ServiceGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

@DisplayName("§6.6 subsidy properties")
class SubsidyProperties {
  private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  private static final int AREAS = 3;

  private record Case(List<RiskTimeline> timelines, WorkerDuty duty, DateWindow claim, long seed) {}

  private static Gen<Case> cases() {
    return in -> {
      List<RiskTimeline> timelines = new ArrayList<>();
      for (int i = 0; i < AREAS; i++) {
        timelines.add(ServiceGenerators.timelines("a" + i, FROM).generate(in));
      }
      WorkerDuty duty = ServiceGenerators.duties("w1", AREAS, FROM).generate(in);
      LocalDate claimStart = FROM.plusDays(in.next(Constraint.between(0, 30)));
      DateWindow claim = DateWindow.ofDays(claimStart, (int) in.next(Constraint.between(0, 40)));
      return new Case(timelines, duty, claim, in.next(Constraint.none()));
    };
  }

  @Test
  @DisplayName("the total is the rate of the highest level served on each distinct day of the claim period")
  void totalFromDays() {
    qt().forAll(cases()).checkAssert(c -> {
      SubsidyCalculator calc = SubsidyCalculator.under(PROVINCE, c.timelines());
      SubsidyEntitlement e = calc.entitlement(c.duty(), c.claim());
      TreeMap<LocalDate, RiskLevel> expected = new TreeMap<>();
      java.util.Set<LocalDate> outside = new java.util.HashSet<>();
      for (DutyPeriod p : c.duty().periods()) {
        RiskTimeline t = c.timelines().stream().filter(x -> x.areaId().equals(p.areaId())).findFirst().orElseThrow();
        for (LocalDate d = p.days().start(); d.isBefore(p.days().endExclusive()); d = d.plusDays(1)) {
          if (c.claim().contains(d)) {
            RiskLevel level = t.levelOn(d).orElseThrow();
            expected.merge(d, level, RiskLevel::max);
          } else {
            outside.add(d);
          }
        }
      }
      long total = expected.values().stream().mapToLong(l -> calc.yuanPerDay(l).orElseThrow()).sum();
      assertThat(e.totalYuan()).isEqualTo(total);
      assertThat(e.days()).extracting(SubsidyDay::date).containsExactlyElementsOf(expected.keySet());
      assertThat(e.days()).extracting(SubsidyDay::level).containsExactlyElementsOf(expected.values());
      assertThat(e.paidDays()).isEqualTo(expected.values().stream().filter(l -> l != RiskLevel.LOW).count());
      assertThat(Json.read(Json.write(e), SubsidyEntitlement.class)).isEqualTo(e);
      if (outside.isEmpty()) {
        assertThat(e.reasons()).hasSize(1);
      } else {
        assertThat(e.reasons().get(1).facts()).containsEntry("days", String.valueOf(outside.size()));
      }
    });
  }

  @Test
  @DisplayName("§6.6 entitled days need no amount: they are the medium and high days of the entitlement, and the"
      + " national baseline refuses money exactly when there is one")
  void entitledDaysWithoutAmounts() {
    qt().forAll(cases()).checkAssert(c -> {
      SubsidyCalculator province = SubsidyCalculator.under(PROVINCE, c.timelines());
      SubsidyCalculator national = SubsidyCalculator.under(ED7, c.timelines());
      SubsidyEntitlement e = province.entitlement(c.duty(), c.claim());
      java.util.Map<RiskLevel, Integer> paid = new java.util.EnumMap<>(RiskLevel.class);
      e.daysByLevel().forEach((l, n) -> {
        if (l != RiskLevel.LOW) {
          paid.put(l, n);
        }
      });
      assertThat(national.entitledDays(c.duty(), c.claim())).isEqualTo(paid);
      if (paid.isEmpty()) {
        assertThat(national.entitlement(c.duty(), c.claim()).totalYuan()).isZero();
      } else {
        assertThatThrownBy(() -> national.entitlement(c.duty(), c.claim()))
            .isInstanceOfSatisfying(org.communityprevention.core.validation.ValidationException.class,
                x -> assertThat(x.violations()).allSatisfy(v -> assertThat(v.code())
                    .isEqualTo(SubsidyCalculator.NO_PROVINCIAL_AMOUNT)));
      }
    });
  }

  @Test
  @DisplayName("the order of duty periods never changes the entitlement, and another period never lowers it")
  void orderAndMonotone() {
    qt().forAll(cases(), cases()).checkAssert((c, other) -> {
      SubsidyCalculator calc = SubsidyCalculator.under(PROVINCE, c.timelines());
      SubsidyEntitlement e = calc.entitlement(c.duty(), c.claim());
      List<DutyPeriod> shuffled = new ArrayList<>(c.duty().periods());
      Collections.shuffle(shuffled, new Random(c.seed()));
      assertThat(calc.entitlement(WorkerDuty.of("w1", shuffled), c.claim())).isEqualTo(e);
      List<DutyPeriod> more = new ArrayList<>(c.duty().periods());
      more.addAll(other.duty().periods());
      assertThat(calc.entitlement(WorkerDuty.of("w1", more), c.claim()).totalYuan())
          .isGreaterThanOrEqualTo(e.totalYuan());
    });
  }

  @Test
  @DisplayName("timelines and duty records survive a JSON round trip; a timeline's level holds from its entry to the next")
  void timelines() {
    qt().forAll(cases()).checkAssert(c -> {
      for (RiskTimeline t : c.timelines()) {
        assertThat(Json.read(Json.write(t), RiskTimeline.class)).isEqualTo(t);
        LocalDate first = t.changes().firstKey();
        assertThat(t.levelOn(first.minusDays(1))).isEmpty();
        for (LocalDate d : t.changes().keySet()) {
          assertThat(t.levelOn(d)).isEqualTo(Optional.of(t.changes().get(d)));
        }
      }
      assertThat(Json.read(Json.write(c.duty()), WorkerDuty.class)).isEqualTo(c.duty());
    });
  }
}
