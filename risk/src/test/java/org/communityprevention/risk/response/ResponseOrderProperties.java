package org.communityprevention.risk.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.risk.testing.RiskGenerators;
import org.communityprevention.risk.timeline.LevelSeries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("§2.1 response orders: properties")
class ResponseOrderProperties {
  static final DivisionCode VILLAGE = EmergencyResponseProperties.VILLAGE;

  /** An order for the village, its township, county or province, by an authority that reaches that far. */
  static Gen<ResponseOrder> order(int index) {
    return rs -> {
      DivisionLevel areaLevel = Generate.pick(List.of(DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP,
          DivisionLevel.COUNTY, DivisionLevel.PROVINCE)).generate(rs);
      OrderAuthority authority = Generate.enumValues(OrderAuthority.class).generate(rs);
      if (!authority.reaches(areaLevel)) {
        authority = OrderAuthority.HEADQUARTERS;
      }
      RiskLevel level = Generate.enumValues(RiskLevel.class).generate(rs);
      TreeSet<ResponseMeasure> measures = new TreeSet<>();
      for (ResponseMeasure m : ResponseMeasure.values()) {
        if (Generate.range(0, 4).generate(rs) == 0) {
          measures.add(m);
        }
      }
      if (level == RiskLevel.LOW && measures.isEmpty()) {
        measures.add(ResponseMeasure.HEALTH_CODE_CHECK);
      }
      LocalDate start = EmergencyResponseProperties.WINDOW.start().plusDays(Generate.range(-5, 39).generate(rs));
      int days = Generate.range(0, 20).generate(rs);
      return new ResponseOrder.Builder().authority(authority).document("某地通告第" + (index + 1) + "号")
          .area(VILLAGE.ancestorAt(areaLevel)).level(level).addAllMeasures(measures).start(start)
          .endExclusive(days == 0 ? Optional.empty() : Optional.of(start.plusDays(days))).build();
    };
  }

  static Gen<List<ResponseOrder>> orders() {
    return rs -> {
      int n = Generate.range(0, 3).generate(rs);
      List<ResponseOrder> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(order(i).generate(rs));
      }
      return out;
    };
  }

  /** Levels, closed-management orders and response orders of one village. */
  record Input(LevelSeries levels, List<ClosedManagementOrder> closed, List<ResponseOrder> orders) {}

  static Gen<Input> inputs() {
    return RiskGenerators.levelSeries(EmergencyResponseProperties.WINDOW)
        .zip(EmergencyResponseProperties.orders(), orders(), Input::new);
  }

  /** The statuses of each day, folded with {@code next}, the status passing through JSON between days. */
  static List<ResponseStatus> fold(org.communityprevention.core.policy.Policy p,
      org.communityprevention.core.area.AreaProfile profile, Input in, List<ResponseOrder> orders,
      List<ResponseTransition> transitions) {
    ResponseStatus s = EmergencyResponse.start(p, VILLAGE, profile, in.levels().start().minusDays(1));
    List<ResponseStatus> out = new ArrayList<>();
    for (int i = 0; i < in.levels().length(); i++) {
      LocalDate day = in.levels().start().plusDays(i);
      boolean closed = in.closed().stream().anyMatch(o -> o.window().contains(day));
      ResponseStep step = EmergencyResponse.next(p, profile, s, in.levels().levelAt(i), closed, orders);
      step.transition().ifPresent(transitions::add);
      s = Json.read(Json.write(step.status()), ResponseStatus.class);
      out.add(s);
    }
    return out;
  }

  @Test
  @DisplayName("day by day and over the window agree with orders, through JSON, and the window survives JSON")
  void foldEqualsTimeline() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(), inputs())
        .checkAssert((p, profile, in) -> {
          ResponseTimeline t = EmergencyResponse.timeline(p, VILLAGE, profile, in.levels(), in.closed(),
              in.orders());
          List<ResponseTransition> folded = new ArrayList<>();
          List<ResponseStatus> days = fold(p, profile, in, in.orders(), folded);
          for (int i = 0; i < days.size(); i++) {
            LocalDate day = in.levels().start().plusDays(i);
            assertThat(t.stateOn(day)).isEqualTo(days.get(i).state());
            assertThat(t.measuresOn(day)).isEqualTo(days.get(i).measures());
          }
          assertThat(folded).isEqualTo(t.transitions());
          assertThat(days.get(days.size() - 1)).isEqualTo(t.end());
          assertThat(Json.read(Json.write(t), ResponseTimeline.class)).isEqualTo(t);
          in.orders().forEach(o -> assertThat(Json.read(Json.write(o), ResponseOrder.class)).isEqualTo(o));
        });
  }

  @Test
  @DisplayName("each day runs at the strictest of the level and the orders in force, with the union of measures")
  void strictestWins() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(), inputs())
        .checkAssert((p, profile, in) -> {
          List<ResponseStatus> days = fold(p, profile, in, in.orders(), new ArrayList<>());
          for (int i = 0; i < days.size(); i++) {
            LocalDate day = in.levels().start().plusDays(i);
            ResponseStatus s = days.get(i);
            List<ResponseOrder> inForce = in.orders().stream().filter(o -> o.inForce(day))
                .collect(Collectors.toList());
            RiskLevel expected = in.levels().levelAt(i);
            TreeSet<ResponseMeasure> measures = new TreeSet<>();
            boolean closed = s.closedManagementOrdered();
            for (ResponseOrder o : inForce) {
              expected = o.level().atLeast(expected) ? o.level() : expected;
              measures.addAll(o.measures());
              closed |= o.measures().contains(ResponseMeasure.CLOSED_MANAGEMENT);
            }
            measures.addAll(ResponseMeasures.at(p.risk(), expected, profile, closed));
            assertThat(s.orders()).isEqualTo(inForce);
            assertThat(s.responseLevel()).isEqualTo(expected);
            assertThat(s.state().isActive()).isEqualTo(expected != RiskLevel.LOW);
            assertThat(s.measures()).isEqualTo(measures);
          }
        });
  }

  @Test
  @DisplayName("adding an order never removes a measure nor lowers the response on any day")
  void addingAnOrderOnlyAdds() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(), inputs(), order(7))
        .checkAssert((p, profile, in, extra) -> {
          List<ResponseOrder> more = new ArrayList<>(in.orders());
          more.add(extra);
          List<ResponseStatus> without = fold(p, profile, in, in.orders(), new ArrayList<>());
          List<ResponseStatus> with = fold(p, profile, in, more, new ArrayList<>());
          ResponseTimeline t0 = EmergencyResponse.timeline(p, VILLAGE, profile, in.levels(), in.closed(),
              in.orders());
          ResponseTimeline t1 = EmergencyResponse.timeline(p, VILLAGE, profile, in.levels(), in.closed(), more);
          for (int i = 0; i < without.size(); i++) {
            LocalDate day = in.levels().start().plusDays(i);
            assertThat(with.get(i).measures()).containsAll(without.get(i).measures());
            assertThat(with.get(i).responseLevel().atLeast(without.get(i).responseLevel())).isTrue();
            assertThat(!without.get(i).state().isActive() || with.get(i).state().isActive()).isTrue();
            assertThat(t1.measuresOn(day)).containsAll(t0.measuresOn(day));
          }
        });
  }

  @Test
  @DisplayName("with no orders, or only orders out of force, the response is the level's alone")
  void noOrdersIsTodays() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(), inputs())
        .checkAssert((p, profile, in) -> {
          ResponseTimeline today = EmergencyResponse.timeline(p, VILLAGE, profile, in.levels(), in.closed());
          assertThat(EmergencyResponse.timeline(p, VILLAGE, profile, in.levels(), in.closed(), List.of()))
              .isEqualTo(today);
          LocalDate after = in.levels().window().endExclusive();
          List<ResponseOrder> later = in.orders().stream().map(o -> new ResponseOrder.Builder().from(o).start(after)
              .endExclusive(Optional.empty()).build()).collect(Collectors.toList());
          assertThat(EmergencyResponse.timeline(p, VILLAGE, profile, in.levels(), in.closed(), later))
              .isEqualTo(today);
          for (ResponseTransition tr : today.transitions()) {
            assertThat(tr.reasons()).extracting(Reason::code).doesNotContain(EmergencyResponse.DECIDED_BY_LEVEL,
                EmergencyResponse.DECIDED_BY_ORDER, EmergencyResponse.DECIDED_BY_BOTH);
          }
        });
  }

  @Test
  @DisplayName("a change while an order is in force says which source decided: the level, the order, or both")
  void sourceNamed() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(), inputs())
        .checkAssert((p, profile, in) -> {
          ResponseTimeline t = EmergencyResponse.timeline(p, VILLAGE, profile, in.levels(), in.closed(),
              in.orders());
          for (ResponseTransition tr : t.transitions()) {
            List<ResponseOrder> today = in.orders().stream().filter(o -> o.inForce(tr.date()))
                .collect(Collectors.toList());
            // The window starts from an inactive status without orders: an order already in force starts with it.
            List<ResponseOrder> yesterday = tr.date().equals(t.window().start()) ? t.initial().orders()
                : in.orders().stream().filter(o -> o.inForce(tr.date().minusDays(1))).collect(Collectors.toList());
            List<Reason> decided = tr.reasons().stream().filter(r -> r.code().startsWith("risk.response.decided_by"))
                .collect(Collectors.toList());
            if (today.isEmpty() && yesterday.isEmpty()) {
              assertThat(decided).isEmpty();
              continue;
            }
            RiskLevel response = today.stream().map(ResponseOrder::level).reduce(tr.toLevel(),
                (a, b) -> b.atLeast(a) ? b : a);
            List<String> deciding = today.stream().filter(o -> o.level() == response).map(ResponseOrder::document)
                .collect(Collectors.toList());
            String code = deciding.isEmpty() ? EmergencyResponse.DECIDED_BY_LEVEL
                : response == tr.toLevel() ? EmergencyResponse.DECIDED_BY_BOTH : EmergencyResponse.DECIDED_BY_ORDER;
            assertThat(decided).singleElement().satisfies(r -> {
              assertThat(r.code()).isEqualTo(code);
              assertThat(r.facts()).containsEntry("level", response.name());
              if (!deciding.isEmpty()) {
                assertThat(r.facts()).containsEntry("documents", String.join(", ", deciding));
              }
            });
            long ended = yesterday.stream().filter(o -> !today.contains(o)).count();
            long started = today.stream().filter(o -> !yesterday.contains(o)).count();
            assertThat(tr.reasons()).filteredOn(r -> r.code().equals(EmergencyResponse.ORDER_ENDED)).hasSize(
                (int) ended);
            assertThat(tr.reasons()).filteredOn(r -> r.code().equals(EmergencyResponse.ORDER_STARTED)).hasSize(
                (int) started);
          }
        });
  }

  @Test
  @DisplayName("a batch of orders keeps the good ones and rejects each bad one by its index")
  void batchKeepsTheGood() {
    qt().forAll(orders(), Generate.range(0, 3)).checkAssert((orders, bad) -> {
      List<String> json = orders.stream().map(Json::write).collect(Collectors.toList());
      List<Integer> badAt = new ArrayList<>();
      for (int i = 0; i < bad; i++) {
        int at = Math.min(i * 2, json.size());
        json.add(at, Json.write(orders.isEmpty() ? new ResponseOrder.Builder().authority(OrderAuthority.COUNTY)
            .document("某县通告").area(VILLAGE).level(RiskLevel.HIGH).start(RiskGenerators.BASE).build()
            : orders.get(0)).replace("\"document\":\"", "\"document\":\"13800138000"));
        for (int k = 0; k < badAt.size(); k++) {
          badAt.set(k, badAt.get(k) >= at ? badAt.get(k) + 1 : badAt.get(k));
        }
        badAt.add(at);
      }
      BatchResult<ResponseOrder> r = ResponseOrders.read(json);
      assertThat(r.accepted()).isEqualTo(orders);
      assertThat(r.rejected()).extracting(x -> (int) x.position())
          .containsExactlyElementsOf(badAt.stream().sorted().collect(Collectors.toList()));
      r.rejected().forEach(x -> assertThat(x.violations()).singleElement().satisfies(v -> {
        assertThat(v.field()).isEqualTo("[" + x.position() + "].document");
        assertThat(v.code()).isEqualTo(ResponseOrder.DOCUMENT_PERSONAL);
      }));
      assertThat(ResponseOrders.applyingTo(r.accepted(), VILLAGE)).isEqualTo(orders);
    });
  }
}
